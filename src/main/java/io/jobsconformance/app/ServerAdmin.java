package io.jobsconformance.app;

import io.jobsconformance.model.Job;
import io.jobsconformance.model.JobStatus;
import io.jobsconformance.model.Session;
import io.jobsconformance.store.DuplicateJobException;
import io.jobsconformance.store.JobNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The control plane of one {@link Server}: what tests use to put jobs, files, sessions and settings in place. It
 * bypasses the API's rules on purpose (seeding stores any state) but goes through the job server for worker actions,
 * so those follow the real lifecycle. Every job change made here is recorded with the cause {@value
 * ChangeCause#ADMIN}.
 */
public final class ServerAdmin {
  private final Server server;

  ServerAdmin(Server server) {
    this.server = server;
  }

  public Job seed(JobSeed seed) {
    Job job = seed.toJob(server.clock().millis());
    try {
      ChangeCause.with(
          ChangeCause.ADMIN, () -> server.history().record(job.id(), () -> Optional.of(server.store().save(job))));
    } catch (DuplicateJobException e) {
      throw new AdminException(409, e.getMessage());
    }
    server.listener().jobChanged(job);
    return job;
  }

  /** Stores many jobs in one write, all or nothing; the worker simulation is not told (bulk data is inert). */
  public int seedAll(List<JobSeed> seeds) {
    long now = server.clock().millis();
    List<Job> jobs = new ArrayList<>(seeds.size());
    for (JobSeed seed : seeds) {
      jobs.add(seed.toJob(now));
    }
    try {
      server.store().saveAll(jobs);
    } catch (DuplicateJobException e) {
      throw new AdminException(409, e.getMessage());
    }
    ChangeCause.run(ChangeCause.ADMIN, () -> server.history().recordAll(jobs));
    return jobs.size();
  }

  public Job job(String id) {
    try {
      return server.store().get(id);
    } catch (JobNotFoundException e) {
      throw new AdminException(404, "no job with id '" + id + "'");
    }
  }

  public long jobCount() {
    return server.store().count();
  }

  /**
   * The job's recorded changes, oldest first. 409 while recording is off (the setting {@code record_history}), 404
   * for an unknown job; a job stored before recording was switched on has no entries from before.
   */
  public List<JobChange> history(String id) {
    if (!server.settings().recordHistory()) {
      throw new AdminException(
          409,
          "job history is not recorded in this namespace; switch it on with PUT /__admin/jobs/settings"
              + " {\"record_history\": true} (changes are recorded from then on)");
    }
    job(id);
    return server.history().entries(id);
  }

  /** Removes every job, its history and every export file, and restores the settings this server started with. */
  public void reset() {
    server.store().deleteAll();
    server.history().clear();
    server.exports().clear();
    server.applySettings(server.defaultSettings());
  }

  /** Applies one worker-side change; a change the job's state does not allow is a 409 that says why. */
  public Job work(String id, WorkerAction action, Long progress, String error) {
    return ChangeCause.with(ChangeCause.ADMIN, () -> workAsAdmin(id, action, progress, error));
  }

  private Job workAsAdmin(String id, WorkerAction action, Long progress, String error) {
    Job job = job(id);
    JobServer jobs = server.jobServer();
    switch (action) {
      case CLAIM -> jobs.claimJob(job).orElseThrow(() -> notIn(job, JobStatus.PENDING, "claimed"));
      case PROGRESS -> {
        if (progress == null) {
          throw AdminException.badRequest("action 'progress' needs an integer \"progress\"");
        }
        if (!jobs.setJobProgress(job, progress)) {
          throw notIn(job, JobStatus.IN_PROGRESS, "given progress");
        }
      }
      case SUCCESS -> jobs.setJobSuccess(job);
      case ERROR -> setError(jobs, job, error);
      case WARNING -> jobs.setJobWarning(job);
      case CANCELED -> jobs.setJobCanceled(job);
      case PENDING -> jobs.setJobPending(job);
    }
    return job(id);
  }

  public Settings settings() {
    return server.settings();
  }

  public Settings updateSettings(Settings updated) {
    return server.applySettings(updated);
  }

  public void putExportFile(String path, byte[] content, boolean unreadable) {
    if (unreadable) {
      server.exports().putUnreadable(path);
    } else {
      server.exports().put(path, content);
    }
  }

  public void addSession(Session session) {
    server.sessions().save(session);
  }

  /** Forgets added sessions and restores the ones this server started with. */
  public void resetSessions() {
    server.sessions().replaceAll(server.defaultSessions());
  }

  private static void setError(JobServer jobs, Job job, String error) {
    try {
      jobs.setJobError(job, error);
    } catch (AppException e) {
      if (!"jobs.set_job_error.update.error".equals(e.error().id())) {
        throw e;
      }
      throw new AdminException(
          409,
          "job "
              + job.id()
              + " is '"
              + job.status()
              + "': SetJobError with an error applies only to in_progress or cancel_requested jobs"
              + " (jobs.set_job_error.update.error)");
    }
  }

  private static AdminException notIn(Job job, String required, String verb) {
    return new AdminException(
        409, "job " + job.id() + " is '" + job.status() + "', not '" + required + "': it cannot be " + verb);
  }
}
