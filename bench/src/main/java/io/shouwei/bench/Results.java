package io.shouwei.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Writes one scenario's Markdown table and raw data under {@code bench/results/<date>[-<bench.label>]/}. */
final class Results {

  private final Path dir;

  Results(Path benchDir) {
    String label = System.getProperty("bench.label", "");
    this.dir = benchDir.resolve("results")
        .resolve(LocalDate.now(ZoneOffset.UTC) + (label.isBlank() ? "" : "-" + label.strip()));
    try {
      Files.createDirectories(dir.resolve("raw"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path dir() {
    return dir;
  }

  void markdown(String scenario, String text) {
    write(dir.resolve(scenario + ".md"), text);
    System.out.println(text);
  }

  void raw(String name, List<String> lines) {
    write(dir.resolve("raw").resolve(name), String.join("\n", lines) + "\n");
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Machine, versions and durability settings, as a Markdown block every result file starts with. */
  static String environment(String hazardJdbcUrl) {
    StringBuilder out = new StringBuilder();
    out.append("| setting | value |\n|---|---|\n");
    out.append("| machine | ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
        .append(cpuModel()).append(", ").append(memTotal()).append(" RAM; load average (1, 5, 15 min; anything else running on the machine shows here) when the scenario ended ")
        .append(loadAverage()).append(" |\n");
    out.append("| Java | ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
        .append("; services with -XX:+UseSerialGC, heaps as ./shouwei gives (hazard 384m, workflow 512m, reporting 384m, gateway 256m) |\n");
    out.append("| stack | Spring Boot 3.5.7, Axon 4.13.0 (JDBC event store), Camunda 7.24.0, Spring Cloud Gateway 2025.0.0, Kafka broker 4.1.2 (1 node, 6 partitions), mongo-java-server 1.47.0 (H2 file backend) |\n");
    try (Connection c = DriverManager.getConnection(hazardJdbcUrl, "postgres", "");
         Statement s = c.createStatement()) {
      out.append("| PostgreSQL | ").append(one(s, "SHOW server_version")).append(" on 127.0.0.1; event store of hazard-service and Camunda's tables; ")
          .append("fsync=").append(one(s, "SHOW fsync")).append(", synchronous_commit=").append(one(s, "SHOW synchronous_commit"))
          .append(", wal_sync_method=").append(one(s, "SHOW wal_sync_method")).append(" |\n");
    } catch (SQLException e) {
      out.append("| PostgreSQL | unknown (").append(e.getMessage()).append(") |\n");
    }
    out.append("| Kafka producer | acks=all, idempotent; the reporting consumer applies each poll as one batch and commits its offsets after the batch is written |\n");
    return out.toString();
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + ", " + parts[1] + ", " + parts[2];
    } catch (IOException e) {
      return String.format(java.util.Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static String one(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }

  private static String memTotal() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).stream()
          .filter(l -> l.startsWith("MemTotal")).findFirst()
          .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GiB").orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
