package io.jobsconformance.app;

import io.jobsconformance.model.Job;
import io.jobsconformance.model.JobStatus;
import io.jobsconformance.model.JobType;
import io.jobsconformance.store.JobStore;
import io.jobsconformance.store.StoreException;
import java.util.List;
import java.util.function.Supplier;

/**
 * The app layer of {@code server/channels/app/job.go}: what the API handlers call. It holds policy (which status
 * targets exist, how pages become offsets) and maps store failures to {@code AppError}s, once.
 */
public final class JobApp {
  private final JobStore store;
  private final JobServer jobs;
  private final PermissionPolicy permissions = new PermissionPolicy();

  public JobApp(JobStore store, JobServer jobs) {
    this.store = store;
    this.jobs = jobs;
  }

  public PermissionPolicy permissions() {
    return permissions;
  }

  public Job getJob(String id) {
    return jobs.getJob(id);
  }

  /** {@code GetJobsByTypesPage}. Offsets are Go's {@code page*perPage} on 64-bit ints, overflow included. */
  public List<Job> getJobsByTypesPage(List<String> types, long page, int perPage) {
    return list(() -> store.getAllByTypesPage(types, page * perPage, perPage));
  }

  public List<Job> getJobsByTypesAndStatuses(
      List<String> types, List<String> statuses, long page, int perPage) {
    return list(() -> store.getAllByTypesAndStatusesPage(types, statuses, page * perPage, perPage));
  }

  public List<Job> getJobsByTypePage(String type, long page, int perPage) {
    return list(() -> store.getAllByTypePage(type, page * perPage, perPage));
  }

  /**
   * {@code App.CreateJob}. A new {@code access_control_sync} job first sets the pending or in-progress ones for the
   * same {@code data.policy_id} to canceled (app/job.go:87-120, {@code SetJobCanceled}: an in-progress job becomes
   * canceled at once, not cancel_requested); failures to cancel are ignored, as upstream logs them.
   */
  public Job createJob(Job requested) {
    if (JobType.ACCESS_CONTROL_SYNC.equals(requested.type())) {
      cancelSamePolicy(requested.dataValue("policy_id"));
    }
    return jobs.createJob(requested.type(), requested.data());
  }

  public void cancelJob(String id) {
    jobs.requestCancellation(id);
  }

  /** {@code App.UpdateJobStatus}: only three targets exist; anything else is a 500. */
  public void updateJobStatus(Job job, String newStatus) {
    switch (newStatus) {
      case JobStatus.PENDING -> jobs.setJobPending(job);
      case JobStatus.CANCEL_REQUESTED -> jobs.requestCancellation(job.id());
      case JobStatus.CANCELED -> jobs.setJobCanceled(job);
      default -> throw AppException.of("UpdateJobStatus", "app.job.update_status.app_error", "", 500);
    }
  }

  private void cancelSamePolicy(String policyId) {
    if (policyId == null || policyId.isEmpty()) {
      return;
    }
    List<Job> existing =
        list(
            () ->
                store.getAllByTypesAndStatusesPage(
                    List.of(JobType.ACCESS_CONTROL_SYNC),
                    List.of(JobStatus.PENDING, JobStatus.IN_PROGRESS),
                    0,
                    Integer.MAX_VALUE));
    for (Job job : existing) {
      if (policyId.equals(job.dataValue("policy_id"))) {
        try {
          jobs.setJobCanceled(job);
        } catch (AppException ignored) {
          // upstream: "Failed to cancel existing access control sync job", then it creates the new job anyway
        }
      }
    }
  }

  private static List<Job> list(Supplier<List<Job>> query) {
    try {
      return query.get();
    } catch (StoreException e) {
      throw AppException.of("GetJobsByType", "app.job.get_all.app_error", e.getMessage(), 500);
    }
  }
}
