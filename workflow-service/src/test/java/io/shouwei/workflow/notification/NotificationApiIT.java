package io.shouwei.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.contracts.Role;
import io.shouwei.workflow.WorkflowServiceTestBase;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** GET /api/notifications: each caller reads what is addressed to its organisation; one a day per object and reason. */
class NotificationApiIT extends WorkflowServiceTestBase {

  @Autowired NotificationOutbox outbox;

  @Test
  void withoutToken_is401() {
    assertThat(get("/api/notifications", null).statusCode()).isEqualTo(401);
  }

  @Test
  void eachRecipient_readsItsOwn_andTheSameReminderTwiceADay_isKeptOnce() {
    String hazardId = newHazardId();
    String enterprise = "ent-" + UUID.randomUUID();
    Instant due = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
    assertThat(outbox.add(notification("ENTERPRISE", enterprise, "DEADLINE_SOON", hazardId, enterprise, due))).isTrue();
    assertThat(outbox.add(notification("ENTERPRISE", enterprise, "DEADLINE_SOON", hazardId, enterprise, due))).isFalse();
    outbox.add(notification("TOWN_AGENCY", "330102001", "DEADLINE_OVERDUE", hazardId, enterprise, due));
    outbox.add(notification("DISTRICT_AGENCY", null, "DEADLINE_OVERDUE", hazardId, enterprise, due));

    JsonNode own = list(hazardId, token(Role.ENTERPRISE, enterprise, List.of()));
    assertThat(own).hasSize(1);
    assertThat(own.get(0).get("reason").asText()).isEqualTo("DEADLINE_SOON");
    assertThat(own.get(0).get("objectType").asText()).isEqualTo("HAZARD");
    assertThat(own.get(0).get("channel").asText()).isEqualTo(NotificationOutbox.CHANNEL);
    assertThat(Instant.parse(own.get(0).get("dueAt").asText())).isEqualTo(due);
    assertThat(list(hazardId, token(Role.ENTERPRISE, "ent-other", List.of()))).isEmpty();
    assertThat(list(hazardId, token(Role.TOWN_AGENCY, null, List.of("330102001")))).extracting(n -> n.get("recipientRole").asText())
        .containsExactly("TOWN_AGENCY");
    assertThat(list(hazardId, token(Role.TOWN_AGENCY, null, List.of("330102009")))).isEmpty();
    assertThat(list(hazardId, token(Role.DISTRICT_AGENCY, null, List.of()))).extracting(n -> n.get("recipientRole").asText())
        .containsExactly("DISTRICT_AGENCY");
    assertThat(list(hazardId, token(Role.AUDITOR, null, List.of()))).hasSize(3);
    assertThat(list(hazardId, token(Role.SUPERIOR_COMPANY, null, List.of()))).isEmpty();
  }

  @Test
  void theList_comesInPages_withItsSizeCapped() {
    String hazardId = newHazardId();
    String enterprise = "ent-" + UUID.randomUUID();
    Instant due = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
    outbox.add(notification("ENTERPRISE", enterprise, "DEADLINE_SOON", hazardId, enterprise, due));
    outbox.add(notification("ENTERPRISE", enterprise, "DEADLINE_OVERDUE", hazardId, enterprise, due));
    String bearer = token(Role.ENTERPRISE, enterprise, List.of());
    String path = "/api/notifications?objectId=" + hazardId;

    JsonNode first = body(get(path + "&size=1", bearer));
    JsonNode second = body(get(path + "&size=1&page=1", bearer));
    assertThat(first).hasSize(1);
    assertThat(second).hasSize(1);
    assertThat(first.get(0).get("reason").asText()).isNotEqualTo(second.get(0).get("reason").asText());
    assertThat(body(get(path + "&size=1&page=2", bearer))).isEmpty();
    assertThat(body(get(path + "&size=500", bearer))).hasSize(2);
    assertInvalid(get(path + "&size=501", bearer), "size");
    assertInvalid(get(path + "&page=-1", bearer), "page");
  }

  private JsonNode list(String objectId, String bearer) {
    HttpResponse<String> response = get("/api/notifications?objectId=" + objectId, bearer);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return body(response);
  }

  private static NewNotification notification(
      String role, String org, String reason, String hazardId, String enterprise, Instant due) {
    return new NewNotification(role, org, reason, "HAZARD", hazardId, enterprise, "330102001", due);
  }
}
