package io.shouwei.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shouwei.local.MatrixCoverage.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatrixCoverageTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Operation documented(String method, String path) {
    return new Operation("hazard", method, path);
  }

  @Test
  void aRowReachesAnOperation_whenEachTemplateVariableIsOneSegmentOfTheRow() {
    Operation decision = documented("POST", "/api/hazards/{id}/deadline-extensions/{number}/decision");

    assertThat(MatrixCoverage.reaches(Operation.row("POST", "/api/hazards/{hazardA}/deadline-extensions/1/decision"), decision))
        .isTrue();
    assertThat(MatrixCoverage.reaches(Operation.row("post", "/api/hazards/{hazardB}/deadline-extensions/{n}/decision"), decision))
        .isTrue();
    assertThat(MatrixCoverage.reaches(Operation.row("GET", "/api/hazards/{hazardA}/deadline-extensions/1/decision"), decision))
        .as("another method").isFalse();
    assertThat(MatrixCoverage.reaches(Operation.row("POST", "/api/hazards/{hazardA}/deadline-extensions/1"), decision))
        .as("a shorter path").isFalse();
  }

  @Test
  void aVariableNeverSpansASlash_andLiteralsMustBeEqual() {
    Operation hazard = documented("GET", "/api/hazards/{id}");

    assertThat(MatrixCoverage.reaches(Operation.row("GET", "/api/hazards/{hazardA}"), hazard)).isTrue();
    assertThat(MatrixCoverage.reaches(Operation.row("GET", "/api/hazards/{hazardA}/history"), hazard)).isFalse();
    assertThat(MatrixCoverage.reaches(Operation.row("GET", "/api/hazards"), hazard)).isFalse();
    assertThat(MatrixCoverage.reaches(Operation.row("GET", "/api/hazards/{hazardA}"), documented("GET", "/api/hazards/{id}/history")))
        .isFalse();
    assertThat(MatrixCoverage.reaches(Operation.row("GET", "/api/orders/{orderA}"), hazard)).isFalse();
  }

  @Test
  void theQueryOfARow_doesNotCount() {
    assertThat(MatrixCoverage.reaches(Operation.row("GET", "/api/orders?mineId={mineA}"), documented("GET", "/api/orders")))
        .isTrue();
    assertThat(MatrixCoverage.reaches(Operation.row("GET", "/api/hazards/{hazardA}?version=0"), documented("GET", "/api/hazards/{id}")))
        .isTrue();
  }

  @Test
  void theOperationsOfADocument_areTakenAtTheGatewaysPaths() throws Exception {
    JsonNode openApi = JSON.readTree("""
        {"openapi":"3.1.0","paths":{
          "/api/tasks/{id}":{"get":{},"parameters":[]},
          "/api/test/clock":{"get":{},"post":{},"delete":{}}}}""");

    assertThat(MatrixCoverage.documented("workflow", openApi)).containsExactlyInAnyOrder(
        new Operation("workflow", "GET", "/api/tasks/{id}"),
        new Operation("workflow", "GET", "/api/test/clock/workflow"),
        new Operation("workflow", "POST", "/api/test/clock/workflow"),
        new Operation("workflow", "DELETE", "/api/test/clock/workflow"));
  }

  @Test
  void anOperationWithoutARow_andARowWithoutAnOperation_areNamed() {
    List<Operation> operations = List.of(
        documented("GET", "/api/mines/{id}"), documented("PUT", "/api/mines/{id}/facts"), documented("POST", "/api/mines"));
    List<Operation> rows = List.of(
        Operation.row("GET", "/api/mines/{mineA}"), Operation.row("GET", "/api/mines/{mineB}"),
        Operation.row("POST", "/api/mines"), Operation.row("GET", "/api/reports/admin/projections"));

    assertThat(MatrixCoverage.uncovered(operations, rows)).containsExactly(documented("PUT", "/api/mines/{id}/facts"));
    assertThat(MatrixCoverage.stale(rows, operations)).containsExactly(Operation.row("GET", "/api/reports/admin/projections"));
  }
}
