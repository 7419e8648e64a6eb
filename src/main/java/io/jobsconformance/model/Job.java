package io.jobsconformance.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A background job, as {@code server/public/model/job.go} defines it. Field order is the JSON order of the real
 * server. {@code type} and {@code status} are free strings because the real store accepts any value (the server's
 * own tests save jobs with {@code status ""} and random types). {@code data} is {@code null} or an immutable map
 * sorted by key, since Go's encoder writes map keys in sorted order.
 */
public record Job(
    String id,
    String type,
    long priority,
    long createAt,
    long startAt,
    long lastActivityAt,
    String status,
    long progress,
    Map<String, String> data) {

  public Job {
    id = id == null ? "" : id;
    type = type == null ? "" : type;
    status = status == null ? "" : status;
    data = data == null ? null : Collections.unmodifiableSortedMap(new TreeMap<>(data));
  }

  /** A new pending job, as {@code JobServer._createJob} builds it. */
  public static Job newPending(String id, String type, long createAt, Map<String, String> data) {
    return new Job(id, type, 0, createAt, 0, 0, JobStatus.PENDING, 0, data);
  }

  public Job withStatus(String newStatus, long lastActivity) {
    return new Job(id, type, priority, createAt, startAt, lastActivity, newStatus, progress, data);
  }

  public Job withStartAt(long start) {
    return new Job(id, type, priority, createAt, start, lastActivityAt, status, progress, data);
  }

  public Job withProgress(long newProgress) {
    return new Job(id, type, priority, createAt, startAt, lastActivityAt, status, newProgress, data);
  }

  public Job withData(Map<String, String> newData) {
    return new Job(id, type, priority, createAt, startAt, lastActivityAt, status, progress, newData);
  }

  /** The value of one {@code data} key, or {@code null}, like indexing a nil Go map. */
  public String dataValue(String key) {
    return data == null ? null : data.get(key);
  }

  /** {@code job.IsValidStatusChange} of model/job.go. */
  public boolean isValidStatusChange(String newStatus) {
    return JobStatus.isValidStatusChange(status, newStatus);
  }
}
