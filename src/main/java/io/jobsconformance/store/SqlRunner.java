package io.jobsconformance.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Runs one unit of SQL work on a pooled connection and maps what goes wrong once: a typed store exception passes
 * through, every {@link SQLException} (the database down, a pool timeout, a failed statement) becomes a {@link
 * StoreException}, which the app layer answers with the server's 500s. When the table or its schema is gone (another
 * mock process dropped the namespace, someone dropped the table), it is created again and the work retried once, so a
 * namespace exists wherever it is used.
 */
final class SqlRunner {
  private static final String UNDEFINED_TABLE = "42P01";
  private static final String INVALID_SCHEMA = "3F000";
  private static final String UNIQUE_VIOLATION = "23505";

  /** One unit of work on a connection. */
  interface Work<T> {
    T on(Connection connection) throws SQLException;
  }

  private final DataSource pool;
  private final Runnable recreateTable;

  SqlRunner(DataSource pool, Runnable recreateTable) {
    this.pool = pool;
    this.recreateTable = recreateTable;
  }

  <T> T run(Work<T> work) {
    try {
      return once(work);
    } catch (SQLException e) {
      if (!isMissingTable(e)) {
        throw storeError(e);
      }
    }
    recreateTable.run();
    try {
      return once(work);
    } catch (SQLException e) {
      throw storeError(e);
    }
  }

  /** As {@link #run} inside one transaction, rolled back when the work fails. */
  <T> T inTransaction(Work<T> work) {
    return run(
        connection -> {
          connection.setAutoCommit(false);
          try {
            T result = work.on(connection);
            connection.commit();
            return result;
          } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
          } finally {
            connection.setAutoCommit(true);
          }
        });
  }

  private <T> T once(Work<T> work) throws SQLException {
    try (Connection connection = pool.getConnection()) {
      return work.on(connection);
    }
  }

  /** Also through a batch's chained exceptions, where the driver reports the statement that failed. */
  static boolean isUniqueViolation(SQLException e) {
    for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
      if (UNIQUE_VIOLATION.equals(cause.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** The id in {@code Key (id)=(x) already exists.}, or "?" when the server did not say. */
  static String duplicateKey(SQLException e) {
    for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
      if (cause instanceof PSQLException psql) {
        ServerErrorMessage message = psql.getServerErrorMessage();
        String detail = message == null ? null : message.getDetail();
        if (detail != null && detail.startsWith("Key (id)=(") && detail.endsWith(") already exists.")) {
          return detail.substring("Key (id)=(".length(), detail.length() - ") already exists.".length());
        }
      }
    }
    return "?";
  }

  private static boolean isMissingTable(SQLException e) {
    return UNDEFINED_TABLE.equals(e.getSQLState()) || INVALID_SCHEMA.equals(e.getSQLState());
  }

  static StoreException storeError(SQLException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replace('\n', ' ');
    StoreException error = new StoreException(message);
    error.initCause(e);
    return error;
  }
}
