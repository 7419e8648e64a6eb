package io.jobsconformance.store;

import io.jobsconformance.model.Job;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * One {@code jobs} row as {@code model.Job}, scanned as Go's {@code database/sql} does: a SQL NULL in any column but
 * {@code data} cannot be scanned into a Go string or int64 and fails the whole read, and {@code data} goes through
 * {@code StringMap.Scan} (NULL or JSON {@code null} is a nil map, anything but a flat object of strings fails).
 */
final class JobRows {
  private static final String[] NAMES = {
    "id", "type", "priority", "createat", "startat", "lastactivityat", "status", "progress", "data"
  };

  private final JobDataCodec codec;

  JobRows(JobDataCodec codec) {
    this.codec = codec;
  }

  Job job(ResultSet row) throws SQLException {
    return new Job(
        text(row, 1),
        text(row, 2),
        number(row, 3),
        number(row, 4),
        number(row, 5),
        number(row, 6),
        text(row, 7),
        number(row, 8),
        data(row.getString(9)));
  }

  private static String text(ResultSet row, int column) throws SQLException {
    String value = row.getString(column);
    if (value == null) {
      throw nullColumn(column, "string");
    }
    return value;
  }

  private static long number(ResultSet row, int column) throws SQLException {
    long value = row.getLong(column);
    if (row.wasNull()) {
      throw nullColumn(column, "int64");
    }
    return value;
  }

  private Map<String, String> data(String json) {
    if (json == null) {
      return null;
    }
    try {
      return codec.read(json);
    } catch (IllegalArgumentException e) {
      throw new StoreException(
          "sql: Scan error on column index 8, name \"data\": " + e.getMessage() + " (stored data: " + brief(json) + ")");
    }
  }

  private static StoreException nullColumn(int column, String goType) {
    return new StoreException(
        "sql: Scan error on column index " + (column - 1) + ", name \"" + NAMES[column - 1] + "\": converting NULL to "
            + goType + " is unsupported");
  }

  private static String brief(String json) {
    return json.length() <= 200 ? json : json.substring(0, 200) + "...";
  }
}
