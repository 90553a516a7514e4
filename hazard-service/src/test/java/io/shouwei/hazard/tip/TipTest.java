package io.shouwei.hazard.tip;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.Role;
import io.shouwei.hazard.config.MetadataKeys;
import io.shouwei.hazard.tip.TipRuleViolation.Rule;
import io.shouwei.hazard.tip.api.ConvertTipCommand;
import io.shouwei.hazard.tip.api.DismissTipCommand;
import io.shouwei.hazard.tip.api.ReceiveTipCommand;
import io.shouwei.hazard.tip.api.TipConvertedEvent;
import io.shouwei.hazard.tip.api.TipDismissedEvent;
import io.shouwei.hazard.tip.api.TipReceivedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TipTest {

  static final String TIP = "tip-1";
  static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  static final Instant RECEIVED_AT = Instant.parse("2026-04-11T06:30:00Z");
  static final Instant TRIAGED_AT = Instant.parse("2026-04-12T02:00:00Z");
  static final TipContact CONTACT = new TipContact("Zhang San", "13800000000", null);

  static final Map<String, String> BY_TOWN_OFFICE = Map.of(MetadataKeys.ACTOR_ROLE, Role.TOWN_AGENCY.name());

  FixtureConfiguration<Tip> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Tip.class);
  }

  static ReceiveTipCommand receive(String what, String where, TipContact contact) {
    return new ReceiveTipCommand(TIP, HASH, what, where, "310115101", "mine-7", contact, RECEIVED_AT);
  }

  static TipReceivedEvent received() {
    return new TipReceivedEvent(TIP, HASH, "Night blasting on the north slope", "North slope", "310115101", "mine-7",
        CONTACT, RECEIVED_AT);
  }

  static Matcher<Object> violates(Rule rule) {
    return Matchers.matches(e -> e instanceof TipRuleViolation v && v.rule() == rule);
  }

  static Matcher<Object> refusedWhile(TipStatus status, TipAction attempted) {
    return Matchers.matches(
        e -> e instanceof TipTransitionRefused r && r.status() == status && r.attempted() == attempted
            && r.allowedCommands().isEmpty());
  }

  @Nested
  class Receive {

    @Test
    void receive_recordsWhatWhereAndContact() {
      fixture.givenNoPriorActivity()
          .when(receive("Night blasting on the north slope", "North slope", CONTACT))
          .expectSuccessfulHandlerExecution()
          .expectEvents(received());
    }

    @Test
    void receive_withAContactThatSaysNothing_isAnonymous() {
      fixture.givenNoPriorActivity()
          .when(receive("Night blasting", "North slope", new TipContact(" ", null, "")))
          .expectEvents(new TipReceivedEvent(TIP, HASH, "Night blasting", "North slope", "310115101", "mine-7", null,
              RECEIVED_AT));
    }

    @Test
    void receive_whenWhatIsBlank_isRejected() {
      fixture.givenNoPriorActivity().when(receive(" ", "North slope", null))
          .expectNoEvents().expectException(violates(Rule.REQUIRED_FIELD_MISSING));
    }

    @Test
    void receive_whenWhereIsMissing_isRejected() {
      fixture.givenNoPriorActivity().when(receive("Night blasting", null, null))
          .expectNoEvents().expectException(violates(Rule.REQUIRED_FIELD_MISSING));
    }

    @Test
    void receive_whenTheTrackingCodeHashIsMissing_isRejected() {
      fixture.givenNoPriorActivity()
          .when(new ReceiveTipCommand(TIP, null, "Night blasting", "North slope", null, null, null, RECEIVED_AT))
          .expectNoEvents().expectException(violates(Rule.REQUIRED_FIELD_MISSING));
    }

    @Test
    void receive_whenTheTimeIsMissing_isRejected() {
      fixture.givenNoPriorActivity()
          .when(new ReceiveTipCommand(TIP, HASH, "Night blasting", "North slope", null, null, null, null))
          .expectNoEvents().expectException(violates(Rule.REQUIRED_FIELD_MISSING));
    }

    @Test
    void receive_whenWhatIsTooLong_countingCharactersNotBytes_isRejected() {
      fixture.givenNoPriorActivity().when(receive("爆".repeat(Tip.WHAT_MAX_LENGTH), "North slope", null))
          .expectSuccessfulHandlerExecution();
      fixture.givenNoPriorActivity().when(receive("爆".repeat(Tip.WHAT_MAX_LENGTH + 1), "North slope", null))
          .expectNoEvents().expectException(violates(Rule.TEXT_TOO_LONG));
    }

    @Test
    void receive_whenWhereIsTooLong_isRejected() {
      fixture.givenNoPriorActivity().when(receive("Night blasting", "x".repeat(Tip.WHERE_MAX_LENGTH + 1), null))
          .expectNoEvents().expectException(violates(Rule.TEXT_TOO_LONG));
    }

    @Test
    void receive_whenAContactPartIsTooLong_isRejected() {
      fixture.givenNoPriorActivity()
          .when(receive("Night blasting", "North slope",
              new TipContact("x".repeat(TipContact.PART_MAX_LENGTH + 1), null, null)))
          .expectNoEvents().expectException(violates(Rule.TEXT_TOO_LONG));
    }
  }

  @Nested
  class Convert {

    @Test
    void convert_recordsTheHazard() {
      fixture.given(received())
          .when(new ConvertTipCommand(TIP, null, "hazard-9", TRIAGED_AT), BY_TOWN_OFFICE)
          .expectEvents(new TipConvertedEvent(TIP, "hazard-9", TRIAGED_AT))
          .expectState(tip -> {
            assertThat(tip.status()).isEqualTo(TipStatus.CONVERTED);
            assertThat(tip.hazardId()).isEqualTo("hazard-9");
          });
    }

    @Test
    void convert_whenConvertedAlready_isRefused() {
      fixture.given(received(), new TipConvertedEvent(TIP, "hazard-9", TRIAGED_AT))
          .when(new ConvertTipCommand(TIP, null, "hazard-9", TRIAGED_AT), BY_TOWN_OFFICE)
          .expectNoEvents().expectException(refusedWhile(TipStatus.CONVERTED, TipAction.CONVERT_TIP));
    }

    @Test
    void convert_whenDismissed_isRefused() {
      fixture.given(received(), new TipDismissedEvent(TIP, "Nothing found", TRIAGED_AT))
          .when(new ConvertTipCommand(TIP, null, "hazard-9", TRIAGED_AT), BY_TOWN_OFFICE)
          .expectNoEvents().expectException(refusedWhile(TipStatus.DISMISSED, TipAction.CONVERT_TIP));
    }

    @Test
    void convert_whenTheHazardIdIsMissing_isRejected() {
      fixture.given(received())
          .when(new ConvertTipCommand(TIP, null, " ", TRIAGED_AT), BY_TOWN_OFFICE)
          .expectNoEvents().expectException(violates(Rule.REQUIRED_FIELD_MISSING));
    }

    @Test
    void convert_whenTheTimeIsMissing_isRejected() {
      fixture.given(received())
          .when(new ConvertTipCommand(TIP, null, "hazard-9", null), BY_TOWN_OFFICE)
          .expectNoEvents().expectException(violates(Rule.REQUIRED_FIELD_MISSING));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ENTERPRISE", "SUPERIOR_COMPANY", "AUDITOR", "ADMIN", "SERVICE"})
    void convert_whenNotSentByAnAgency_isRejected(Role role) {
      fixture.given(received())
          .when(new ConvertTipCommand(TIP, null, "hazard-9", TRIAGED_AT), Map.of(MetadataKeys.ACTOR_ROLE, role.name()))
          .expectNoEvents().expectException(violates(Rule.NOT_A_TRIAGING_AGENCY));
    }
  }

  @Nested
  class Dismiss {

    @Test
    void dismiss_recordsTheReason() {
      fixture.given(received())
          .when(new DismissTipCommand(TIP, null, "Inspected on site: no mining found.", TRIAGED_AT),
              Map.of(MetadataKeys.ACTOR_ROLE, Role.DISTRICT_AGENCY.name()))
          .expectEvents(new TipDismissedEvent(TIP, "Inspected on site: no mining found.", TRIAGED_AT))
          .expectState(tip -> assertThat(tip.status()).isEqualTo(TipStatus.DISMISSED));
    }

    @Test
    void dismiss_whenTheReasonIsBlank_isRejected() {
      fixture.given(received())
          .when(new DismissTipCommand(TIP, null, "  ", TRIAGED_AT), BY_TOWN_OFFICE)
          .expectNoEvents().expectException(violates(Rule.REQUIRED_FIELD_MISSING));
    }

    @Test
    void dismiss_whenTheReasonIsTooLong_isRejected() {
      fixture.given(received())
          .when(new DismissTipCommand(TIP, null, "x".repeat(Tip.REASON_MAX_LENGTH + 1), TRIAGED_AT), BY_TOWN_OFFICE)
          .expectNoEvents().expectException(violates(Rule.TEXT_TOO_LONG));
    }

    @Test
    void dismiss_whenTheTimeIsMissing_isRejected() {
      fixture.given(received())
          .when(new DismissTipCommand(TIP, null, "Nothing found", null), BY_TOWN_OFFICE)
          .expectNoEvents().expectException(violates(Rule.REQUIRED_FIELD_MISSING));
    }

    @Test
    void dismiss_whenDismissedAlready_isRefused() {
      fixture.given(received(), new TipDismissedEvent(TIP, "Nothing found", TRIAGED_AT))
          .when(new DismissTipCommand(TIP, null, "Again", TRIAGED_AT), BY_TOWN_OFFICE)
          .expectNoEvents().expectException(refusedWhile(TipStatus.DISMISSED, TipAction.DISMISS_TIP));
    }

    @Test
    void dismiss_whenConverted_isRefused() {
      fixture.given(received(), new TipConvertedEvent(TIP, "hazard-9", TRIAGED_AT))
          .when(new DismissTipCommand(TIP, null, "Nothing found", TRIAGED_AT), BY_TOWN_OFFICE)
          .expectNoEvents().expectException(refusedWhile(TipStatus.CONVERTED, TipAction.DISMISS_TIP));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ENTERPRISE", "SUPERIOR_COMPANY", "AUDITOR", "ADMIN", "SERVICE"})
    void dismiss_whenNotSentByAnAgency_isRejected(Role role) {
      fixture.given(received())
          .when(new DismissTipCommand(TIP, null, "Nothing found", TRIAGED_AT), Map.of(MetadataKeys.ACTOR_ROLE, role.name()))
          .expectNoEvents().expectException(violates(Rule.NOT_A_TRIAGING_AGENCY));
    }
  }

  @Test
  void allowedIn_onlyAReceivedTipIsTriaged() {
    assertThat(Tip.allowedIn(TipStatus.RECEIVED))
        .isEqualTo(List.of(TipAction.CONVERT_TIP, TipAction.DISMISS_TIP));
    assertThat(Tip.allowedIn(TipStatus.CONVERTED)).isEmpty();
    assertThat(Tip.allowedIn(TipStatus.DISMISSED)).isEmpty();
  }
}
