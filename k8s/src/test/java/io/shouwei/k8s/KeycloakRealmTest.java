package io.shouwei.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shouwei.contracts.Role;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The realm Keycloak imports: our roles, machine clients only, and the claims the services read. */
class KeycloakRealmTest {

  private static JsonNode realm;

  @BeforeAll
  static void readRealm() throws IOException {
    realm = new ObjectMapper().readTree(Project.module().resolve("base/keycloak/shouwei-realm.json").toFile());
  }

  @Test
  void realmRoles_areTheRolesOfTheContracts() {
    List<String> roles = new ArrayList<>();
    realm.path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));

    assertThat(roles).containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Enum::name).toList());
  }

  @Test
  void everyClient_isAConfidentialMachineClientWithoutACommittedSecret() {
    assertThat(realm.path("clients")).isNotEmpty().allSatisfy(client -> {
      String id = client.path("clientId").asText();
      assertThat(client.path("serviceAccountsEnabled").asBoolean()).as(id).isTrue();
      assertThat(client.path("publicClient").asBoolean()).as(id).isFalse();
      assertThat(client.path("standardFlowEnabled").asBoolean()).as(id).isFalse();
      assertThat(client.path("directAccessGrantsEnabled").asBoolean()).as(id).isFalse();
      assertThat(client.has("secret")).as(id + " carries a secret").isFalse();
    });
  }

  @Test
  void theOnlyUsers_areTheClientsServiceAccounts() {
    assertThat(realm.path("users")).allSatisfy(user -> {
      assertThat(user.path("serviceAccountClientId").asText()).isNotBlank();
      assertThat(user.has("credentials")).isFalse();
      assertThat(user.path("username").asText()).isEqualTo("service-account-" + user.path("serviceAccountClientId").asText());
    });
  }

  @Test
  void agenciesEnterprisesAndServices_haveAClientOfTheirRole() {
    List<String> clientRoles = new ArrayList<>();
    realm.path("users").forEach(u -> u.path("realmRoles").forEach(r -> clientRoles.add(r.asText())));

    assertThat(clientRoles).contains(
        Role.DISTRICT_AGENCY.name(), Role.TOWN_AGENCY.name(), Role.SUPERIOR_COMPANY.name(),
        Role.ENTERPRISE.name(), Role.SERVICE.name());
  }

  @Test
  void tokens_carryTheRolesClaimAndTheAudienceTheServicesCheck() {
    JsonNode scope = realm.path("clientScopes").path(0);
    List<String> mappers = new ArrayList<>();
    scope.path("protocolMappers").forEach(m -> mappers.add(m.path("protocolMapper").asText() + " "
        + m.path("config").path("claim.name").asText(m.path("config").path("included.custom.audience").asText())));

    assertThat(mappers).containsExactlyInAnyOrder("oidc-usermodel-realm-role-mapper roles", "oidc-audience-mapper shouwei");
    assertThat(realm.path("clients")).allSatisfy(c ->
        assertThat(c.path("defaultClientScopes").toString()).contains(scope.path("name").asText()));
  }
}
