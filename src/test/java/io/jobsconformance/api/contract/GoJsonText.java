package io.jobsconformance.api.contract;

import io.jobsconformance.model.Job;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bytes Go's {@code encoding/json} writes, built independently of the code under test so that bodies can be
 * compared byte for byte: struct fields in declaration order, map keys sorted, {@code < > &} and U+2028/U+2029 as
 * lower-case {@code \\u00XX} escapes, other control characters as {@code \\n}-style or {@code \\u00XX} escapes.
 */
public final class GoJsonText {
  private GoJsonText() {}

  public static String string(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A {@code map[string]string}: keys sorted, or {@code null} for a nil map. */
  public static String stringMap(Map<String, String> map) {
    if (map == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("{");
    new TreeMap<>(map)
        .forEach((k, v) -> out.append(out.length() == 1 ? "" : ",").append(string(k)).append(':').append(string(v)));
    return out.append('}').toString();
  }

  /** {@code json.Marshal(model.Job)}: the nine fields in struct order, none omitted. */
  public static String job(Job job) {
    return "{\"id\":" + string(job.id())
        + ",\"type\":" + string(job.type())
        + ",\"priority\":" + job.priority()
        + ",\"create_at\":" + job.createAt()
        + ",\"start_at\":" + job.startAt()
        + ",\"last_activity_at\":" + job.lastActivityAt()
        + ",\"status\":" + string(job.status())
        + ",\"progress\":" + job.progress()
        + ",\"data\":" + stringMap(job.data())
        + "}";
  }

  /** {@code json.Marshal([]*model.Job)}: no trailing newline. */
  public static String jobs(List<Job> jobs) {
    StringBuilder out = new StringBuilder("[");
    for (Job job : jobs) {
      out.append(out.length() == 1 ? "" : ",").append(job(job));
    }
    return out.append(']').toString();
  }

  /** {@code AppError.ToJSON()} with {@code request_id} and {@code status_code} omitted when empty. */
  public static String appError(String id, String message, String detail, String requestId, int status) {
    return "{\"id\":" + string(id)
        + ",\"message\":" + string(message)
        + ",\"detailed_error\":" + string(detail)
        + (requestId.isEmpty() ? "" : ",\"request_id\":" + string(requestId))
        + (status == 0 ? "" : ",\"status_code\":" + status)
        + "}";
  }
}
