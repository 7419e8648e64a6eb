package io.jobsconformance.app;

import io.jobsconformance.model.Ids;
import io.jobsconformance.model.Job;
import io.jobsconformance.model.JobStatus;
import io.jobsconformance.store.JobNotFoundException;
import io.jobsconformance.store.JobStore;
import io.jobsconformance.store.StoreException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The job server of {@code server/channels/jobs/jobs.go}: it owns the lifecycle. The API side creates jobs and
 * requests cancellation; the worker side claims, reports progress and finishes them. Every status change is an
 * optimistic compare-and-set in the store where upstream uses one, so concurrent callers cannot lose updates. Every
 * change that applied is also offered to the {@link JobHistory}, which keeps it when recording is on.
 */
public final class JobServer {
  private final JobStore store;
  private final Clock clock;
  private final JobListener listener;
  private final JobHistory history;

  public JobServer(JobStore store, Clock clock, JobListener listener) {
    this(store, clock, listener, new JobHistory(clock));
  }

  public JobServer(JobStore store, Clock clock, JobListener listener, JobHistory history) {
    this.store = store;
    this.clock = clock;
    this.listener = listener;
    this.history = history;
  }

  /** {@code CreateJob}: {@code _createJob} then {@code Save}. Only type and data come from the caller. */
  public Job createJob(String type, Map<String, String> data) {
    Job job = Job.newPending(Ids.newId(), type, clock.millis(), data);
    if (!Workers.hasWorker(type)) {
      throw AppException.of("Job.IsValid", "model.job.is_valid.type.app_error", "id=" + job.id(), 400);
    }
    history.record(
        job.id(), () -> Optional.of(storeCall("CreateJob", "app.job.save.app_error", () -> store.save(job))));
    listener.jobChanged(job);
    return job;
  }

  /** {@code GetJob}: not found is a 404, any other store failure a 500, both {@code app.job.get.app_error}. */
  public Job getJob(String id) {
    try {
      return store.get(id);
    } catch (JobNotFoundException e) {
      throw AppException.of("GetJob", "app.job.get.app_error", e.getMessage(), 404);
    } catch (StoreException e) {
      throw AppException.of("GetJob", "app.job.get.app_error", e.getMessage(), 500);
    }
  }

  /**
   * {@code RequestCancellation}: a pending job becomes canceled at once; an in-progress one becomes cancel_requested
   * for its worker to stop; anything else cannot be cancelled.
   */
  public void requestCancellation(String jobId) {
    if (changeStatus("RequestCancellation", jobId, JobStatus.PENDING, JobStatus.CANCELED).isPresent()
        || changeStatus("RequestCancellation", jobId, JobStatus.IN_PROGRESS, JobStatus.CANCEL_REQUESTED)
            .isPresent()) {
      return;
    }
    throw AppException.of(
        "RequestCancellation", "jobs.request_cancellation.status.error", "id=" + jobId, 500);
  }

  /** {@code ClaimJob}: pending to in_progress, stamping start_at; empty when another claimer won. */
  public Optional<Job> claimJob(Job job) {
    return changeStatus("ClaimJob", job.id(), JobStatus.PENDING, JobStatus.IN_PROGRESS);
  }

  /** {@code SetJobProgress}: only while the job is still in progress; returns whether it applied. */
  public boolean setJobProgress(Job job, long progress) {
    Job changed = job.withStatus(JobStatus.IN_PROGRESS, job.lastActivityAt()).withProgress(progress);
    return updateOptimistically("SetJobProgress", changed, JobStatus.IN_PROGRESS);
  }

  /** {@code UpdateInProgressJobData}: writes the job's data while it is still in progress. */
  public boolean updateInProgressJobData(Job job) {
    Job changed = job.withStatus(JobStatus.IN_PROGRESS, job.lastActivityAt());
    return updateOptimistically("UpdateInProgressJobData", changed, JobStatus.IN_PROGRESS);
  }

  public void setJobSuccess(Job job) {
    setStatus("SetJobSuccess", job, JobStatus.SUCCESS);
  }

  public void setJobWarning(Job job) {
    setStatus("SetJobWarning", job, JobStatus.WARNING);
  }

  public void setJobCanceled(Job job) {
    setStatus("SetJobCanceled", job, JobStatus.CANCELED);
  }

  public void setJobPending(Job job) {
    setStatus("SetJobPending", job, JobStatus.PENDING);
  }

  /**
   * {@code SetJobError}. Without an error the status is set unconditionally. With one, progress becomes -1 and
   * {@code data.error} holds the message, applied optimistically from in_progress, else from cancel_requested, else
   * refused with {@code jobs.set_job_error.update.error}.
   */
  public void setJobError(Job job, String errorMessage) {
    if (errorMessage == null) {
      setStatus("SetJobError", job, JobStatus.ERROR);
      return;
    }
    Map<String, String> data = job.data() == null ? new HashMap<>() : new HashMap<>(job.data());
    data.put("error", errorMessage);
    Job failed = job.withStatus(JobStatus.ERROR, job.lastActivityAt()).withProgress(-1).withData(data);
    boolean updated =
        applied(
            "SetJobError",
            failed,
            () ->
                store.updateOptimistically(failed, JobStatus.IN_PROGRESS, clock.millis())
                    || store.updateOptimistically(failed, JobStatus.CANCEL_REQUESTED, clock.millis()));
    if (!updated) {
      throw AppException.of("SetJobError", "jobs.set_job_error.update.error", "id=" + job.id(), 500);
    }
    listener.jobChanged(store.get(job.id()));
  }

  private void setStatus(String where, Job job, String status) {
    history
        .record(
            job.id(),
            () ->
                storeCall(
                    where, "app.job.update.app_error", () -> store.updateStatus(job.id(), status, clock.millis())))
        .ifPresent(listener::jobChanged);
  }

  private Optional<Job> changeStatus(String where, String id, String from, String to) {
    Optional<Job> changed =
        history.record(
            id,
            () ->
                storeCall(
                    where,
                    "app.job.update.app_error",
                    () -> store.updateStatusOptimistically(id, from, to, clock.millis())));
    changed.ifPresent(listener::jobChanged);
    return changed;
  }

  /** {@code UpdateOptimistically} of status, progress and data, while the stored status is {@code currentStatus}. */
  private boolean updateOptimistically(String where, Job changed, String currentStatus) {
    return applied(where, changed, () -> store.updateOptimistically(changed, currentStatus, clock.millis()));
  }

  /** Runs a conditional update; when it applied, the history sees the job as {@code after}. */
  private boolean applied(String where, Job after, Supplier<Boolean> update) {
    return history
        .record(
            after.id(),
            () ->
                storeCall(where, "app.job.update.app_error", update) ? Optional.of(after) : Optional.<Job>empty())
        .isPresent();
  }

  private static <T> T storeCall(String where, String errorId, Supplier<T> call) {
    try {
      return call.get();
    } catch (StoreException e) {
      throw AppException.of(where, errorId, e.getMessage(), 500);
    }
  }
}
