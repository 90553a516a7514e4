package io.shouwei.hazard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.hazard.audit.RandomHistories.History;
import io.shouwei.hazard.hazard.view.HazardView;
import io.shouwei.hazard.mine.view.MineView;
import io.shouwei.hazard.order.view.OrderView;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The stored form of replayed states: exact round trips, one form per state, nothing else accepted. */
class StateJsonTest {

  static final Map<String, Fold<?>> FOLDS = Map.of(
      "Hazard", AuditedTypes.HAZARD_FOLD, "Mine", AuditedTypes.MINE_FOLD,
      "RectificationOrder", AuditedTypes.ORDER_FOLD);
  static final Map<String, Class<?>> TYPES = Map.of(
      "Hazard", HazardView.class, "Mine", MineView.class, "RectificationOrder", OrderView.class);

  @Test
  void everyStateOfRandomHistories_readsBackEqual_fromItsOneForm() {
    Random random = new Random(42);
    RandomHistories histories = new RandomHistories(random);
    for (int i = 0; i < 60; i++) {
      History history = histories.any(1 + random.nextInt(40));
      roundTrips(history);
    }
  }

  private static <V> void roundTrips(History history) {
    @SuppressWarnings("unchecked")
    Fold<V> fold = (Fold<V>) FOLDS.get(history.aggregateType());
    @SuppressWarnings("unchecked")
    Class<V> type = (Class<V>) TYPES.get(history.aggregateType());
    V state = null;
    for (var event : history.events()) {
      state = state == null ? fold.first(event) : fold.next(state, event);
      byte[] stored = StateJson.write(state);
      assertThat(StateJson.read(stored, type)).as(new String(stored, StandardCharsets.UTF_8)).contains(state);
      assertThat(StateJson.write(StateJson.read(stored, type).orElseThrow())).isEqualTo(stored);
    }
  }

  @Test
  void theForm_isSortedCompactJson_withTimesAsTextAndAmountsAsWritten() {
    History hazard = new RandomHistories(new Random(7)).progressingHazard(4);
    HazardView view = AuditedTypes.HAZARD_FOLD.first(hazard.events().get(0));
    view = AuditedTypes.HAZARD_FOLD.next(view, hazard.events().get(1));

    String json = new String(StateJson.write(view), StandardCharsets.UTF_8);

    assertThat(json).startsWith("{\"campaignId\":null,\"category\":\"slope\",\"citedCriteria\":[],")
        .contains("\"deadline\":\"2026-12-31T00:00:00Z\"")
        .contains("\"title\":\"北帮台阶坡顶裂缝\"")
        .doesNotContain(" :", ": ", "\n");
  }

  @Test
  void aStoredFormThatIsNotTheCanonicalOne_isRefused() {
    History hazard = new RandomHistories(new Random(8)).progressingHazard(6);
    HazardView view = AuditedTypes.HAZARD_FOLD.first(hazard.events().get(0));
    String json = new String(StateJson.write(view), StandardCharsets.UTF_8);

    for (String other : new String[] {
        json.replace(",", ", "),
        json.replace("{\"campaignId\":null,", "{") .replace("\"citedCriteria\"", "\"campaignId\":null,\"citedCriteria\""),
        json.substring(0, json.length() - 1) + ",\"extra\":1}",
        json + " ",
        json.replace("\"status\":\"REPORTED\"", "\"status\":\"NO_SUCH_STATUS\""),
        "not json"}) {
      assertThat(StateJson.read(other.getBytes(StandardCharsets.UTF_8), HazardView.class)).as(other).isEmpty();
    }
    assertThat(StateJson.read(json.getBytes(StandardCharsets.UTF_8), MineView.class)).isEmpty();
    assertThat(StateJson.read(json.getBytes(StandardCharsets.UTF_8), HazardView.class)).contains(view);
  }
}
