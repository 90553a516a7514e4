package io.shouwei.embedded;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh database on the PostgreSQL server of this machine (127.0.0.1:5432, trust auth), created
 * for one test run and dropped after it. Host, port and user can be changed with the environment
 * variables {@code SHOUWEI_PG_HOST}, {@code SHOUWEI_PG_PORT} and {@code SHOUWEI_PG_USER}.
 */
public final class PostgresDatabase implements AutoCloseable {

  private static final String HOST = env("SHOUWEI_PG_HOST", "127.0.0.1");
  private static final String PORT = env("SHOUWEI_PG_PORT", "5432");
  private static final String USER = env("SHOUWEI_PG_USER", "postgres");

  private final String name;
  private final Thread dropAtExit;

  private PostgresDatabase(String name) {
    this.name = name;
    this.dropAtExit = new Thread(this::drop, "drop-" + name);
    Runtime.getRuntime().addShutdownHook(dropAtExit);
  }

  /** Creates {@code <prefix>_<random>}; it is dropped on {@link #close()} or at JVM exit. */
  public static PostgresDatabase create(String prefix) {
    String name =
        (prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12))
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9_]", "_");
    try (Connection c = admin(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not create database " + name + " on PostgreSQL at " + HOST + ":" + PORT
              + " as " + USER + " (is PostgreSQL running? see STACK.md)", e);
    }
    return new PostgresDatabase(name);
  }

  public String name() {
    return name;
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
  }

  public String username() {
    return USER;
  }

  public String password() {
    return "";
  }

  @Override
  public void close() {
    drop();
    try {
      Runtime.getRuntime().removeShutdownHook(dropAtExit);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run
    }
  }

  private void drop() {
    try (Connection c = admin(); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (SQLException e) {
      System.err.println("could not drop test database " + name + ": " + e.getMessage());
    }
  }

  private static Connection admin() throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, "");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
