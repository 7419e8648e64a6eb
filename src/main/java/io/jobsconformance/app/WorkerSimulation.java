package io.jobsconformance.app;

import io.jobsconformance.model.Job;
import io.jobsconformance.model.JobStatus;
import io.jobsconformance.model.JobType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Plays the real job server's workers: a pending job of a type with a worker is claimed after one step, advances to
 * 50% and 100%, then succeeds ({@code SimpleWorker}); a {@code message_export} job also leaves a downloadable export.
 * A cancel_requested job is canceled one step later, as the {@code CancellationWatcher} does. Every step goes through
 * the job server's optimistic updates, so API calls made in between win or lose exactly as against a real server.
 * The job history records these steps with the cause {@value ChangeCause#WORKER_SIMULATION}.
 */
public final class WorkerSimulation {
  private final ScheduledExecutorService scheduler;
  private final long stepMillis;

  public WorkerSimulation(ScheduledExecutorService scheduler, Duration step) {
    this.scheduler = scheduler;
    this.stepMillis = step.toMillis();
  }

  JobListener attach(Server server) {
    return job -> {
      if (JobStatus.PENDING.equals(job.status()) && Workers.hasWorker(job.type())) {
        later(() -> claim(server, job.id()));
      } else if (JobStatus.CANCEL_REQUESTED.equals(job.status())) {
        later(
            () ->
                whenStatus(
                    server, job.id(), JobStatus.CANCEL_REQUESTED, j -> server.jobServer().setJobCanceled(j)));
      }
    };
  }

  private void claim(Server server, String id) {
    whenStatus(
        server,
        id,
        JobStatus.PENDING,
        job -> server.jobServer().claimJob(job).ifPresent(claimed -> later(() -> advance(server, id, 50))));
  }

  private void advance(Server server, String id, long progress) {
    whenStatus(
        server,
        id,
        JobStatus.IN_PROGRESS,
        job -> {
          if (!server.jobServer().setJobProgress(job, progress)) {
            return;
          }
          Runnable next = progress < 100 ? () -> advance(server, id, 100) : () -> finish(server, id);
          later(next);
        });
  }

  private void finish(Server server, String id) {
    whenStatus(
        server,
        id,
        JobStatus.IN_PROGRESS,
        job -> {
          Job done = JobType.MESSAGE_EXPORT.equals(job.type()) ? withExport(server, job) : job;
          if (done == job || server.jobServer().updateInProgressJobData(done)) {
            server.jobServer().setJobSuccess(done);
          }
        });
  }

  /** A message export leaves a directory under {@code export/} and points {@code data.export_dir} at it. */
  private static Job withExport(Server server, Job job) {
    String dir = "export/" + job.id();
    String csv = "job_id,create_at\n" + job.id() + "," + job.createAt() + "\n";
    server.admin().putExportFile(dir + "/export.csv", csv.getBytes(StandardCharsets.UTF_8), false);
    Map<String, String> data = job.data() == null ? new HashMap<>() : new HashMap<>(job.data());
    data.put("is_downloadable", "true");
    data.put("export_dir", dir);
    return job.withData(data);
  }

  private static void whenStatus(
      Server server, String id, String status, Consumer<Job> action) {
    try {
      Job job = server.jobServer().getJob(id);
      if (status.equals(job.status())) {
        action.accept(job);
      }
    } catch (AppException gone) {
      // the job was deleted (namespace reset) or the store is switched to failing: the worker gives up, as a real
      // worker does on a store error
    }
  }

  private void later(Runnable step) {
    scheduler.schedule(
        () -> ChangeCause.run(ChangeCause.WORKER_SIMULATION, step), stepMillis, TimeUnit.MILLISECONDS);
  }
}
