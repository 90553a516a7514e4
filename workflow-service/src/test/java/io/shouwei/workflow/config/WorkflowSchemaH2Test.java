package io.shouwei.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The workflow tables are created on H2 as well as on PostgreSQL: the local stack keeps them in an
 * H2 file (see the {@code local} profile), the integration tests only on PostgreSQL. A word H2
 * reserves (e.g. {@code value}) fails here rather than at the start of the local stack.
 */
class WorkflowSchemaH2Test {

  @Test
  void schema_runsOnH2_twice() throws SQLException {
    try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:workflow-schema;DB_CLOSE_DELAY=-1")) {
      ScriptUtils.executeSqlScript(h2, new ClassPathResource("db/workflow-schema.sql"));
      ScriptUtils.executeSqlScript(h2, new ClassPathResource("db/workflow-schema.sql"));

      try (ResultSet tables = h2.getMetaData().getTables(null, null, "WF_%", new String[] {"TABLE"})) {
        int count = 0;
        while (tables.next()) {
          count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(5);
      }
    }
  }
}
