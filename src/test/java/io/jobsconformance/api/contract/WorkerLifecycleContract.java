package io.jobsconformance.api.contract;

import static io.jobsconformance.api.contract.Actor.ADMIN;
import static io.jobsconformance.api.contract.Call.get;
import static io.jobsconformance.api.contract.Call.patch;
import static io.jobsconformance.api.contract.Call.post;
import static io.jobsconformance.api.contract.JobsPaths.JOBS;
import static io.jobsconformance.api.contract.JobsPaths.cancel;
import static io.jobsconformance.api.contract.JobsPaths.job;
import static io.jobsconformance.api.contract.JobsPaths.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.jobsconformance.model.Job;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A job's whole life as the public API shows it (behaviour reference §2.1 and §3.3): created through the API, moved by
 * the worker side through the control plane, and read back through the API byte for byte. {@code start_at} is set by
 * the claim, every status change moves {@code last_activity_at}, and an error sets {@code progress} to -1 and
 * {@code data.error}.
 */
public abstract class WorkerLifecycleContract extends JobsContract {

  private Job created(String type) {
    Exchange r = send(post(JOBS).as(ADMIN).json("{\"type\":\"" + type + "\",\"data\":{\"k\":\"v\"}}"));
    assertThat(r.status()).isEqualTo(201);
    return stored(r.json().get("id").asText());
  }

  private void readBack(Job expected) {
    Expect.job(send(get(job(expected.id())).as(ADMIN)), 200, expected);
  }

  @Test
  void aClaimedJobRunsReportsProgressAndSucceeds() {
    Job job = created("data_retention");
    long before = System.currentTimeMillis();

    Job claimed = api.work(job.id(), "claim", null, null);
    assertThat(claimed.status()).isEqualTo("in_progress");
    assertThat(claimed.startAt()).isBetween(before, System.currentTimeMillis());
    assertThat(claimed.lastActivityAt()).isEqualTo(claimed.startAt());
    readBack(claimed);

    Job progressed = api.work(job.id(), "progress", 50L, null);
    assertThat(progressed.progress()).isEqualTo(50);
    assertThat(progressed.status()).isEqualTo("in_progress");
    readBack(progressed);

    Job succeeded = api.work(job.id(), "success", null, null);
    assertThat(succeeded.status()).isEqualTo("success");
    assertThat(succeeded.startAt()).isEqualTo(claimed.startAt());
    assertThat(succeeded.data()).isEqualTo(Map.of("k", "v"));
    readBack(succeeded);
    Expect.jobs(send(get(JOBS + "?status=success").as(ADMIN)), List.of(succeeded));
  }

  @Test
  void aFailedJobHasProgressMinusOneAndTheErrorInItsData() {
    Job job = created("ldap_sync");
    api.work(job.id(), "claim", null, null);

    Job failed = api.work(job.id(), "error", null, "LDAP <server> unreachable & gone");

    assertThat(failed.status()).isEqualTo("error");
    assertThat(failed.progress()).isEqualTo(-1);
    assertThat(failed.data()).isEqualTo(Map.of("k", "v", "error", "LDAP <server> unreachable & gone"));
    readBack(failed);
    assertThat(send(get(job(job.id())).as(ADMIN)).text())
        .contains("\"progress\":-1,\"data\":{\"error\":\"LDAP \\u003cserver\\u003e unreachable \\u0026 gone\",\"k\":\"v\"}}");
  }

  @Test
  void aRunningJobCancelledThroughTheApiIsStoppedByItsWorker() {
    Job job = created("message_export");
    api.work(job.id(), "claim", null, null);

    Expect.statusOk(send(post(cancel(job.id())).as(ADMIN)));
    assertThat(stored(job.id()).status()).isEqualTo("cancel_requested");
    Job canceled = api.work(job.id(), "canceled", null, null);

    assertThat(canceled.status()).isEqualTo("canceled");
    readBack(canceled);
  }

  @Test
  void aStoppedWorkerPutsItsJobBackToPendingWhereItCanBeCancelledAtOnce() {
    Job job = created("elasticsearch_post_indexing");
    api.work(job.id(), "claim", null, null);

    Job pending = api.work(job.id(), "pending", null, null);
    assertThat(pending.status()).isEqualTo("pending");
    readBack(pending);

    Expect.statusOk(send(patch(status(job.id())).as(ADMIN).json("{\"status\":\"cancel_requested\"}")));
    assertThat(stored(job.id()).status()).isEqualTo("canceled");
  }

  @Test
  void aWarningIsAFinalStatusThatCannotBeCancelled() {
    Job job = created("message_export");
    api.work(job.id(), "claim", null, null);
    Job warned = api.work(job.id(), "warning", null, null);

    readBack(warned);
    rejects(post(cancel(job.id())).as(ADMIN), ApiError.NOT_CANCELABLE);
  }
}
