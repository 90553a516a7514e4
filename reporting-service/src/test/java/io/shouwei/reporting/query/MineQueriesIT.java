package io.shouwei.reporting.query;

import static io.shouwei.reporting.HazardEvents.mineEvent;
import static io.shouwei.reporting.HazardEvents.mineStopped;
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
import io.shouwei.contracts.mine.MineClosed;
import io.shouwei.contracts.mine.MineFacts;
import io.shouwei.contracts.mine.MineRegistered;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.embedded.MongoWireServer;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Jurisdiction;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.reporting.projection.HazardStore;
import io.shouwei.reporting.projection.MineStore;
import io.shouwei.reporting.projection.ReadModelCollections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Mine searches against the MongoDB-wire server: filters, scope, paging, order, bad parameters. */
class MineQueriesIT {

  private static MongoWireServer server;
  private static MongoClient client;
  private static MineStore store;

  private final MineQueries queries = new MineQueries(store);

  @BeforeAll
  static void mines() {
    server = MongoWireServer.inMemory();
    client = MongoClients.create(server.connectionString("mine_queries"));
    MongoDatabase database = client.getDatabase("mine_queries");
    store = new MineStore(ReadModelCollections.first(database), new HazardStore(ReadModelCollections.first(database)));
    store.ensureIndexes();
    register("m1", "Qingshan open pit", "ent-a", "Qingshan Mining", "town-1", MineType.OPEN_PIT);
    register("m2", "Baishi tailings pond", "ent-a", "Qingshan Mining", "town-1", MineType.TAILINGS_POND);
    register("m3", "Dongling underground", "ent-b", "Dongling Metals", "town-2", MineType.UNDERGROUND);
    store.project(mineEvent("m3", 1, mineStopped("m3", "ord-1")));
    register("m4", "Anping quarry", "ent-c", "Anping Stone", "town-2", MineType.OPEN_PIT);
    store.project(mineEvent("m4", 1, new MineClosed("m4", "exhausted")));
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @Test
  void eachRole_findsExactlyWhatTheReadingRuleLetsItRead() {
    List<Caller> callers =
        List.of(district(), auditor(), admin(), enterprise("ent-a"), town("town-2"), superior("ent-a", "ent-c"),
            superior(), town());
    var all = store.search(new org.bson.Document(), new org.bson.Document("_id", 1), 0, 100);

    for (Caller caller : callers) {
      List<String> readable =
          all.stream().filter(m -> Jurisdiction.canRead(caller, m.enterpriseId(), m.townCode())).map(m -> m.id()).toList();
      assertThat(ids(search(caller))).as("%s", caller).containsExactlyInAnyOrderElementsOf(readable);
      for (var m : all) {
        if (readable.contains(m.id())) {
          assertThat(queries.get(caller, m.id()).id()).isEqualTo(m.id());
        } else {
          assertThatThrownBy(() -> queries.get(caller, m.id()))
              .isInstanceOfSatisfying(ProblemException.class,
                  e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        }
      }
    }
    assertThat(ids(search(enterprise("ent-a")))).containsExactly("m2", "m1");
    assertThat(ids(search(superior("ent-a", "ent-c")))).containsExactly("m4", "m2", "m1");
  }

  @Test
  void foreignFilter_findsNothingOfTheirs() {
    assertThat(search(enterprise("ent-a"), "enterprise", "ent-b").total()).isZero();
    assertThat(search(town("town-1"), "town", "town-2").total()).isZero();
  }

  @Test
  void filters_narrowTheSearch() {
    assertThat(ids(search(district(), "town", "town-2"))).containsExactly("m4", "m3");
    assertThat(ids(search(district(), "enterprise", "ent-a"))).containsExactly("m2", "m1");
    assertThat(ids(search(district(), "type", "OPEN_PIT"))).containsExactly("m4", "m1");
    assertThat(ids(search(district(), "status", "STOPPED_BY_ORDER"))).containsExactly("m3");
    assertThat(ids(search(district(), "status", "OPERATING,CLOSED"))).containsExactly("m4", "m2", "m1");
    assertThat(ids(search(district(), "q", "QINGSHAN"))).containsExactly("m2", "m1");
    assertThat(ids(search(district(), "q", "stone"))).containsExactly("m4");
  }

  @Test
  void pages_comeInTheAskedOrder_withTheTotal() {
    PageResponse<MineResponse> second = search(district(), "size", "3", "page", "1");

    assertThat(ids(second)).containsExactly("m1");
    assertThat(second.total()).isEqualTo(4);
    assertThat(ids(search(district(), "sort", "name,desc"))).containsExactly("m1", "m3", "m2", "m4");
    assertThat(ids(search(district(), "sort", "townCode,desc", "size", "2"))).containsExactly("m3", "m4");
  }

  @Test
  void response_showsTheReadModel() {
    MineResponse m3 = queries.get(district(), "m3");

    assertThat(m3.name()).isEqualTo("Dongling underground");
    assertThat(m3.enterpriseName()).isEqualTo("Dongling Metals");
    assertThat(m3.type()).isEqualTo(MineType.UNDERGROUND);
    assertThat(m3.productionStatus().name()).isEqualTo("STOPPED_BY_ORDER");
    assertThat(m3.stoppingOrders()).containsExactly("ord-1");
    assertThat(m3.version()).isEqualTo(1);
  }

  @Test
  void badParameters_are400_namingEachOfThem() {
    assertThatThrownBy(() -> queries.search(district(), params("type", "COAL", "status", "x", "level", "MAJOR", "sort", "type,sideways")))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
          @SuppressWarnings("unchecked")
          var errors = (List<io.shouwei.platform.web.ProblemHandler.FieldProblem>) e.getBody().getProperties().get("errors");
          assertThat(errors).extracting(p -> p.field()).containsExactlyInAnyOrder("type", "status", "level", "sort");
        });
  }

  private PageResponse<MineResponse> search(Caller caller, String... nameValues) {
    return queries.search(caller, params(nameValues));
  }

  private static MultiValueMap<String, String> params(String... nameValues) {
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      params.add(nameValues[i], nameValues[i + 1]);
    }
    return params;
  }

  private static List<String> ids(PageResponse<MineResponse> page) {
    return page.items().stream().map(MineResponse::id).toList();
  }

  private static void register(String id, String name, String enterprise, String enterpriseName, String town, MineType type) {
    store.project(mineEvent(id, 0, new MineRegistered(id, name, enterprise, enterpriseName, town, type,
        new MineFacts(null, null, null, null, null, null, null, Map.of()))));
  }
}
