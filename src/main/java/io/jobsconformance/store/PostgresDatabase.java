package io.jobsconformance.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * One PostgreSQL database and its connection pool, shared by the job stores of every namespace of a mock process.
 * Each store works on a {@code jobs} table in its own schema. A missing table is created as Mattermost's migrations
 * leave it ({@code 000038_create_jobs}, {@code 000060_upgrade_jobs_v6.0} for {@code jsonb}, {@code
 * 000069_upgrade_jobs_v6.1} for the second index); an existing one is used as it is, so the mock serves a copy of a
 * real server's database and a real server reads what the mock wrote.
 *
 * <p>Pool timeouts are short on purpose: while the database is unreachable a request waits at most {@link
 * #CONNECTION_TIMEOUT} before the server's 500 ({@code app.job.get.app_error} and friends), and the pool reconnects on
 * its own once the database is back.
 */
public final class PostgresDatabase implements AutoCloseable {
  public static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);
  private static final String DEFAULT_CONNECT_TIMEOUT_SECONDS = "5";
  private static final String SOCKET_TIMEOUT_SECONDS = "30";
  private static final int POOL_SIZE = 10;
  /** Serialises table creation across every process on the database ({@code pg_advisory_xact_lock}). */
  private static final long DDL_LOCK = 0x6a6f62735f6d6bL;

  private final HikariDataSource pool;
  private final String defaultSchema;
  private final JobDataCodec codec;

  private PostgresDatabase(HikariDataSource pool, String defaultSchema, JobDataCodec codec) {
    this.pool = pool;
    this.defaultSchema = defaultSchema;
    this.codec = codec;
  }

  /**
   * Connects, or throws a {@link StoreException} whose one-line message says which database could not be reached and
   * why.
   */
  public static PostgresDatabase open(DatabaseUrl url, JobDataCodec codec) {
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config(url));
    } catch (RuntimeException e) {
      throw new StoreException("cannot connect to PostgreSQL at " + url + ": " + rootMessage(e));
    }
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT current_schema()")) {
      result.next();
      String schema = result.getString(1);
      PostgresDatabase database = new PostgresDatabase(pool, schema == null ? "public" : schema, codec);
      // At start, so a missing right to create the table is reported now rather than as 500s later.
      database.ensureTable(database.defaultSchema);
      return database;
    } catch (SQLException | StoreException e) {
      pool.close();
      throw new StoreException("cannot use PostgreSQL at " + url + ": " + rootMessage(e));
    }
  }

  private static HikariConfig config(DatabaseUrl url) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("jobs-mock-postgres");
    config.setJdbcUrl(url.jdbcUrl());
    if (url.user() != null) {
      config.setUsername(url.user());
      config.setPassword(url.password());
    }
    config.addDataSourceProperty("connectTimeout", DEFAULT_CONNECT_TIMEOUT_SECONDS);
    config.addDataSourceProperty("socketTimeout", SOCKET_TIMEOUT_SECONDS);
    config.addDataSourceProperty("tcpKeepAlive", "true");
    // Bulk seeding: the driver turns a batch of single-row INSERTs into multi-row ones.
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    url.properties().forEach(config::addDataSourceProperty);
    config.setMaximumPoolSize(POOL_SIZE);
    config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
    config.setValidationTimeout(Duration.ofSeconds(1).toMillis());
    config.setInitializationFailTimeout(CONNECTION_TIMEOUT.toMillis());
    return config;
  }

  /** The schema the URL names ({@code search_path} / {@code currentSchema}; normally {@code public}). */
  public String defaultSchema() {
    return defaultSchema;
  }

  /**
   * The job store on {@code schema.jobs}. The schema and the table are created when a statement first finds them
   * missing, so making a store never fails, even while the database is down.
   */
  public PostgresJobStore jobStore(String schema) {
    return new PostgresJobStore(new SqlRunner(pool, () -> ensureTable(schema)), qualified(schema), codec);
  }

  /** Drops a schema and everything in it; a store still using it recreates its table on next use. */
  public void dropSchema(String schema) {
    if (schema.equals(defaultSchema)) {
      throw new IllegalArgumentException("the default schema " + schema + " is never dropped");
    }
    ddl(connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA IF EXISTS " + quote(schema) + " CASCADE");
      }
    });
  }

  private void ensureTable(String schema) {
    ddl(connection -> {
      try (Statement statement = connection.createStatement()) {
        if (!exists(connection, "SELECT 1 FROM pg_namespace WHERE nspname = ?", schema)) {
          statement.execute("CREATE SCHEMA " + quote(schema));
        }
        if (exists(connection, "SELECT to_regclass(?) IS NOT NULL", qualified(schema))) {
          return;
        }
        String table = qualified(schema);
        statement.execute(
            "CREATE TABLE IF NOT EXISTS " + table + " (id VARCHAR(26) PRIMARY KEY, type VARCHAR(32),"
                + " priority bigint, createat bigint, startat bigint, lastactivityat bigint, status VARCHAR(32),"
                + " progress bigint, data jsonb)");
        statement.execute("CREATE INDEX IF NOT EXISTS idx_jobs_type ON " + table + " (type)");
        statement.execute("CREATE INDEX IF NOT EXISTS idx_jobs_status_type ON " + table + " (status, type)");
      }
    });
  }

  private interface Ddl {
    void on(Connection connection) throws SQLException;
  }

  private void ddl(Ddl work) {
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      try {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
          lock.setLong(1, DDL_LOCK);
          lock.execute();
        }
        work.on(connection);
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw SqlRunner.storeError(e);
    }
  }

  private static boolean exists(Connection connection, String sql, String parameter) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet result = query.executeQuery()) {
        return result.next() && !(result.getObject(1) instanceof Boolean b && !b);
      }
    }
  }

  static String qualified(String schema) {
    return quote(schema) + ".jobs";
  }

  /** A quoted identifier: any namespace name becomes a schema name, case and dots kept. */
  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.replace('\n', ' ').trim();
  }

  /** Closes the pool; stores made from this database fail with {@link StoreException} afterwards. */
  @Override
  public void close() {
    pool.close();
  }
}
