package io.shouwei.reporting.query;

import static io.shouwei.reporting.HazardEvents.hazardEvent;
import static io.shouwei.reporting.HazardEvents.planned;
import static io.shouwei.reporting.RoleCallers.admin;
import static io.shouwei.reporting.RoleCallers.auditor;
import static io.shouwei.reporting.RoleCallers.district;
import static io.shouwei.reporting.RoleCallers.enterprise;
import static io.shouwei.reporting.RoleCallers.superior;
import static io.shouwei.reporting.RoleCallers.town;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardReported;
import io.shouwei.contracts.hazard.HazardSignedOff;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.contracts.hazard.RectificationPlanned;
import io.shouwei.contracts.hazard.RectificationStarted;
import io.shouwei.embedded.MongoWireServer;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Jurisdiction;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.ProblemHandler.FieldProblem;
import io.shouwei.reporting.HazardEvents;
import io.shouwei.reporting.MovableClock;
import io.shouwei.reporting.RoleCallers;
import io.shouwei.reporting.projection.HazardDocument;
import io.shouwei.reporting.projection.HazardStore;
import io.shouwei.reporting.projection.ReadModelCollections;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Hazard searches against the MongoDB-wire server: filters, scope, paging, order, overdue, bad parameters. */
class HazardQueriesIT {

  private static final Instant T = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant D1 = Instant.parse("2026-04-01T00:00:00Z");
  private static final Instant D2 = Instant.parse("2026-05-01T00:00:00Z");

  private static MongoWireServer server;
  private static MongoClient client;
  private static HazardStore store;

  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-15T00:00:00Z"));
  private final HazardQueries queries = new HazardQueries(store, clock);

  @BeforeAll
  static void hazards() {
    server = MongoWireServer.inMemory();
    client = MongoClients.create(server.connectionString("hazard_queries"));
    MongoDatabase database = client.getDatabase("hazard_queries");
    store = new HazardStore(ReadModelCollections.first(database));
    store.ensureIndexes();
    report("h1", "town-1", "ent-a", "mine-a1", HazardLevel.MAJOR, "c1", HazardSource.AGENCY_INSPECTION,
        "Loose rock on bench 3", "YH-town-1-2026-0001", 1);
    then("h1", 1, plan("h1", D1));
    report("h2", "town-1", "ent-a", "mine-a2", null, "c1", HazardSource.SELF_INSPECTION,
        "Blocked drain (pump 2) [north]", "YH-town-1-2026-0002", 2);
    report("h3", "town-2", "ent-b", "mine-b1", HazardLevel.MAJOR, "c2", HazardSource.SPOT_CHECK,
        "Dam seepage", "YH-town-2-2026-0001", 3);
    then("h3", 1, plan("h3", D1));
    then("h3", 2, new HazardSignedOff("h3", HazardLevel.MAJOR, null, T.plus(Duration.ofDays(20))));
    report("h4", "town-2", "ent-c", "mine-c1", HazardLevel.GENERAL, null, HazardSource.WHISTLEBLOWER_TIP,
        "Missing guard rail", "YH-town-2-2026-0002", 4);
    then("h4", 1, plan("h4", D2));
    then("h4", 2, new RectificationStarted("h4", T.plus(Duration.ofDays(5))));
    report("h5", "town-3", "ent-d", "mine-d1", null, "c1", HazardSource.AGENCY_INSPECTION,
        "Rusty hoist rope", "YH-town-3-2026-0001", 5);
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @Test
  void eachRole_findsExactlyWhatTheReadingRuleLetsItRead() {
    List<Caller> callers =
        List.of(district(), auditor(), admin(), RoleCallers.of(Role.SERVICE, List.of(), null, List.of()),
            enterprise("ent-a"), enterprise("ent-b"), town("town-2"), town("town-1", "town-3"),
            superior("ent-a", "ent-c"), superior(), RoleCallers.of(Role.ENTERPRISE, List.of(), null, List.of()),
            town());
    List<HazardDocument> all = store.search(new org.bson.Document(), new org.bson.Document("_id", 1), 0, 100);

    for (Caller caller : callers) {
      List<String> readable =
          all.stream().filter(h -> Jurisdiction.canRead(caller, h.enterpriseId(), h.townCode())).map(HazardDocument::id)
              .toList();
      assertThat(ids(search(caller))).as("%s", caller).containsExactlyInAnyOrderElementsOf(readable);
      assertThat(queries.search(caller, params()).total()).isEqualTo(readable.size());
      for (HazardDocument h : all) {
        if (readable.contains(h.id())) {
          assertThat(queries.get(caller, h.id()).id()).isEqualTo(h.id());
        } else {
          assertThatThrownBy(() -> queries.get(caller, h.id())).as("%s reads %s", caller, h.id())
              .isInstanceOf(ProblemException.class)
              .satisfies(e -> assertThat(((ProblemException) e).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        }
      }
    }
    assertThat(ids(search(district()))).containsExactlyInAnyOrder("h1", "h2", "h3", "h4", "h5");
    assertThat(ids(search(enterprise("ent-a")))).containsExactlyInAnyOrder("h1", "h2");
    assertThat(ids(search(town("town-2")))).containsExactlyInAnyOrder("h3", "h4");
    assertThat(ids(search(superior("ent-a", "ent-c")))).containsExactlyInAnyOrder("h1", "h2", "h4");
    assertThat(ids(search(superior()))).isEmpty();
  }

  @Test
  void foreignFilter_findsNothingOfTheirs() {
    assertThat(queries.search(enterprise("ent-a"), params("enterprise", "ent-b")).total()).isZero();
    assertThat(queries.search(town("town-1"), params("town", "town-2")).total()).isZero();
    assertThat(queries.search(superior("ent-a"), params("mine", "mine-c1")).total()).isZero();
    assertThat(ids(search(enterprise("ent-a"), "town", "town-1"))).containsExactlyInAnyOrder("h1", "h2");
  }

  @Test
  void missingHazard_is404LikeAForeignOne() {
    assertThatThrownBy(() -> queries.get(district(), "h-none"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("Hazard h-none was not found");
  }

  @Test
  void filters_narrowTheSearch() {
    assertThat(ids(search(district(), "town", "town-2"))).containsExactlyInAnyOrder("h3", "h4");
    assertThat(ids(search(district(), "mine", "mine-a2"))).containsExactly("h2");
    assertThat(ids(search(district(), "enterprise", "ent-c"))).containsExactly("h4");
    assertThat(ids(search(district(), "level", "MAJOR"))).containsExactlyInAnyOrder("h1", "h3");
    assertThat(ids(search(district(), "level", "GENERAL"))).containsExactlyInAnyOrder("h2", "h4", "h5");
    assertThat(ids(search(district(), "status", "REPORTED"))).containsExactlyInAnyOrder("h2", "h5");
    assertThat(ids(search(district(), "status", "PLANNED,SIGNED_OFF"))).containsExactlyInAnyOrder("h1", "h3");
    assertThat(ids(search(district(), "campaign", "c1"))).containsExactlyInAnyOrder("h1", "h2", "h5");
    assertThat(ids(search(district(), "source", "WHISTLEBLOWER_TIP"))).containsExactly("h4");
    assertThat(ids(search(district(), "campaign", "c1", "town", "town-1", "level", "MAJOR"))).containsExactly("h1");
  }

  @Test
  void textSearch_isCaseInsensitive_inNumberTitleDescriptionAndLocation_andTakesTheTextLiterally() {
    assertThat(ids(search(district(), "q", "DAM SEEP"))).containsExactly("h3");
    assertThat(ids(search(district(), "q", "yh-town-2"))).containsExactlyInAnyOrder("h3", "h4");
    assertThat(ids(search(district(), "q", "(pump 2) [north]"))).containsExactly("h2");
    assertThat(ids(search(district(), "q", "bench 3 desc"))).isEmpty();
    assertThat(ids(search(district(), "q", "in the open"))).containsExactlyInAnyOrder("h1", "h2", "h3", "h4", "h5");
    assertThat(ids(search(district(), "q", "pit h5"))).containsExactly("h5");
    assertThat(ids(search(district(), "q", ".*"))).isEmpty();
  }

  @Test
  void overdue_dependsOnTheClock_notOnEvents() {
    assertThat(ids(search(district(), "overdue", "true"))).isEmpty();
    assertThat(queries.get(district(), "h1").overdue()).isFalse();

    clock.set(Instant.parse("2026-04-10T00:00:00Z"));

    assertThat(ids(search(district(), "overdue", "true"))).containsExactly("h1");
    assertThat(ids(search(district(), "overdue", "false"))).containsExactlyInAnyOrder("h2", "h3", "h4", "h5");
    assertThat(queries.get(district(), "h1").overdue()).isTrue();
    assertThat(queries.get(district(), "h3").overdue()).isFalse();

    clock.set(Instant.parse("2026-05-10T00:00:00Z"));

    assertThat(ids(search(district(), "overdue", "true"))).containsExactlyInAnyOrder("h1", "h4");
    assertThat(ids(search(town("town-2"), "overdue", "true"))).containsExactly("h4");
    assertThat(search(district(), "overdue", "true").items()).allSatisfy(h -> assertThat(h.overdue()).isTrue());
  }

  @Test
  void deadlineItself_isNotYetOverdue() {
    clock.set(D1);

    assertThat(ids(search(district(), "overdue", "true"))).isEmpty();

    clock.advance(Duration.ofMillis(1));

    assertThat(ids(search(district(), "overdue", "true"))).containsExactly("h1");
  }

  @Test
  void pages_comeInTheAskedOrder_withTheTotal() {
    PageResponse<HazardResponse> first = search(district(), "size", "2");
    PageResponse<HazardResponse> third = search(district(), "size", "2", "page", "2");

    assertThat(ids(first)).containsExactly("h5", "h4");
    assertThat(first.total()).isEqualTo(5);
    assertThat(first.page()).isZero();
    assertThat(first.size()).isEqualTo(2);
    assertThat(ids(third)).containsExactly("h1");
    assertThat(ids(search(district(), "sort", "reportedAt,asc"))).containsExactly("h1", "h2", "h3", "h4", "h5");
    assertThat(ids(search(district(), "sort", "number"))).containsExactly("h1", "h2", "h3", "h4", "h5");
    assertThat(ids(search(district(), "sort", "deadline,desc", "status", "PLANNED,RECTIFYING,SIGNED_OFF")))
        .containsExactly("h4", "h1", "h3");
    assertThat(search(district(), "page", "9").items()).isEmpty();
    assertThat(search(district(), "page", "9").total()).isEqualTo(5);
  }

  @Test
  void badParameters_are400_namingEachOfThem() {
    assertThat(errors("page", "-1")).containsExactly("page");
    assertThat(errors("page", "x")).containsExactly("page");
    assertThat(errors("size", "0")).containsExactly("size");
    assertThat(errors("size", "201")).containsExactly("size");
    assertThat(errors("sort", "title")).containsExactly("sort");
    assertThat(errors("sort", "reportedAt,up")).containsExactly("sort");
    assertThat(errors("level", "HUGE")).containsExactly("level");
    assertThat(errors("status", "PLANNED,DONE")).containsExactly("status");
    assertThat(errors("source", "rumour")).containsExactly("source");
    assertThat(errors("overdue", "maybe")).containsExactly("overdue");
    assertThat(errors("q", "x".repeat(101))).containsExactly("q");
    assertThat(errors("towns", "town-1")).containsExactly("towns");
    assertThat(errors("size", "0", "level", "HUGE", "lvl", "MAJOR")).containsExactlyInAnyOrder("size", "level", "lvl");

    MultiValueMap<String, String> twice = params("town", "town-1");
    twice.add("town", "town-2");
    assertThatThrownBy(() -> queries.search(district(), twice))
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(fields(e)).containsExactly("town"));
  }

  @Test
  void response_showsTheReadModel() {
    HazardResponse h4 = queries.get(district(), "h4");

    assertThat(h4.number()).isEqualTo("YH-town-2-2026-0002");
    assertThat(h4.status().name()).isEqualTo("RECTIFYING");
    assertThat(h4.level()).isEqualTo(HazardLevel.GENERAL);
    assertThat(h4.deadline()).isEqualTo(D2);
    assertThat(h4.plan().fundsCny()).isEqualByComparingTo(HazardEvents.FUNDS);
    assertThat(h4.progressPercent()).isZero();
    assertThat(h4.version()).isEqualTo(2);
  }

  private PageResponse<HazardResponse> search(Caller caller, String... nameValues) {
    return queries.search(caller, params(nameValues));
  }

  private List<String> errors(String... nameValues) {
    try {
      queries.search(district(), params(nameValues));
    } catch (ProblemException e) {
      assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      return fields(e);
    }
    throw new AssertionError("no 400 for " + Arrays.toString(nameValues));
  }

  @SuppressWarnings("unchecked")
  private static List<String> fields(ProblemException e) {
    Map<String, Object> properties = e.getBody().getProperties();
    return ((List<FieldProblem>) properties.get("errors")).stream().map(FieldProblem::field).toList();
  }

  private static MultiValueMap<String, String> params(String... nameValues) {
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      params.add(nameValues[i], nameValues[i + 1]);
    }
    return params;
  }

  private static List<String> ids(PageResponse<HazardResponse> page) {
    return page.items().stream().map(HazardResponse::id).toList();
  }

  private static void report(
      String id, String town, String enterprise, String mine, HazardLevel suggested, String campaign,
      HazardSource source, String title, String number, int day) {
    HazardReported report =
        new HazardReported(id, mine, enterprise, town, campaign, source, "slope", title,
            "seen in the open at " + id, "pit " + id, T, T.plus(Duration.ofDays(day)), number, suggested, List.of(),
            List.of());
    store.project(hazardEvent(id, 0, report));
  }

  private static void then(String id, long sequence, Object payload) {
    store.project(hazardEvent(id, sequence, payload));
  }

  private static RectificationPlanned plan(String id, Instant deadline) {
    RectificationPlanned p = planned(id);
    return new RectificationPlanned(id, p.measures(), p.funds(), deadline, p.responsibility(), p.contingencyPlan(),
        p.plannedAt());
  }
}
