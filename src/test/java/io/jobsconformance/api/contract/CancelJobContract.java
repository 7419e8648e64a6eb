package io.jobsconformance.api.contract;

import static io.jobsconformance.api.contract.Actor.ADMIN;
import static io.jobsconformance.api.contract.Call.post;
import static io.jobsconformance.api.contract.JobsPaths.cancel;
import static org.assertj.core.api.Assertions.assertThat;

import io.jobsconformance.model.Ids;
import io.jobsconformance.model.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code POST /api/v4/jobs/{job_id}/cancel} (behaviour reference §1.7 and §3.2): the create permission guards it, and
 * {@code RequestCancellation} turns a pending job into canceled, an in-progress one into cancel_requested, and refuses
 * everything else with a 500.
 */
public abstract class CancelJobContract extends JobsContract {

  @ParameterizedTest(name = "a \"{0}\" job becomes \"{1}\"")
  @CsvSource({"pending, canceled", "in_progress, cancel_requested"})
  void aCancelableJobIsCancelledAndTheAnswerIsStatusOk(String current, String result) {
    Job job = seed(Seed.job("data_retention").status(current).lastActivityAt(1));
    long before = System.currentTimeMillis();

    Exchange r = send(post(cancel(job.id())).as(ADMIN));

    Expect.statusOk(r);
    Expect.serverHeaders(r, false);
    Job after = stored(job.id());
    assertThat(after.status()).isEqualTo(result);
    assertThat(after.lastActivityAt()).isBetween(before, System.currentTimeMillis());
    assertThat(after.withStatus(job.status(), job.lastActivityAt())).isEqualTo(job);
  }

  @ParameterizedTest(name = "a \"{0}\" job cannot be cancelled")
  @CsvSource(
      value = {"success", "error", "warning", "cancel_requested", "canceled", "''", "foo"},
      emptyValue = "")
  void anyOtherStatusIsNotCancelableAndAServerError(String current) {
    Job job = seed("data_retention", current);

    rejects(post(cancel(job.id())).as(ADMIN), ApiError.NOT_CANCELABLE);
    assertThat(stored(job.id())).isEqualTo(job);
  }

  @Test
  void cancellingUsesTheCreatePermissionSoAReadOnlyAdminIsForbidden() {
    Job job = pending("data_retention");

    rejects(post(cancel(job.id())).as(Actor.READ_ONLY_ADMIN), ApiError.FORBIDDEN);
  }

  @Test
  void aSystemManagerCancelsAnElasticsearchJob() {
    Job job = pending("elasticsearch_post_aggregation");

    Expect.statusOk(send(post(cancel(job.id())).as(Actor.MANAGER)));
    assertThat(stored(job.id()).status()).isEqualTo("canceled");
  }

  @Test
  void aTypeWithoutCreateMappingCannotBeCancelledEvenByAnAdmin() {
    Job job = pending("mobile_session_metadata");

    rejects(post(cancel(job.id())).as(ADMIN), ApiError.CREATE_INCORRECT_TYPE);
  }

  @Test
  void anUnknownJobIsNotFound() {
    rejects(post(cancel(Ids.newId())).as(ADMIN), ApiError.JOB_NOT_FOUND);
  }

  @Test
  void anInvalidIdIsAnInvalidUrlParameter() {
    rejects(post(cancel("abc")).as(ADMIN), ApiError.invalidUrlParam("job_id"));
  }

  @Test
  void theBodyIsNeverRead() {
    Job job = pending("data_retention");

    Expect.statusOk(send(post(cancel(job.id())).as(ADMIN).json("{not json at all" + " ".repeat(400_000))));
    assertThat(stored(job.id()).status()).isEqualTo("canceled");
  }
}
