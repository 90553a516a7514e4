package io.shouwei.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicCopiesTest {

  @Test
  void everyUuid_isRenamed_consistentlyWithinARound_andAnewInTheNext() {
    String mine = "{\"aggregateId\":\"6f1d9c7e-0b5a-4c1e-9d3f-2a7b8c9d0e1f\",\"hash\":\"ab12\"}";
    String hazard = "{\"aggregateId\":\"0c2e4a6b-8d0f-4a2c-b4d6-e8f0a2c4e6a8\","
        + "\"payload\":{\"mineId\":\"6f1d9c7e-0b5a-4c1e-9d3f-2a7b8c9d0e1f\",\"number\":\"YH-370406001-2026-0001\"}}";
    Map<String, String> round = new HashMap<>();

    String mineCopy = TopicCopies.renamed(mine, round);
    String hazardCopy = TopicCopies.renamed(hazard, round);

    String newMine = round.get("6f1d9c7e-0b5a-4c1e-9d3f-2a7b8c9d0e1f");
    assertThat(newMine).isNotNull().isNotEqualTo("6f1d9c7e-0b5a-4c1e-9d3f-2a7b8c9d0e1f");
    assertThat(mineCopy).isEqualTo(mine.replace("6f1d9c7e-0b5a-4c1e-9d3f-2a7b8c9d0e1f", newMine));
    assertThat(hazardCopy).contains("\"mineId\":\"" + newMine + "\"")
        .contains("YH-370406001-2026-0001").doesNotContain("0c2e4a6b-8d0f-4a2c-b4d6-e8f0a2c4e6a8");
    assertThat(TopicCopies.renamed(mine, new HashMap<>())).isNotEqualTo(mineCopy);
    assertThat(TopicCopies.renamed(null, round)).isNull();
  }
}
