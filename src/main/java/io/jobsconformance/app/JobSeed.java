package io.jobsconformance.app;

import io.jobsconformance.model.Ids;
import io.jobsconformance.model.Job;
import io.jobsconformance.model.JobStatus;
import java.util.Map;

/**
 * A job to store verbatim through the control plane. Null means "not given": the id is then generated, create_at is
 * now, status is pending, and every other field takes Go's zero value. Given values are kept as they are, including
 * an empty or unknown status or type, as the real store keeps them; only the column sizes of the real schema
 * ({@code id VARCHAR(26)}, {@code type} and {@code status VARCHAR(32)}) are enforced.
 */
public record JobSeed(
    String id,
    String type,
    Long priority,
    Long createAt,
    Long startAt,
    Long lastActivityAt,
    String status,
    Long progress,
    Map<String, String> data) {

  public Job toJob(long now) {
    String jobId = id == null ? Ids.newId() : id;
    if (jobId.isEmpty() || jobId.length() > Ids.ID_LENGTH) {
      throw AdminException.badRequest("\"id\" must have 1 to 26 characters (the Jobs table's Id column), got '" + jobId + "'");
    }
    requireColumn("type", type);
    requireColumn("status", status);
    return new Job(
        jobId,
        type == null ? "" : type,
        orZero(priority),
        createAt == null ? now : createAt,
        orZero(startAt),
        orZero(lastActivityAt),
        status == null ? JobStatus.PENDING : status,
        orZero(progress),
        data);
  }

  private static void requireColumn(String name, String value) {
    if (value != null && value.length() > 32) {
      throw AdminException.badRequest(
          "\"" + name + "\" must have at most 32 characters (VARCHAR(32) in the Jobs table), got " + value.length());
    }
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }
}
