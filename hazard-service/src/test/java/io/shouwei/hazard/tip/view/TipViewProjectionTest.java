package io.shouwei.hazard.tip.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.Role;
import io.shouwei.hazard.tip.TipContact;
import io.shouwei.hazard.tip.TipStatus;
import io.shouwei.hazard.tip.api.TipConvertedEvent;
import io.shouwei.hazard.tip.api.TipDismissedEvent;
import io.shouwei.hazard.tip.api.TipReceivedEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The view as a plain object over the migrated schema (H2 in PostgreSQL mode, as in local runs). */
class TipViewProjectionTest {

  static final Instant T0 = Instant.parse("2026-04-11T06:30:00.123Z");
  static final Instant T1 = Instant.parse("2026-04-12T02:00:00.456Z");
  static final String HASH = "8ce18a5a86d7a737524c5de81cbd387871ccbb84366721c6c6801c36a02f0f0d";
  static final TipContact CONTACT = new TipContact("Zhang San", "13800000000", "zs@example.cn");
  static final TipReceivedEvent RECEIVED =
      new TipReceivedEvent("t-1", HASH, "Night blasting", "North slope", "310115101", "m-1", CONTACT, T0);

  JdbcTemplate jdbc;
  TipViewProjection projection;
  TipViews views;

  @BeforeEach
  void setUp() {
    DriverManagerDataSource h2 =
        new DriverManagerDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "sa", "");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(h2);
    projection = new TipViewProjection(jdbc);
    views = new TipViews(jdbc);
  }

  TipView tip() {
    return views.find("t-1").orElseThrow();
  }

  @Test
  void received_showsTheTipWaitingForTriage_foundByItsCodesHash() {
    projection.on(RECEIVED, 0, T0);

    TipView tip = tip();
    assertThat(tip.status()).isEqualTo(TipStatus.RECEIVED);
    assertThat(tip.what()).isEqualTo("Night blasting");
    assertThat(tip.where()).isEqualTo("North slope");
    assertThat(tip.townCode()).isEqualTo("310115101");
    assertThat(tip.mineId()).isEqualTo("m-1");
    assertThat(tip.contact()).isEqualTo(CONTACT);
    assertThat(tip.receivedAt()).isEqualTo(T0);
    assertThat(tip.version()).isZero();
    assertThat(tip.hazardId()).isNull();
    assertThat(tip.triagedBy()).isNull();
    assertThat(views.findByTrackingCodeHash(HASH)).contains(tip);
    assertThat(views.findByTrackingCodeHash(HASH.replace('8', '9'))).isEmpty();
    assertThat(tip.withoutContact().contact()).isNull();
    assertThat(tip.withoutContact().what()).isEqualTo("Night blasting");
  }

  @Test
  void anAnonymousTip_hasNoContact() {
    projection.on(new TipReceivedEvent("t-1", HASH, "Night blasting", "North slope", null, null, null, T0), 0, T0);

    assertThat(tip().contact()).isNull();
    assertThat(tip().townCode()).isNull();
  }

  @Test
  void converted_recordsTheHazardAndTheAgency() {
    projection.on(RECEIVED, 0, T0);
    projection.on(new TipConvertedEvent("t-1", "h-9", T1), 1, T1, "inspector-li", "TOWN_AGENCY", "town-office-101");

    TipView tip = tip();
    assertThat(tip.status()).isEqualTo(TipStatus.CONVERTED);
    assertThat(tip.hazardId()).isEqualTo("h-9");
    assertThat(tip.triagedAt()).isEqualTo(T1);
    assertThat(tip.triagedBy()).isEqualTo(new Actor("inspector-li", Role.TOWN_AGENCY, "town-office-101"));
    assertThat(tip.version()).isEqualTo(1);
    assertThat(tip.changedAt()).isEqualTo(T1);
    assertThat(tip.contact()).isEqualTo(CONTACT);
  }

  @Test
  void dismissed_recordsTheReason() {
    projection.on(RECEIVED, 0, T0);
    projection.on(new TipDismissedEvent("t-1", "Nothing found", T1), 1, T1, "bureau-chen", "DISTRICT_AGENCY", "district");

    assertThat(tip().status()).isEqualTo(TipStatus.DISMISSED);
    assertThat(tip().dismissalReason()).isEqualTo("Nothing found");
    assertThat(tip().hazardId()).isNull();
    assertThat(tip().triagedBy().role()).isEqualTo(Role.DISTRICT_AGENCY);
  }

  @Test
  void aRedeliveredEvent_changesNothing() {
    projection.on(RECEIVED, 0, T0);
    projection.on(new TipDismissedEvent("t-1", "Nothing found", T1), 1, T1, "bureau-chen", "DISTRICT_AGENCY", "district");
    TipView before = tip();

    projection.on(RECEIVED, 0, T0);
    projection.on(new TipDismissedEvent("t-1", "Other reason", T1), 1, T1, "someone", "TOWN_AGENCY", "x");

    assertThat(tip()).isEqualTo(before);
  }

  @Test
  void anEarlyEvent_beforeItsTipIsKnown_changesNothing() {
    projection.on(new TipConvertedEvent("t-1", "h-9", T1), 1, T1, "inspector-li", "TOWN_AGENCY", "town-office-101");

    assertThat(views.find("t-1")).isEmpty();
    projection.on(RECEIVED, 0, T0);
    assertThat(tip().status()).isEqualTo(TipStatus.RECEIVED);
  }

  @Test
  void twoTipsWithTheSameCodeHash_cannotBothBeKept() {
    projection.on(RECEIVED, 0, T0);

    assertThatThrownBy(() -> projection.on(
            new TipReceivedEvent("t-2", HASH, "Other", "Elsewhere", null, null, null, T1), 0, T1))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void list_newestFirst_byStatusAndTowns_paged() {
    projection.on(RECEIVED, 0, T0);
    projection.on(new TipReceivedEvent("t-2", "h2".repeat(32), "B", "b", "310115102", null, null, T1), 0, T1);
    projection.on(new TipReceivedEvent("t-3", "h3".repeat(32), "C", "c", null, null, null, T1.plusSeconds(1)), 0, T1);
    projection.on(new TipDismissedEvent("t-2", "Nothing found", T1), 1, T1, "bureau-chen", "DISTRICT_AGENCY", "district");

    assertThat(views.list(null, null, 0, 10)).extracting(TipView::id).containsExactly("t-3", "t-2", "t-1");
    assertThat(views.list(TipStatus.RECEIVED, null, 0, 10)).extracting(TipView::id).containsExactly("t-3", "t-1");
    assertThat(views.list(null, List.of("310115101", "310115102"), 0, 10)).extracting(TipView::id)
        .as("a tip of no town is in no town's list").containsExactly("t-2", "t-1");
    assertThat(views.list(null, List.of(), 0, 10)).isEmpty();
    assertThat(views.list(null, null, 1, 2)).extracting(TipView::id).containsExactly("t-1");
  }
}
