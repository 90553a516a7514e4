package io.shouwei.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TrackingTokensTest {

  @Test
  void readsTheIndexOfAGapAwareToken_withOrWithoutGaps() {
    assertThat(TrackingTokens.index("{\"index\":2019,\"gaps\":[]}".getBytes(StandardCharsets.UTF_8))).isEqualTo(2019);
    assertThat(TrackingTokens.index("{\"gaps\":[17,18],\"index\":40}".getBytes(StandardCharsets.UTF_8))).isEqualTo(40);
  }

  @Test
  void writesATokenWithoutGapsThatReadsBack() {
    byte[] token = TrackingTokens.at(1_000_123);

    assertThat(new String(token, StandardCharsets.UTF_8)).isEqualTo("{\"index\":1000123,\"gaps\":[]}");
    assertThat(TrackingTokens.index(token)).isEqualTo(1_000_123);
  }

  @Test
  void onlyTheGapAwareTokenIsAPosition() {
    assertThat(TrackingTokens.isPosition("org.axonframework.eventhandling.GapAwareTrackingToken")).isTrue();
    assertThat(TrackingTokens.isPosition("org.axonframework.eventhandling.tokenstore.ConfigToken")).isFalse();
    assertThat(TrackingTokens.isPosition(null)).isFalse();
  }

  @Test
  void aTokenWithoutIndexIsRefused() {
    assertThatThrownBy(() -> TrackingTokens.index("{\"config\":{\"id\":\"x\"}}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
