package io.shouwei.hazard.idempotency;

import java.util.List;
import java.util.Map;

/**
 * The first response to a keyed request, as it is replayed: status, the headers that describe the
 * result ({@link IdempotencyFilter#STORED_HEADERS}) and the body.
 *
 * @param headers header name to its values, in the order they were set
 */
public record StoredResponse(int status, Map<String, List<String>> headers, byte[] body) {

  public StoredResponse {
    headers = Map.copyOf(headers);
    body = body.clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }
}
