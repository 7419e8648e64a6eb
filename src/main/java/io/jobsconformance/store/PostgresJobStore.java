package io.jobsconformance.store;

import io.jobsconformance.model.Job;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The job store over PostgreSQL, with the SQL of Mattermost's {@code sqlstore/job_store.go} on the server's own
 * {@code jobs} table: every read selects the nine columns in the model's order, lists are {@code ORDER BY CreateAt
 * DESC LIMIT ? OFFSET ?}, {@code GetAllByStatus} is oldest first, and status changes are the optimistic {@code UPDATE
 * ... WHERE Id = ? AND Status = ?}, which PostgreSQL makes atomic across every process on the database. Nothing is
 * cached, so a row anyone writes is served by the next request, as on a real server ({@code localcachelayer} has no
 * job layer).
 *
 * <p>One departure: rows with equal {@code CreateAt} are ordered by {@code Id} (byte order). Upstream leaves ties in
 * whatever order PostgreSQL returns them, which may change between two pages; a fixed order is one of those orders and
 * keeps pages stable, as the in-memory store does.
 */
public final class PostgresJobStore implements JobStore {
  static final String COLUMNS = "Id, Type, Priority, CreateAt, StartAt, LastActivityAt, Status, Progress, Data";
  private static final String NEWEST_FIRST = " ORDER BY CreateAt DESC, Id COLLATE \"C\"";
  private static final int BATCH = 1_000;

  private final SqlRunner sql;
  private final String table;
  private final JobRows rows;
  private final JobDataCodec codec;

  PostgresJobStore(SqlRunner sql, String table, JobDataCodec codec) {
    this.sql = sql;
    this.table = table;
    this.rows = new JobRows(codec);
    this.codec = codec;
  }

  @Override
  public Job save(Job job) {
    sql.run(
        connection -> {
          try (PreparedStatement insert = connection.prepareStatement(insertSql())) {
            bindInsert(insert, job);
            insert.executeUpdate();
          } catch (SQLException e) {
            if (SqlRunner.isUniqueViolation(e)) {
              throw new DuplicateJobException(job.id());
            }
            throw e;
          }
          return null;
        });
    return job;
  }

  /** One transaction of batched inserts (rewritten by the driver into multi-row INSERTs): all or nothing. */
  @Override
  public void saveAll(Collection<Job> jobs) {
    sql.inTransaction(
        connection -> {
          try (PreparedStatement insert = connection.prepareStatement(insertSql())) {
            int pending = 0;
            for (Job job : jobs) {
              bindInsert(insert, job);
              insert.addBatch();
              if (++pending == BATCH) {
                insert.executeBatch();
                pending = 0;
              }
            }
            if (pending > 0) {
              insert.executeBatch();
            }
          } catch (SQLException e) {
            if (SqlRunner.isUniqueViolation(e)) {
              throw new DuplicateJobException(SqlRunner.duplicateKey(e));
            }
            throw e;
          }
          return null;
        });
  }

  @Override
  public Job get(String id) {
    List<Job> found = query("SELECT " + COLUMNS + " FROM " + table + " WHERE Id = ?", id);
    if (found.isEmpty()) {
      throw new JobNotFoundException(id);
    }
    return found.get(0);
  }

  @Override
  public boolean updateOptimistically(Job job, String currentStatus, long now) {
    String update =
        "UPDATE " + table + " SET LastActivityAt = ?, Status = ?, Data = ?, Progress = ? WHERE Id = ? AND Status = ?";
    return sql.run(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(update)) {
            statement.setLong(1, now);
            statement.setString(2, job.status());
            statement.setObject(3, codec.write(job.data()), Types.OTHER);
            statement.setLong(4, job.progress());
            statement.setString(5, job.id());
            statement.setString(6, currentStatus);
            return statement.executeUpdate() == 1;
          }
        });
  }

  @Override
  public Optional<Job> updateStatus(String id, String status, long now) {
    String update =
        "UPDATE " + table + " SET Status = ?, LastActivityAt = ? WHERE Id = ? RETURNING " + COLUMNS;
    return first(query(update, status, now, id));
  }

  /** The newest upstream form: {@code RETURNING} the row, so the caller gets the job as the update left it. */
  @Override
  public Optional<Job> updateStatusOptimistically(String id, String currentStatus, String newStatus, long now) {
    if ("in_progress".equals(newStatus)) {
      String update =
          "UPDATE " + table + " SET LastActivityAt = ?, Status = ?, StartAt = ? WHERE Id = ? AND Status = ?"
              + " RETURNING " + COLUMNS;
      return first(query(update, now, newStatus, now, id, currentStatus));
    }
    String update =
        "UPDATE " + table + " SET LastActivityAt = ?, Status = ? WHERE Id = ? AND Status = ? RETURNING " + COLUMNS;
    return first(query(update, now, newStatus, id, currentStatus));
  }

  @Override
  public List<Job> getAllByTypesPage(Collection<String> types, long offset, int limit) {
    PageOffset.check(offset);
    return query(
        "SELECT " + COLUMNS + " FROM " + table + " WHERE Type = ANY(?)" + NEWEST_FIRST + " LIMIT ? OFFSET ?",
        new TextArray(types), limit, offset);
  }

  @Override
  public List<Job> getAllByTypesAndStatusesPage(
      Collection<String> types, Collection<String> statuses, long offset, int limit) {
    PageOffset.check(offset);
    return query(
        "SELECT " + COLUMNS + " FROM " + table + " WHERE Type = ANY(?) AND Status = ANY(?)" + NEWEST_FIRST
            + " LIMIT ? OFFSET ?",
        new TextArray(types), new TextArray(statuses), limit, offset);
  }

  @Override
  public List<Job> getAllByTypePage(String type, long offset, int limit) {
    PageOffset.check(offset);
    return query(
        "SELECT " + COLUMNS + " FROM " + table + " WHERE Type = ?" + NEWEST_FIRST + " LIMIT ? OFFSET ?",
        type, limit, offset);
  }

  @Override
  public List<Job> getAllByStatus(String status) {
    return query(
        "SELECT " + COLUMNS + " FROM " + table + " WHERE Status = ? ORDER BY CreateAt ASC, Id COLLATE \"C\" DESC",
        status);
  }

  @Override
  public long count() {
    return sql.run(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
              ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
          }
        });
  }

  @Override
  public void deleteAll() {
    sql.run(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + table)) {
            statement.executeUpdate();
          }
          return null;
        });
  }

  private String insertSql() {
    return "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  }

  private void bindInsert(PreparedStatement insert, Job job) throws SQLException {
    insert.setString(1, job.id());
    insert.setString(2, job.type());
    insert.setLong(3, job.priority());
    insert.setLong(4, job.createAt());
    insert.setLong(5, job.startAt());
    insert.setLong(6, job.lastActivityAt());
    insert.setString(7, job.status());
    insert.setLong(8, job.progress());
    // Types.OTHER lets the server convert the text to the column's own type (jsonb, or an older varchar data).
    insert.setObject(9, codec.write(job.data()), Types.OTHER);
  }

  private List<Job> query(String statementSql, Object... parameters) {
    return sql.run(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(statementSql)) {
            bind(connection, statement, parameters);
            try (ResultSet result = statement.executeQuery()) {
              List<Job> jobs = new ArrayList<>();
              while (result.next()) {
                jobs.add(rows.job(result));
              }
              return List.copyOf(jobs);
            }
          }
        });
  }

  private static void bind(Connection connection, PreparedStatement statement, Object... parameters)
      throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      Object parameter = parameters[i];
      if (parameter instanceof TextArray array) {
        statement.setArray(i + 1, connection.createArrayOf("varchar", array.values().toArray()));
      } else if (parameter instanceof Long number) {
        statement.setLong(i + 1, number);
      } else if (parameter instanceof Integer number) {
        statement.setInt(i + 1, number);
      } else {
        statement.setString(i + 1, (String) parameter);
      }
    }
  }

  private static Optional<Job> first(List<Job> jobs) {
    return jobs.isEmpty() ? Optional.empty() : Optional.of(jobs.get(0));
  }

  /** A {@code Type IN (...)} or {@code Status IN (...)} list, bound as one array parameter. */
  private record TextArray(Collection<String> values) {}
}
