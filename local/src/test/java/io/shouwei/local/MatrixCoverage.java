package io.shouwei.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the rows of {@link AuthorizationMatrixIT#MATRIX} reach every operation the services
 * document, and only those: a row reaches an operation when the methods are equal and the row's
 * path, without its query, fits the operation's path template, each {@code {variable}} of the
 * template standing for one path segment (the row's own placeholder, such as {@code {hazardA}}, or
 * a literal such as {@code MOBILISATION}).
 */
final class MatrixCoverage {

  /**
   * The one path the gateway does not pass unchanged: each service's clock control is reached at
   * {@code /api/test/clock/<service>} (gateway's TestClockRoutes, local profile).
   */
  static final String CLOCK_PATH = "/api/test/clock";

  private static final Pattern VARIABLE = Pattern.compile("\\{[^/}]+}");
  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

  private MatrixCoverage() {}

  /**
   * An operation: who documents it ({@code hazard}, …; {@code matrix} for a row), its method and its
   * path (a template, or a row's path).
   */
  record Operation(String owner, String method, String path) {

    /** A row of the table: its method and its path without the query. */
    static Operation row(String method, String path) {
      int query = path.indexOf('?');
      return new Operation("matrix", method.toUpperCase(Locale.ROOT), query < 0 ? path : path.substring(0, query));
    }

    @Override
    public String toString() {
      return method + " " + path + " (" + owner + ")";
    }
  }

  /** The operations of one service's OpenAPI document, at the paths the gateway answers them on. */
  static List<Operation> documented(String service, JsonNode openApi) {
    List<Operation> operations = new ArrayList<>();
    openApi.path("paths").fields().forEachRemaining(path -> {
      String atGateway = path.getKey().equals(CLOCK_PATH) ? CLOCK_PATH + "/" + service : path.getKey();
      path.getValue().fieldNames().forEachRemaining(method -> {
        if (METHODS.contains(method)) {
          operations.add(new Operation(service, method.toUpperCase(Locale.ROOT), atGateway));
        }
      });
    });
    return operations;
  }

  /** Whether {@code row} reaches the documented operation. */
  static boolean reaches(Operation row, Operation documented) {
    return row.method().equals(documented.method()) && template(documented.path()).matcher(row.path()).matches();
  }

  /** Each operation that no row reaches. */
  static List<Operation> uncovered(Collection<Operation> operations, Collection<Operation> rows) {
    return operations.stream().filter(op -> rows.stream().noneMatch(row -> reaches(row, op))).toList();
  }

  /** Each row that reaches none of the operations. */
  static List<Operation> stale(Collection<Operation> rows, Collection<Operation> operations) {
    return rows.stream().filter(row -> operations.stream().noneMatch(op -> reaches(row, op))).toList();
  }

  private static Pattern template(String path) {
    StringBuilder regex = new StringBuilder();
    Matcher variable = VARIABLE.matcher(path);
    int literalFrom = 0;
    while (variable.find()) {
      regex.append(Pattern.quote(path.substring(literalFrom, variable.start()))).append("[^/]+");
      literalFrom = variable.end();
    }
    return Pattern.compile(regex.append(Pattern.quote(path.substring(literalFrom))).toString());
  }
}
