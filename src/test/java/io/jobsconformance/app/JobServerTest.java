package io.jobsconformance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jobsconformance.model.AppError;
import io.jobsconformance.model.Ids;
import io.jobsconformance.model.Job;
import io.jobsconformance.store.FailableJobStore;
import io.jobsconformance.store.InMemoryJobStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The job server of {@code jobs/jobs.go} (reference §1.3 4a-4c, §1.7 step 5, §3.2, §3.3): creation, cancellation and
 * the worker-side status changes, with a pinned clock so every timestamp is exact.
 */
class JobServerTest {
  private static final long CREATED = 1_000L;

  private final TestClock clock = new TestClock();
  private final FailableJobStore store = new FailableJobStore(new InMemoryJobStore());
  private final List<Job> notified = new CopyOnWriteArrayList<>();
  private JobServer jobs;

  @BeforeEach
  void setUp() {
    jobs = new JobServer(store, clock, notified::add);
  }

  private Job stored(String id, String status) {
    return stored(id, "data_retention", status);
  }

  private Job stored(String id, String type, String status) {
    Job job = new Job(id, type, 0, CREATED, 0, 0, status, 0, Map.of("keep", "me"));
    store.save(job);
    return job;
  }

  private static AppError errorOf(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(AppException.class);
    return ((AppException) thrown).error();
  }

  private static void assertAppError(AppError error, String id, int status) {
    assertThat(error.id()).isEqualTo(id);
    assertThat(error.statusCode()).isEqualTo(status);
  }

  // ---- create ----

  @Test
  void aCreatedJobIsPendingWithZeroesAndTheGivenData() {
    Job job = jobs.createJob("data_retention", Map.of("a", "1"));

    assertThat(Ids.isValidId(job.id())).isTrue();
    assertThat(job)
        .isEqualTo(new Job(job.id(), "data_retention", 0, TestClock.START, 0, 0, "pending", 0, Map.of("a", "1")));
    assertThat(store.get(job.id())).isEqualTo(job);
    assertThat(notified).containsExactly(job);
  }

  @Test
  void aCreatedJobWithoutDataKeepsDataNull() {
    Job job = jobs.createJob("ldap_sync", null);

    assertThat(job.data()).isNull();
    assertThat(store.get(job.id()).data()).isNull();
  }

  @Test
  void everyCreatedJobGetsADistinctId() {
    Job first = jobs.createJob("plugins", null);
    Job second = jobs.createJob("plugins", null);

    assertThat(first.id()).isNotEqualTo(second.id());
    assertThat(store.count()).isEqualTo(2);
  }

  /** Reference §1.3: the workers of a licensed Enterprise server at MASTER. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "migrations", "plugins", "expiry_notify", "product_notices", "import_process", "import_delete",
        "s3_path_migration", "delete_empty_drafts_migration", "delete_orphan_drafts_migration", "export_delete",
        "export_process", "active_users", "mobile_session_metadata", "resend_invitation_email", "extract_content",
        "last_accessible_post", "last_accessible_file", "post_persistent_notifications", "hosted_purchase_screening",
        "cleanup_desktop_tokens", "refresh_materialized_views", "export_users_to_csv",
        "delete_dms_preferences_migration", "upgrade_notify_admin", "trial_notify_admin",
        "install_plugin_notify_admin", "data_retention", "message_export", "elasticsearch_post_aggregation",
        "elasticsearch_post_indexing", "ldap_sync", "access_control_sync", "push_proxy_auth"
      })
  void aJobOfATypeWithARegisteredWorkerIsCreated(String type) {
    assertThat(jobs.createJob(type, null).status()).isEqualTo("pending");
    assertThat(store.getAllByTypePage(type, 0, 10)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"cloud", "cli_message_export", "", "foo", "bleve_post_indexing", "DATA_RETENTION"})
  void aJobOfATypeWithoutAWorkerIsRefusedWithInvalidJobType(String type) {
    AppError error = errorOf(() -> jobs.createJob(type, Map.of("a", "1")));

    assertAppError(error, "model.job.is_valid.type.app_error", 400);
    assertThat(error.message()).isEqualTo("Invalid job type.");
    assertThat(store.count()).isZero();
    assertThat(notified).isEmpty();
  }

  @Test
  void aStoreFailureWhileCreatingIsA500SaveError() {
    store.setFailing(true);

    AppError error = errorOf(() -> jobs.createJob("data_retention", null));

    assertAppError(error, "app.job.save.app_error", 500);
    assertThat(error.message()).isEqualTo("Unable to save the job.");
    store.setFailing(false);
    assertThat(store.count()).isZero();
    assertThat(notified).isEmpty();
  }

  // ---- get ----

  @Test
  void gettingAStoredJobReturnsIt() {
    Job job = stored("j1", "success");

    assertThat(jobs.getJob("j1")).isEqualTo(job);
  }

  @Test
  void gettingAnUnknownJobIsA404GetError() {
    AppError error = errorOf(() -> jobs.getJob("nope"));

    assertAppError(error, "app.job.get.app_error", 404);
    assertThat(error.message()).isEqualTo("Unable to get the job.");
  }

  @Test
  void aStoreFailureWhileGettingIsA500GetError() {
    stored("j1", "pending");
    store.setFailing(true);

    assertAppError(errorOf(() -> jobs.getJob("j1")), "app.job.get.app_error", 500);
  }

  // ---- request cancellation ----

  @Test
  void aPendingJobBecomesCanceledWhenCancellationIsRequested() {
    stored("j1", "pending");
    clock.advance(5);

    jobs.requestCancellation("j1");

    assertThat(store.get("j1"))
        .isEqualTo(new Job("j1", "data_retention", 0, CREATED, 0, TestClock.START + 5, "canceled", 0, Map.of("keep", "me")));
    assertThat(notified).extracting(Job::status).containsExactly("canceled");
  }

  @Test
  void anInProgressJobBecomesCancelRequestedWhenCancellationIsRequested() {
    store.save(new Job("j1", "plugins", 0, CREATED, 500, 600, "in_progress", 30, null));

    jobs.requestCancellation("j1");

    assertThat(store.get("j1"))
        .isEqualTo(new Job("j1", "plugins", 0, CREATED, 500, TestClock.START, "cancel_requested", 30, null));
    assertThat(notified).extracting(Job::status).containsExactly("cancel_requested");
  }

  @ParameterizedTest
  @ValueSource(strings = {"success", "error", "warning", "canceled", "cancel_requested", "", "foo"})
  void aJobInAnyOtherStatusCannotBeCanceled(String status) {
    Job job = stored("j1", status);

    AppError error = errorOf(() -> jobs.requestCancellation("j1"));

    assertAppError(error, "jobs.request_cancellation.status.error", 500);
    assertThat(error.message())
        .isEqualTo("Could not request cancellation for job that is not in a cancelable state.");
    assertThat(store.get("j1")).isEqualTo(job);
    assertThat(notified).isEmpty();
  }

  @Test
  void requestingCancellationOfAnUnknownJobIsTheSameNotCancelableError() {
    assertAppError(errorOf(() -> jobs.requestCancellation("nope")), "jobs.request_cancellation.status.error", 500);
  }

  @Test
  void aStoreFailureWhileCancelingIsA500UpdateError() {
    stored("j1", "pending");
    store.setFailing(true);

    AppError error = errorOf(() -> jobs.requestCancellation("j1"));

    assertAppError(error, "app.job.update.app_error", 500);
    assertThat(error.message()).isEqualTo("Unable to update the job.");
    store.setFailing(false);
    assertThat(store.get("j1").status()).isEqualTo("pending");
  }

  @ParameterizedTest
  @ValueSource(strings = {"pending", "in_progress"})
  void ofSixteenConcurrentCancellationsOfOneJobExactlyOneSucceeds(String status) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      for (int round = 0; round < 10; round++) {
        String id = "race" + round;
        stored(id, status);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
          results.add(
              pool.submit(
                  () -> {
                    start.await();
                    try {
                      jobs.requestCancellation(id);
                      return "ok";
                    } catch (AppException e) {
                      return e.error().id();
                    }
                  }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
          outcomes.add(result.get(30, TimeUnit.SECONDS));
        }

        assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.equals("ok")).containsOnly("jobs.request_cancellation.status.error");
        assertThat(store.get(id).status()).isEqualTo(status.equals("pending") ? "canceled" : "cancel_requested");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- worker side ----

  @Test
  void claimingAPendingJobMovesItToInProgressAndStampsStartAt() {
    Job job = stored("j1", "pending");
    clock.advance(7);

    Optional<Job> claimed = jobs.claimJob(job);

    long now = TestClock.START + 7;
    Job expected = new Job("j1", "data_retention", 0, CREATED, now, now, "in_progress", 0, Map.of("keep", "me"));
    assertThat(claimed).contains(expected);
    assertThat(store.get("j1")).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"in_progress", "success", "error", "warning", "canceled", "cancel_requested", ""})
  void onlyAPendingJobCanBeClaimed(String status) {
    Job job = stored("j1", status);

    assertThat(jobs.claimJob(job)).isEmpty();

    assertThat(store.get("j1")).isEqualTo(job);
  }

  @Test
  void progressIsRecordedWhileTheJobIsInProgress() {
    store.save(new Job("j1", "plugins", 0, CREATED, 500, 600, "in_progress", 0, Map.of("keep", "me")));

    assertThat(jobs.setJobProgress(store.get("j1"), 50)).isTrue();

    assertThat(store.get("j1"))
        .isEqualTo(new Job("j1", "plugins", 0, CREATED, 500, TestClock.START, "in_progress", 50, Map.of("keep", "me")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"pending", "cancel_requested", "canceled", "success", "error", "warning", ""})
  void progressIsIgnoredOnceTheJobIsNoLongerInProgress(String status) {
    Job job = stored("j1", status);

    assertThat(jobs.setJobProgress(job, 50)).isFalse();

    assertThat(store.get("j1")).isEqualTo(job);
  }

  @Test
  void updatingInProgressDataWritesTheDataWhileInProgressOnly() {
    store.save(new Job("j1", "message_export", 0, CREATED, 500, 600, "in_progress", 20, null));
    Job withData = store.get("j1").withData(Map.of("export_dir", "export/x"));

    assertThat(jobs.updateInProgressJobData(withData)).isTrue();
    assertThat(store.get("j1").data()).containsExactly(Map.entry("export_dir", "export/x"));
    assertThat(store.get("j1").lastActivityAt()).isEqualTo(TestClock.START);

    store.updateStatus("j1", "success", 1);
    assertThat(jobs.updateInProgressJobData(withData.withData(Map.of("other", "y")))).isFalse();
    assertThat(store.get("j1").data()).containsExactly(Map.entry("export_dir", "export/x"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"in_progress", "cancel_requested"})
  void anErrorWithAMessageSetsErrorProgressMinusOneAndDataError(String status) {
    Job job = new Job("j1", "plugins", 0, CREATED, 500, 600, status, 40, Map.of("keep", "me"));
    store.save(job);

    jobs.setJobError(job, "disk full");

    Job expected =
        new Job("j1", "plugins", 0, CREATED, 500, TestClock.START, "error", -1, Map.of("keep", "me", "error", "disk full"));
    assertThat(store.get("j1")).isEqualTo(expected);
    assertThat(notified).containsExactly(expected);
  }

  @Test
  void anErrorWithAMessageOnAJobWithoutDataCreatesTheDataMap() {
    Job job = new Job("j1", "plugins", 0, CREATED, 500, 600, "in_progress", 40, null);
    store.save(job);

    jobs.setJobError(job, "boom");

    assertThat(store.get("j1").data()).containsExactly(Map.entry("error", "boom"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"pending", "success", "error", "warning", "canceled", ""})
  void anErrorWithAMessageIsRefusedUnlessTheJobIsInProgressOrCancelRequested(String status) {
    Job job = stored("j1", status);

    AppError error = errorOf(() -> jobs.setJobError(job, "boom"));

    assertAppError(error, "jobs.set_job_error.update.error", 500);
    assertThat(store.get("j1")).isEqualTo(job);
  }

  @ParameterizedTest
  @ValueSource(strings = {"pending", "in_progress", "success", "warning", "canceled", "cancel_requested", ""})
  void anErrorWithoutAMessageSetsStatusErrorUnconditionally(String status) {
    Job job = new Job("j1", "plugins", 0, CREATED, 500, 600, status, 40, Map.of("keep", "me"));
    store.save(job);

    jobs.setJobError(job, null);

    assertThat(store.get("j1"))
        .isEqualTo(new Job("j1", "plugins", 0, CREATED, 500, TestClock.START, "error", 40, Map.of("keep", "me")));
  }

  static Stream<Arguments> unconditionalChangesFromEveryStatus() {
    List<Arguments> rows = new ArrayList<>();
    List<String> from = List.of("pending", "in_progress", "success", "error", "warning", "canceled", "cancel_requested", "");
    for (String target : List.of("success", "warning", "canceled", "pending")) {
      for (String status : from) {
        rows.add(Arguments.of(target, status));
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{1} -> {0}")
  @MethodSource("unconditionalChangesFromEveryStatus")
  void successWarningCanceledAndPendingAreSetUnconditionally(String target, String from) {
    Job job = new Job("j1", "plugins", 0, CREATED, 500, 600, from, 40, Map.of("keep", "me"));
    store.save(job);

    switch (target) {
      case "success" -> jobs.setJobSuccess(job);
      case "warning" -> jobs.setJobWarning(job);
      case "canceled" -> jobs.setJobCanceled(job);
      case "pending" -> jobs.setJobPending(job);
      default -> throw new IllegalArgumentException(target);
    }

    Job expected = new Job("j1", "plugins", 0, CREATED, 500, TestClock.START, target, 40, Map.of("keep", "me"));
    assertThat(store.get("j1")).isEqualTo(expected);
    assertThat(notified).containsExactly(expected);
  }

  @Test
  void anUnconditionalChangeOfAnUnknownJobDoesNothing() {
    jobs.setJobSuccess(new Job("ghost", "plugins", 0, 1, 0, 0, "in_progress", 0, null));

    assertThat(store.count()).isZero();
    assertThat(notified).isEmpty();
  }

  static Stream<Arguments> workerCallsOnAFailingStore() {
    return Stream.of(
        Arguments.of("claimJob", (Consumer<JobServer>) s -> s.claimJob(job("pending"))),
        Arguments.of("setJobProgress", (Consumer<JobServer>) s -> s.setJobProgress(job("in_progress"), 5)),
        Arguments.of("updateInProgressJobData", (Consumer<JobServer>) s -> s.updateInProgressJobData(job("in_progress"))),
        Arguments.of("setJobSuccess", (Consumer<JobServer>) s -> s.setJobSuccess(job("in_progress"))),
        Arguments.of("setJobWarning", (Consumer<JobServer>) s -> s.setJobWarning(job("in_progress"))),
        Arguments.of("setJobCanceled", (Consumer<JobServer>) s -> s.setJobCanceled(job("in_progress"))),
        Arguments.of("setJobPending", (Consumer<JobServer>) s -> s.setJobPending(job("in_progress"))),
        Arguments.of("setJobError with message", (Consumer<JobServer>) s -> s.setJobError(job("in_progress"), "x")),
        Arguments.of("setJobError without message", (Consumer<JobServer>) s -> s.setJobError(job("in_progress"), null)));
  }

  private static Job job(String status) {
    return new Job("j1", "plugins", 0, CREATED, 0, 0, status, 0, null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workerCallsOnAFailingStore")
  void aStoreFailureDuringAWorkerChangeIsA500UpdateError(String name, Consumer<JobServer> call) {
    store.setFailing(true);

    assertAppError(errorOf(() -> call.accept(jobs)), "app.job.update.app_error", 500);
  }

  @Test
  void theListenerHearsOfEveryChangeInOrder() {
    Job job = jobs.createJob("plugins", null);
    Job claimed = jobs.claimJob(job).orElseThrow();
    jobs.setJobSuccess(claimed);

    assertThat(notified).extracting(Job::status).containsExactly("pending", "in_progress", "success");
    assertThatThrownBy(() -> jobs.requestCancellation(job.id())).isInstanceOf(AppException.class);
    assertThat(notified).hasSize(3);
  }
}
