package io.shouwei.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigKeysTest {

  private final ConfigKeys hazard = ConfigKeys.of(Project.applicationYml("hazard-service"));
  private final ConfigKeys gateway = ConfigKeys.of(Project.applicationYml("gateway"));

  @Test
  void aPlaceholderOfAnyProfile_isUnderstood() {
    assertThat(hazard.understands("SHOUWEI_DB_URL")).isTrue();
    assertThat(gateway.understands("SHOUWEI_RATE_LIMIT_PUBLIC_IP_CAPACITY")).isTrue();
  }

  @Test
  void aKeyOfTheFile_isUnderstoodByRelaxedBinding() {
    assertThat(hazard.understands("SPRING_KAFKA_BOOTSTRAPSERVERS")).isTrue();
    assertThat(hazard.understands("AXON_EVENTHANDLING_TOKENSTORE_CLAIMTIMEOUT")).isTrue();
    assertThat(gateway.understands("SHOUWEI_RATELIMIT_REDISTIMEOUT")).isTrue();
  }

  @Test
  void whatTheFileDoesNotHave_isNotUnderstood() {
    assertThat(hazard.understands("SHOUWEI_KAFKA_BOOTSRAP")).isFalse();
    assertThat(hazard.understands("SHOUWEI_MONGO_URI")).isFalse();
    assertThat(gateway.understands("SHOUWEI_DB_URL")).isFalse();
    assertThat(gateway.understands("SPRING_KAFKA_BOOTSTRAPSERVERS")).isFalse();
  }

  @Test
  void whatSpringOrTheJvmReadThemselves_isUnderstood() {
    assertThat(gateway.understands("SPRING_PROFILES_ACTIVE")).isTrue();
    assertThat(gateway.understands("JAVA_TOOL_OPTIONS")).isTrue();
  }
}
