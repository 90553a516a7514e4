package io.shouwei.gateway.devtoken;

import java.util.List;

/**
 * A machine client of the local profile's {@code POST /auth/token} (client credentials grant): an
 * agency's or an enterprise's system, or one of our services. Its token carries the same claims
 * a person's dev token does, with the client id as subject and as {@code client_id}.
 *
 * @param secretHash the client secret's hash with its algorithm prefix ({@code {bcrypt}…} or
 *     {@code {pbkdf2@SpringSecurity_v5_8}…}); the secret itself is never configured here
 */
public record MachineClient(
    String secretHash, String name, List<String> roles, String org, List<String> towns, String enterprise,
    List<String> groupEnterprises) {

  /** The claims of a token for this client, checked like a dev token request. */
  DevTokenRequest claims(String clientId) {
    return new DevTokenRequest(clientId, name, roles, org, towns, enterprise, groupEnterprises);
  }
}
