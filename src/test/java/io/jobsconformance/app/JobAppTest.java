package io.jobsconformance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jobsconformance.model.AppError;
import io.jobsconformance.model.Job;
import io.jobsconformance.store.FailableJobStore;
import io.jobsconformance.store.InMemoryJobStore;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The app layer of {@code app/job.go}: the three status targets of {@code UpdateJobStatus} (reference §3.2), paging
 * with Go's {@code page*perPage} overflow (§1.4 step 6), and the {@code access_control_sync} de-duplication (§1.3
 * step 4).
 */
class JobAppTest {
  private final TestClock clock = new TestClock();
  private final FailableJobStore store = new FailableJobStore(new InMemoryJobStore());
  private JobApp app;

  @BeforeEach
  void setUp() {
    app = new JobApp(store, new JobServer(store, clock, JobListener.NONE));
  }

  private Job stored(String id, String type, long createAt, String status, Map<String, String> data) {
    Job job = new Job(id, type, 0, createAt, 0, 0, status, 0, data);
    store.save(job);
    return job;
  }

  private Job stored(String id, String status) {
    return stored(id, "data_retention", 1, status, null);
  }

  private static AppError errorOf(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(AppException.class);
    return ((AppException) thrown).error();
  }

  // ---- UpdateJobStatus ----

  @ParameterizedTest(name = "{0} -> {1} gives {2}")
  @CsvSource({
    "in_progress, pending, pending",
    "success, pending, pending",
    "'', pending, pending",
    "pending, cancel_requested, canceled",
    "in_progress, cancel_requested, cancel_requested",
    "cancel_requested, canceled, canceled",
    "success, canceled, canceled",
    "error, canceled, canceled",
    "pending, canceled, canceled"
  })
  void theThreeStatusTargetsDoWhatTheJobServerDoes(String from, String target, String result) {
    Job job = stored("j1", from);

    app.updateJobStatus(job, target);

    assertThat(store.get("j1").status()).isEqualTo(result);
    assertThat(store.get("j1").lastActivityAt()).isEqualTo(TestClock.START);
  }

  @ParameterizedTest
  @ValueSource(strings = {"success", "error", "warning", "canceled", "cancel_requested", ""})
  void requestingCancelRequestedOfAJobThatCannotBeCanceledIsTheCancellationError(String from) {
    Job job = stored("j1", from);

    AppError error = errorOf(() -> app.updateJobStatus(job, "cancel_requested"));

    assertThat(error.id()).isEqualTo("jobs.request_cancellation.status.error");
    assertThat(error.statusCode()).isEqualTo(500);
    assertThat(store.get("j1")).isEqualTo(job);
  }

  @ParameterizedTest
  @ValueSource(strings = {"success", "error", "warning", "in_progress", "", "foo", "PENDING"})
  void anyOtherTargetIsA500UpdateStatusError(String target) {
    Job job = stored("j1", "in_progress");

    AppError error = errorOf(() -> app.updateJobStatus(job, target));

    assertThat(error.id()).isEqualTo("app.job.update_status.app_error");
    assertThat(error.statusCode()).isEqualTo(500);
    assertThat(error.message()).isEqualTo("Unable to update job status. Invalid status set");
    assertThat(store.get("j1")).isEqualTo(job);
  }

  @Test
  void cancelJobRequestsCancellation() {
    stored("p", "pending");
    stored("i", "in_progress");
    stored("s", "success");

    app.cancelJob("p");
    app.cancelJob("i");
    AppError error = errorOf(() -> app.cancelJob("s"));

    assertThat(store.get("p").status()).isEqualTo("canceled");
    assertThat(store.get("i").status()).isEqualTo("cancel_requested");
    assertThat(error.id()).isEqualTo("jobs.request_cancellation.status.error");
  }

  @Test
  void getJobOfAnUnknownIdIsA404() {
    AppError error = errorOf(() -> app.getJob("nope"));

    assertThat(error.id()).isEqualTo("app.job.get.app_error");
    assertThat(error.statusCode()).isEqualTo(404);
  }

  // ---- paging ----

  private void fivePluginJobs() {
    for (int i = 1; i <= 5; i++) {
      stored("j" + i, "plugins", i * 10, i % 2 == 0 ? "success" : "pending", null);
    }
  }

  @Test
  void aPageStartsAtPageTimesPerPageNewestFirst() {
    fivePluginJobs();

    assertThat(app.getJobsByTypesPage(List.of("plugins"), 0, 2)).extracting(Job::id).containsExactly("j5", "j4");
    assertThat(app.getJobsByTypesPage(List.of("plugins"), 1, 2)).extracting(Job::id).containsExactly("j3", "j2");
    assertThat(app.getJobsByTypesPage(List.of("plugins"), 2, 2)).extracting(Job::id).containsExactly("j1");
    assertThat(app.getJobsByTypePage("plugins", 1, 3)).extracting(Job::id).containsExactly("j2", "j1");
    assertThat(app.getJobsByTypesAndStatuses(List.of("plugins"), List.of("pending"), 1, 2))
        .extracting(Job::id)
        .containsExactly("j1");
  }

  @Test
  void perPageZeroGivesAnEmptyPage() {
    fivePluginJobs();

    assertThat(app.getJobsByTypesPage(List.of("plugins"), 0, 0)).isEmpty();
    assertThat(app.getJobsByTypePage("plugins", 3, 0)).isEmpty();
  }

  static Stream<Arguments> everyListQuery() {
    return Stream.of(
        Arguments.of("GetJobsByTypesPage", (PageQuery) (a, page, perPage) -> a.getJobsByTypesPage(List.of("plugins"), page, perPage)),
        Arguments.of("GetJobsByTypePage", (PageQuery) (a, page, perPage) -> a.getJobsByTypePage("plugins", page, perPage)),
        Arguments.of(
            "GetJobsByTypesAndStatuses",
            (PageQuery) (a, page, perPage) -> a.getJobsByTypesAndStatuses(List.of("plugins"), List.of("pending"), page, perPage)));
  }

  @FunctionalInterface
  interface PageQuery {
    List<Job> list(JobApp app, long page, int perPage);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyListQuery")
  void anOffsetThatOverflowsToANegativeNumberIsA500GetAllError(String name, PageQuery query) {
    fivePluginJobs();
    long page = Long.MAX_VALUE / 2;
    assertThat(page * 60).isNegative();

    AppError error = errorOf(() -> query.list(app, page, 60));

    assertThat(error.id()).isEqualTo("app.job.get_all.app_error");
    assertThat(error.statusCode()).isEqualTo(500);
    assertThat(error.message()).isEqualTo("Unable to get the jobs.");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyListQuery")
  void aHugePageThatDoesNotOverflowIsSimplyEmpty(String name, PageQuery query) {
    fivePluginJobs();

    assertThat(query.list(app, Integer.MAX_VALUE, 200)).isEmpty();
    assertThat(query.list(app, Long.MAX_VALUE / 200, 200)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyListQuery")
  void aStoreFailureWhileListingIsA500GetAllError(String name, PageQuery query) {
    fivePluginJobs();
    store.setFailing(true);

    AppError error = errorOf(() -> query.list(app, 0, 60));

    assertThat(error.id()).isEqualTo("app.job.get_all.app_error");
    assertThat(error.statusCode()).isEqualTo(500);
  }

  // ---- create ----

  @Test
  void creatingAJobUsesOnlyTypeAndData() {
    Job requested = new Job("client-id", "ldap_sync", 9, 9, 9, 9, "success", 9, Map.of("a", "1"));

    Job created = app.createJob(requested);

    assertThat(created.id()).isNotEqualTo("client-id").hasSize(26);
    assertThat(created)
        .isEqualTo(new Job(created.id(), "ldap_sync", 0, TestClock.START, 0, 0, "pending", 0, Map.of("a", "1")));
  }

  @Test
  void creatingACloudJobIsTheNoWorkerError() {
    AppError error = errorOf(() -> app.createJob(new Job("", "cloud", 0, 0, 0, 0, "", 0, null)));

    assertThat(error.id()).isEqualTo("model.job.is_valid.type.app_error");
    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(store.count()).isZero();
  }

  @Test
  void anAccessControlSyncJobCancelsThePendingAndInProgressJobsOfTheSamePolicyOnly() {
    Map<String, String> p1 = Map.of("policy_id", "p1");
    stored("pending-p1", "access_control_sync", 1, "pending", p1);
    stored("running-p1", "access_control_sync", 2, "in_progress", p1);
    stored("done-p1", "access_control_sync", 3, "success", p1);
    stored("asked-p1", "access_control_sync", 4, "cancel_requested", p1);
    stored("pending-p2", "access_control_sync", 5, "pending", Map.of("policy_id", "p2"));
    stored("running-p2", "access_control_sync", 6, "in_progress", Map.of("policy_id", "p2"));
    stored("pending-none", "access_control_sync", 7, "pending", null);
    stored("other-type-p1", "data_retention", 8, "pending", p1);
    clock.advance(3);

    Job created = app.createJob(new Job("", "access_control_sync", 0, 0, 0, 0, "", 0, p1));

    assertThat(created.status()).isEqualTo("pending");
    assertThat(created.data()).isEqualTo(p1);
    assertThat(store.get("pending-p1").status()).isEqualTo("canceled");
    assertThat(store.get("pending-p1").lastActivityAt()).isEqualTo(TestClock.START + 3);
    assertThat(store.get("running-p1").status()).isEqualTo("canceled");
    assertThat(store.get("running-p1").lastActivityAt()).isEqualTo(TestClock.START + 3);
    assertThat(store.get("done-p1").status()).isEqualTo("success");
    assertThat(store.get("asked-p1").status()).isEqualTo("cancel_requested");
    assertThat(store.get("pending-p2").status()).isEqualTo("pending");
    assertThat(store.get("running-p2").status()).isEqualTo("in_progress");
    assertThat(store.get("pending-none").status()).isEqualTo("pending");
    assertThat(store.get("other-type-p1").status()).isEqualTo("pending");
  }

  @Test
  void anAccessControlSyncJobWithoutAPolicyIdCancelsNothing() {
    stored("pending-blank", "access_control_sync", 1, "pending", Map.of("policy_id", ""));
    stored("pending-none", "access_control_sync", 2, "pending", null);

    app.createJob(new Job("", "access_control_sync", 0, 0, 0, 0, "", 0, Map.of("policy_id", "")));
    app.createJob(new Job("", "access_control_sync", 0, 0, 0, 0, "", 0, null));

    assertThat(store.get("pending-blank").status()).isEqualTo("pending");
    assertThat(store.get("pending-none").status()).isEqualTo("pending");
    assertThat(store.count()).isEqualTo(4);
  }

  @Test
  void anotherJobTypeWithAPolicyIdCancelsNothing() {
    stored("pending-p1", "access_control_sync", 1, "pending", Map.of("policy_id", "p1"));

    app.createJob(new Job("", "data_retention", 0, 0, 0, 0, "", 0, Map.of("policy_id", "p1")));

    assertThat(store.get("pending-p1").status()).isEqualTo("pending");
  }
}
