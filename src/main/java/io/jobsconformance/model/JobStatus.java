package io.jobsconformance.model;

import java.util.List;

/** Job status constants and rules of {@code model/job.go}. Statuses stay strings: stored jobs may hold any value. */
public final class JobStatus {
  public static final String PENDING = "pending";
  public static final String IN_PROGRESS = "in_progress";
  public static final String SUCCESS = "success";
  public static final String ERROR = "error";
  public static final String CANCEL_REQUESTED = "cancel_requested";
  public static final String CANCELED = "canceled";
  public static final String WARNING = "warning";

  /** The seven statuses {@code IsValidJobStatus} accepts; the empty string is not one of them. */
  public static final List<String> ALL =
      List.of(PENDING, IN_PROGRESS, SUCCESS, ERROR, CANCEL_REQUESTED, CANCELED, WARNING);

  private JobStatus() {}

  public static boolean isValidJobStatus(String status) {
    return ALL.contains(status);
  }

  /**
   * {@code Job.IsValidStatusChange}: the only changes PATCH allows without {@code force}. Every other current status
   * (success, error, warning, canceled, "" or anything unknown) allows nothing.
   */
  public static boolean isValidStatusChange(String currentStatus, String newStatus) {
    return switch (currentStatus) {
      case IN_PROGRESS -> PENDING.equals(newStatus) || CANCEL_REQUESTED.equals(newStatus);
      case PENDING -> CANCEL_REQUESTED.equals(newStatus);
      case CANCEL_REQUESTED -> CANCELED.equals(newStatus);
      default -> false;
    };
  }
}
