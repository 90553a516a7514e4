package io.shouwei.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The tracking tokens of hazard-service's event processors as Axon's JDBC token store keeps them
 * (table {@code tokenentry}): a {@code GapAwareTrackingToken} serialized by the Jackson serializer,
 * {@code {"index":<last global index handled>,"gaps":[...]}}. Other token types (Axon's {@code
 * ConfigToken} row, replay tokens) are not tracking positions and are left as they are.
 */
final class TrackingTokens {

  static final String GAP_AWARE = "org.axonframework.eventhandling.GapAwareTrackingToken";

  private TrackingTokens() {}

  static boolean isPosition(String tokenType) {
    return GAP_AWARE.equals(tokenType);
  }

  /** The global index a token has handled up to. */
  static long index(byte[] token) {
    try {
      JsonNode tree = Api.JSON.readTree(new String(token, StandardCharsets.UTF_8));
      JsonNode index = tree.get("index");
      if (index == null || !index.canConvertToLong()) {
        throw new IllegalArgumentException("not a gap-aware tracking token: " + tree);
      }
      return index.asLong();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A token positioned after {@code index}, without gaps. */
  static byte[] at(long index) {
    return ("{\"index\":" + index + ",\"gaps\":[]}").getBytes(StandardCharsets.UTF_8);
  }
}
