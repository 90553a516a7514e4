package io.shouwei.reporting.query;

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
import io.shouwei.contracts.AggregateTypes;
import io.shouwei.embedded.MongoWireServer;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Jurisdiction;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.ProblemHandler.FieldProblem;
import io.shouwei.reporting.CampaignFixture;
import io.shouwei.reporting.projection.OrderDocument;
import io.shouwei.reporting.projection.OrderStatus;
import io.shouwei.reporting.projection.OrderStore;
import io.shouwei.reporting.projection.ReadModelCollections;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Order searches against the MongoDB-wire server: filters, scope, paging, order, bad parameters. */
class OrderQueriesIT {

  private static final CampaignFixture FIXTURE = new CampaignFixture("q");

  private static MongoWireServer server;
  private static MongoClient client;
  private static OrderStore store;

  private final OrderQueries queries = new OrderQueries(store);

  @BeforeAll
  static void orders() {
    server = MongoWireServer.inMemory();
    client = MongoClients.create(server.connectionString("order_queries"));
    MongoDatabase database = client.getDatabase("order_queries");
    store = new OrderStore(ReadModelCollections.first(database));
    store.ensureIndexes();
    FIXTURE.events().stream().filter(e -> e.aggregateType().equals(AggregateTypes.ORDER)).forEach(store::project);
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @Test
  void eachRole_findsExactlyWhatTheReadingRuleLetsItRead() {
    List<Caller> callers =
        List.of(district(), auditor(), admin(), enterprise(FIXTURE.entA), enterprise(FIXTURE.entC), town(FIXTURE.t2),
            town(FIXTURE.t3), superior(FIXTURE.entB), superior(), town());
    List<OrderDocument> all = store.all(new Document(), new Document("_id", 1));
    assertThat(all).hasSize(7);

    for (Caller caller : callers) {
      List<String> readable =
          all.stream().filter(o -> Jurisdiction.canRead(caller, o.enterpriseId(), o.townCode())).map(OrderDocument::id).toList();
      assertThat(ids(search(caller))).as("%s", caller).containsExactlyInAnyOrderElementsOf(readable);
      for (OrderDocument o : all) {
        if (readable.contains(o.id())) {
          assertThat(queries.get(caller, o.id()).id()).isEqualTo(o.id());
        } else {
          assertThatThrownBy(() -> queries.get(caller, o.id()))
              .isInstanceOfSatisfying(ProblemException.class,
                  e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        }
      }
    }
    assertThat(ids(search(enterprise(FIXTURE.entA))))
        .containsExactly(FIXTURE.id("o4"), FIXTURE.id("o3"), FIXTURE.id("o1"));
  }

  @Test
  void foreignFilter_findsNothingOfTheirs() {
    assertThat(search(enterprise(FIXTURE.entA), "enterprise", FIXTURE.entB).total()).isZero();
    assertThat(search(town(FIXTURE.t1), "town", FIXTURE.t2).total()).isZero();
    assertThat(search(superior(FIXTURE.entB), "mine", FIXTURE.m1).total()).isZero();
  }

  @Test
  void filters_narrowTheSearch() {
    assertThat(ids(search(district(), "campaign", FIXTURE.campaign))).hasSize(6);
    assertThat(ids(search(district(), "type", "RECTIFY_WITHIN_DEADLINE")))
        .containsExactly(FIXTURE.id("o5"), FIXTURE.id("o3"));
    assertThat(ids(search(district(), "status", "IN_FORCE,RESUMPTION_APPLIED")))
        .containsExactly(FIXTURE.id("o4"), FIXTURE.id("o7"), FIXTURE.id("o1"));
    assertThat(ids(search(district(), "mine", FIXTURE.m3, "type", "STOP_PRODUCTION")))
        .containsExactly(FIXTURE.id("o6"), FIXTURE.id("o2"), FIXTURE.id("o7"));
    assertThat(ids(search(district(), "town", FIXTURE.t1, "enterprise", FIXTURE.entA, "status", "FULFILLED")))
        .containsExactly(FIXTURE.id("o3"));
    assertThat(ids(search(district(), "q", "zl-" + FIXTURE.t2 + "-2026-" + FIXTURE.id("o5"))))
        .containsExactly(FIXTURE.id("o5"));
  }

  @Test
  void pages_comeInTheAskedOrder_withTheTotal() {
    PageResponse<OrderResponse> second = search(district(), "size", "3", "page", "2");

    assertThat(ids(second)).containsExactly(FIXTURE.id("o1"));
    assertThat(second.total()).isEqualTo(7);
    assertThat(ids(search(district(), "sort", "issuedAt,asc", "size", "2")))
        .containsExactly(FIXTURE.id("o1"), FIXTURE.id("o3"));
  }

  @Test
  void response_showsTheReadModel() {
    OrderResponse o2 = queries.get(district(), FIXTURE.id("o2"));

    assertThat(o2.status()).isEqualTo(OrderStatus.LIFTED);
    assertThat(o2.stopsMine()).isFalse();
    assertThat(o2.resumption().application()).isEqualTo(1);
    assertThat(o2.closureRemark()).isEqualTo("resumption approved");
    assertThat(o2.version()).isEqualTo(4);
    assertThat(queries.get(district(), FIXTURE.id("o1")).stopsMine()).isTrue();
  }

  @Test
  void badParameters_are400_namingEachOfThem() {
    assertThatThrownBy(() -> queries.search(district(), params("type", "CLOSE", "status", "DONE", "level", "MAJOR", "sort", "mineId")))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
          @SuppressWarnings("unchecked")
          var errors = (List<FieldProblem>) e.getBody().getProperties().get("errors");
          assertThat(errors).extracting(FieldProblem::field).containsExactlyInAnyOrder("type", "status", "level", "sort");
        });
  }

  private PageResponse<OrderResponse> search(Caller caller, String... nameValues) {
    return queries.search(caller, params(nameValues));
  }

  static MultiValueMap<String, String> params(String... nameValues) {
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      params.add(nameValues[i], nameValues[i + 1]);
    }
    return params;
  }

  private static List<String> ids(PageResponse<OrderResponse> page) {
    return page.items().stream().map(OrderResponse::id).toList();
  }
}
