package io.shouwei.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/** In the k8s profile every Kafka producer waits for all in-sync replicas and is idempotent. */
class ProducerSettingsTest {

  @ParameterizedTest
  @ValueSource(strings = {"hazard-service", "workflow-service", "reporting-service"})
  void k8sProfile_producesWithAcksAllAndIdempotence(String service) throws IOException {
    Map<String, Object> effective = new HashMap<>();
    try (Reader reader = Files.newBufferedReader(Project.applicationYml(service))) {
      for (Object document : new Yaml().loadAll(reader)) {
        Map<String, Object> flat = new HashMap<>();
        flatten("", document, flat);
        Object profile = flat.get("spring.config.activate.on-profile");
        if (profile == null || "k8s".equals(profile)) {
          effective.putAll(flat);
        }
      }
    }

    assertThat(String.valueOf(effective.get("spring.kafka.producer.acks"))).isEqualTo("all");
    assertThat(String.valueOf(effective.get("spring.kafka.producer.properties.enable.idempotence"))).isEqualTo("true");
  }

  private static void flatten(String prefix, Object node, Map<String, Object> out) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> flatten(
          (prefix.isEmpty() ? "" : prefix + ".") + String.valueOf(k).replaceAll("^\\[(.*)]$", "$1"), v, out));
    } else {
      out.put(prefix, node);
    }
  }
}
