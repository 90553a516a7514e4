package io.shouwei.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatlingSummaryTest {

  @TempDir Path dir;

  @Test
  void readsTheLastGlobalBlockWithGroupedThousandsAndEmptyColumns() throws Exception {
    String block = """
        ---- Global Information -----------------------------------|---Total---|-----OK----|----KO----
        > request count                                            |        10 |        10 |         -
        ========================================================================================
        ---- Global Information -----------------------------------|---Total---|-----OK----|----KO----
        > request count                                            |       150 |       149 |         1
        > max response time (ms)                                   |    11,284 |    11,284 |    10,576
        > response time 99th percentile (ms)                       |    11,266 |    11,266 |    10,576
        > mean throughput (rps)                                    |      3.75 |      3.73 |      0.03
        ---- Response Time Distribution -----------------------------------------------------------
        > OK: t < 800 ms                                                                1  (0.67%)
        """;
    Files.writeString(dir.resolve("gatling.log"), block);

    JsonNode stats = CommandPath.globalStats(dir);

    assertThat(stats.path("request count").path("total").asLong()).isEqualTo(150);
    assertThat(stats.path("request count").path("ok").asLong()).isEqualTo(149);
    assertThat(stats.path("request count").path("ko").asLong()).isEqualTo(1);
    assertThat(stats.path("max response time (ms)").path("total").asDouble()).isEqualTo(11284);
    assertThat(stats.path("response time 99th percentile (ms)").path("ko").asDouble()).isEqualTo(10576);
    assertThat(stats.path("mean throughput (rps)").path("ok").asDouble()).isEqualTo(3.73);
    assertThat(stats.has("OK: t < 800 ms")).isFalse();
  }

  @Test
  void aColumnWithoutValueIsAbsent() throws Exception {
    Files.writeString(dir.resolve("gatling.log"), """
        ---- Global Information ----------------|---Total---|-----OK----|----KO----
        > request count                         |        30 |        30 |         -
        """);

    assertThat(CommandPath.globalStats(dir).path("request count").has("ko")).isFalse();
  }
}
