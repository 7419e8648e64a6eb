package io.jobsconformance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import io.jobsconformance.model.Job;
import io.jobsconformance.model.Role;
import io.jobsconformance.model.Session;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mock's job history: off by default, then every change the job server makes is one entry with the status and
 * progress it left and the cause of the thread that made it; bounded per job; forgotten on reset and when switched
 * off; and in store order even when threads race on one job.
 */
class JobHistoryTest {
  private static final Session ADMIN =
      new Session("admin-token", "admin", "system_user system_admin", Role.SYSTEM_ADMIN.permissions(), "c", false);

  private final TestClock clock = new TestClock();
  private Server server;

  @BeforeEach
  void setUp() {
    server = new Server(clock, Settings.DEFAULTS, List.of(ADMIN));
  }

  private void recordHistory() {
    server.admin().updateSettings(server.settings().withRecordHistory(true));
  }

  private static JobSeed seed(String id, String status) {
    return new JobSeed(id, "data_retention", null, null, null, null, status, null, null);
  }

  private List<String> statuses(String id) {
    return server.admin().history(id).stream().map(JobChange::status).toList();
  }

  @Test
  void recordingIsOffByDefaultAndAskingForAHistoryThenIsAConflict() {
    Job job = server.admin().seed(seed(null, "pending"));

    Throwable thrown = catchThrowable(() -> server.admin().history(job.id()));

    assertThat(Settings.DEFAULTS.recordHistory()).isFalse();
    assertThat(thrown).isInstanceOf(AdminException.class).hasMessageContaining("\"record_history\": true");
    assertThat(((AdminException) thrown).status()).isEqualTo(409);
    assertThat(server.history().entries(job.id())).isEmpty();
  }

  @Test
  void anUnknownJobHasNoHistory() {
    recordHistory();

    Throwable thrown = catchThrowable(() -> server.admin().history("nosuchjob"));

    assertThat(((AdminException) thrown).status()).isEqualTo(404);
  }

  @Test
  void eachChangeIsOneEntryWithTheTimeStatusProgressAndCause() {
    recordHistory();
    Job created = ChangeCause.with("request-1", () -> server.app().createJob(job("data_retention")));
    clock.advance(10);
    ChangeCause.run("request-2", () -> server.app().cancelJob(created.id()));

    assertThat(server.admin().history(created.id()))
        .containsExactly(
            new JobChange(TestClock.START, "pending", 0, "request-1"),
            new JobChange(TestClock.START + 10, "canceled", 0, "request-2"));
  }

  @Test
  void workerActionsAndSeedsAreCausedByTheAdminAndCodeWithoutACauseByUnknown() {
    recordHistory();
    Job job = server.admin().seed(seed("j1", "pending"));
    server.admin().work(job.id(), WorkerAction.CLAIM, null, null);
    server.admin().work(job.id(), WorkerAction.PROGRESS, 40L, null);
    server.admin().work(job.id(), WorkerAction.ERROR, null, "disk full");
    server.jobServer().setJobPending(server.app().getJob("j1"));

    assertThat(server.admin().history("j1"))
        .extracting(JobChange::status, JobChange::progress, JobChange::cause)
        .containsExactly(
            tuple("pending", 0L, "admin"),
            tuple("in_progress", 0L, "admin"),
            tuple("in_progress", 40L, "admin"),
            tuple("error", -1L, "admin"),
            tuple("pending", -1L, "unknown"));
  }

  @Test
  void aChangeThatDidNotApplyLeavesNoEntry() {
    recordHistory();
    server.admin().seed(seed("j1", "success"));

    catchThrowable(() -> server.app().cancelJob("j1"));
    catchThrowable(() -> server.admin().work("j1", WorkerAction.CLAIM, null, null));
    catchThrowable(() -> server.admin().work("j1", WorkerAction.PROGRESS, 5L, null));
    catchThrowable(() -> server.admin().work("j1", WorkerAction.ERROR, null, "x"));

    assertThat(statuses("j1")).containsExactly("success");
  }

  @Test
  void bulkSeedsAreRecordedToo() {
    recordHistory();
    server.admin().seedAll(List.of(seed("a1", "pending"), seed("a2", "in_progress")));

    assertThat(statuses("a1")).containsExactly("pending");
    assertThat(server.admin().history("a2")).containsExactly(new JobChange(TestClock.START, "in_progress", 0, "admin"));
  }

  @Test
  void aJobStoredBeforeRecordingStartsHasOnlyTheLaterChanges() {
    server.admin().seed(seed("j1", "pending"));
    recordHistory();

    server.app().cancelJob("j1");

    assertThat(statuses("j1")).containsExactly("canceled");
  }

  @Test
  void theOldestEntriesAreDroppedBeyondTheBound() {
    recordHistory();
    Job job = server.admin().seed(seed("j1", "in_progress"));
    for (int i = 1; i <= JobHistory.MAX_ENTRIES + 5; i++) {
      server.jobServer().setJobProgress(job, i);
    }

    List<JobChange> history = server.admin().history("j1");

    assertThat(history).hasSize(JobHistory.MAX_ENTRIES);
    assertThat(history.get(0).progress()).isEqualTo(6);
    assertThat(history.get(history.size() - 1).progress()).isEqualTo(JobHistory.MAX_ENTRIES + 5);
  }

  @Test
  void resetAndSwitchingRecordingOffForgetTheHistory() {
    recordHistory();
    server.admin().seed(seed("j1", "pending"));
    server.admin().updateSettings(server.settings().withRecordHistory(false));
    recordHistory();
    assertThat(statuses("j1")).isEmpty();

    server.app().cancelJob("j1");
    server.admin().reset();
    recordHistory();
    server.admin().seed(seed("j1", "pending"));

    assertThat(statuses("j1")).containsExactly("pending");
    assertThat(server.settings().recordHistory()).isTrue();
  }

  @Test
  void theWorkerSimulationIsTheCauseOfItsSteps() throws Exception {
    var scheduler = Executors.newSingleThreadScheduledExecutor();
    Server simulated = new Server(Clock.SYSTEM, Settings.DEFAULTS.withRecordHistory(true), List.of(ADMIN));
    simulated.simulateWorkers(new WorkerSimulation(scheduler, Duration.ofMillis(5)));
    try {
      Job job = ChangeCause.with("request-1", () -> simulated.app().createJob(job("active_users")));
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (!"success".equals(simulated.app().getJob(job.id()).status()) && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }

      assertThat(simulated.admin().history(job.id()))
          .extracting(JobChange::status, JobChange::progress, JobChange::cause)
          .containsExactly(
              tuple("pending", 0L, "request-1"),
              tuple("in_progress", 0L, "worker-simulation"),
              tuple("in_progress", 50L, "worker-simulation"),
              tuple("in_progress", 100L, "worker-simulation"),
              tuple("success", 100L, "worker-simulation"));
    } finally {
      scheduler.shutdownNow();
      assertThat(scheduler.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void racingChangesAreRecordedInTheOrderTheStoreAppliedThem() throws Exception {
    recordHistory();
    server.admin().seed(seed("j1", "pending"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> runs =
          IntStream.range(0, 8)
              .<Future<?>>mapToObj(
                  t ->
                      pool.submit(
                          () -> {
                            for (int i = 0; i < 200; i++) {
                              Job now = server.app().getJob("j1");
                              server.jobServer().claimJob(now);
                              server.jobServer().setJobProgress(now, i);
                              server.jobServer().setJobPending(now);
                            }
                          }))
              .toList();
      for (Future<?> run : runs) {
        run.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    List<String> statuses = statuses("j1");
    for (int i = 1; i < statuses.size(); i++) {
      if (statuses.get(i).equals("in_progress")) {
        // claim needs pending before it, progress needs in_progress: anything else is an entry out of store order
        assertThat(statuses.get(i - 1)).as("entry %d of %s", i, statuses).isIn("pending", "in_progress");
      }
    }
    assertThat(statuses.get(statuses.size() - 1)).isEqualTo(server.app().getJob("j1").status());
  }

  private static Job job(String type) {
    return new Job("", type, 0, 0, 0, 0, "", 0, Map.of());
  }
}
