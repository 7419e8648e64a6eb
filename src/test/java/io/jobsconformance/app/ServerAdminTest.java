package io.jobsconformance.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jobsconformance.model.Ids;
import io.jobsconformance.model.Job;
import io.jobsconformance.model.Role;
import io.jobsconformance.model.Session;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The control plane: seeding stores any job verbatim within the real schema's column sizes (reference §2.4 "the store
 * does not validate"), worker actions go through the job server's lifecycle rules, and reset restores a clean server.
 */
class ServerAdminTest {
  private static final Session ADMIN =
      new Session("admin-token", "admin", "system_user system_admin", Role.SYSTEM_ADMIN.permissions(), "c", false);

  private final TestClock clock = new TestClock();
  private Server server;
  private ServerAdmin admin;

  @BeforeEach
  void setUp() {
    server = new Server(clock, Settings.DEFAULTS, List.of(ADMIN));
    admin = server.admin();
  }

  private static JobSeed seed(String id, String type, String status) {
    return new JobSeed(id, type, null, null, null, null, status, null, null);
  }

  private static int statusOf(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(AdminException.class);
    return ((AdminException) thrown).status();
  }

  // ---- seeding ----

  @Test
  void aSeedWithNoFieldsGetsAGeneratedIdCreateAtNowStatusPendingAndZeroes() {
    Job job = admin.seed(new JobSeed(null, null, null, null, null, null, null, null, null));

    assertThat(Ids.isValidId(job.id())).isTrue();
    assertThat(job).isEqualTo(new Job(job.id(), "", 0, TestClock.START, 0, 0, "pending", 0, null));
    assertThat(admin.job(job.id())).isEqualTo(job);
  }

  @Test
  void everyGivenFieldIsStoredVerbatim() {
    JobSeed seed =
        new JobSeed("abcdefghijklmnopqrstuvwxyz", "export_users_to_csv", 3L, 5L, 7L, 11L, "warning", -1L, Map.of("k", "v"));

    Job job = admin.seed(seed);

    assertThat(job)
        .isEqualTo(
            new Job("abcdefghijklmnopqrstuvwxyz", "export_users_to_csv", 3, 5, 7, 11, "warning", -1, Map.of("k", "v")));
    assertThat(admin.job("abcdefghijklmnopqrstuvwxyz")).isEqualTo(job);
  }

  @Test
  void anEmptyStatusAnArbitraryTypeAndCreateAtZeroAreKeptAsTheRealStoreKeepsThem() {
    Job job = admin.seed(new JobSeed("x1", "Some-Random_type", null, 0L, null, null, "", null, Map.of()));

    assertThat(job.status()).isEmpty();
    assertThat(job.type()).isEqualTo("Some-Random_type");
    assertThat(job.createAt()).isZero();
    assertThat(job.data()).isEmpty();
    assertThat(admin.job("x1")).isEqualTo(job);
  }

  @Test
  void seedingAnIdTwiceIsA409AndKeepsTheFirst() {
    Job first = admin.seed(seed("same", "plugins", "success"));

    assertThat(statusOf(() -> admin.seed(seed("same", "ldap_sync", "pending")))).isEqualTo(409);

    assertThat(admin.job("same")).isEqualTo(first);
    assertThat(admin.jobCount()).isEqualTo(1);
  }

  @Test
  void anIdLongerThanTwentySixCharactersIsA400() {
    Throwable thrown = catchThrowable(() -> admin.seed(seed("a".repeat(27), "plugins", null)));

    assertThat(thrown).isInstanceOf(AdminException.class).hasMessageContaining("26");
    assertThat(((AdminException) thrown).status()).isEqualTo(400);
    assertThat(admin.jobCount()).isZero();
  }

  @Test
  void anEmptyIdIsA400() {
    assertThat(statusOf(() -> admin.seed(seed("", "plugins", null)))).isEqualTo(400);
  }

  @Test
  void anIdOfExactlyTwentySixCharactersAndTypeAndStatusOfThirtyTwoAreAccepted() {
    Job job = admin.seed(seed("b".repeat(26), "t".repeat(32), "s".repeat(32)));

    assertThat(job.type()).hasSize(32);
    assertThat(job.status()).hasSize(32);
  }

  @Test
  void aTypeOrStatusLongerThanThirtyTwoCharactersIsA400() {
    assertThat(statusOf(() -> admin.seed(seed("t1", "t".repeat(33), null)))).isEqualTo(400);
    assertThat(statusOf(() -> admin.seed(seed("t2", "plugins", "s".repeat(33))))).isEqualTo(400);
    assertThat(admin.jobCount()).isZero();
  }

  @Test
  void seedAllStoresEveryJobWithOneCreateAt() {
    int count = admin.seedAll(List.of(seed("a", "plugins", null), seed("b", "ldap_sync", "success")));

    assertThat(count).isEqualTo(2);
    assertThat(admin.job("a").createAt()).isEqualTo(TestClock.START);
    assertThat(admin.job("b").status()).isEqualTo("success");
  }

  @Test
  void seedAllIsAllOrNothing() {
    admin.seed(seed("a", "plugins", null));

    assertThat(statusOf(() -> admin.seedAll(List.of(seed("b", "plugins", null), seed("a", "plugins", null)))))
        .isEqualTo(409);
    assertThat(statusOf(() -> admin.seedAll(List.of(seed("c", "plugins", null), seed("d", "x".repeat(40), null)))))
        .isEqualTo(400);

    assertThat(admin.jobCount()).isEqualTo(1);
  }

  @Test
  void anUnknownJobIsA404() {
    assertThat(statusOf(() -> admin.job("nope"))).isEqualTo(404);
  }

  // ---- worker actions ----

  @Test
  void claimMovesAPendingJobToInProgressStampingStartAt() {
    admin.seed(seed("j1", "data_retention", "pending"));
    clock.advance(10);

    Job job = admin.work("j1", WorkerAction.CLAIM, null, null);

    assertThat(job.status()).isEqualTo("in_progress");
    assertThat(job.startAt()).isEqualTo(TestClock.START + 10);
    assertThat(job.lastActivityAt()).isEqualTo(TestClock.START + 10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"in_progress", "success", "canceled", ""})
  void claimingAJobThatIsNotPendingIsA409(String status) {
    admin.seed(seed("j1", "data_retention", status));

    Throwable thrown = catchThrowable(() -> admin.work("j1", WorkerAction.CLAIM, null, null));

    assertThat(thrown).isInstanceOf(AdminException.class).hasMessageContaining("pending");
    assertThat(((AdminException) thrown).status()).isEqualTo(409);
    assertThat(admin.job("j1").status()).isEqualTo(status);
  }

  @Test
  void progressIsRecordedOnAnInProgressJob() {
    admin.seed(seed("j1", "data_retention", "in_progress"));

    Job job = admin.work("j1", WorkerAction.PROGRESS, 50L, null);

    assertThat(job.progress()).isEqualTo(50);
    assertThat(job.status()).isEqualTo("in_progress");
  }

  @ParameterizedTest
  @ValueSource(strings = {"pending", "cancel_requested", "success"})
  void progressOnAJobThatIsNotInProgressIsA409(String status) {
    admin.seed(seed("j1", "data_retention", status));

    assertThat(statusOf(() -> admin.work("j1", WorkerAction.PROGRESS, 50L, null))).isEqualTo(409);
    assertThat(admin.job("j1").progress()).isZero();
  }

  @Test
  void progressWithoutANumberIsA400() {
    admin.seed(seed("j1", "data_retention", "in_progress"));

    assertThat(statusOf(() -> admin.work("j1", WorkerAction.PROGRESS, null, null))).isEqualTo(400);
  }

  @Test
  void anErrorWithAMessageOnAnInProgressJobSetsErrorMinusOneAndDataError() {
    admin.seed(seed("j1", "data_retention", "in_progress"));

    Job job = admin.work("j1", WorkerAction.ERROR, null, "disk full");

    assertThat(job.status()).isEqualTo("error");
    assertThat(job.progress()).isEqualTo(-1);
    assertThat(job.data()).containsEntry("error", "disk full");
  }

  @Test
  void anErrorWithAMessageOnASuccessJobIsA409() {
    admin.seed(seed("j1", "data_retention", "success"));

    Throwable thrown = catchThrowable(() -> admin.work("j1", WorkerAction.ERROR, null, "boom"));

    assertThat(thrown).isInstanceOf(AdminException.class).hasMessageContaining("jobs.set_job_error.update.error");
    assertThat(((AdminException) thrown).status()).isEqualTo(409);
    assertThat(admin.job("j1").status()).isEqualTo("success");
  }

  @Test
  void anErrorWithoutAMessageOnASuccessJobSetsErrorUnconditionally() {
    admin.seed(seed("j1", "data_retention", "success"));

    Job job = admin.work("j1", WorkerAction.ERROR, null, null);

    assertThat(job.status()).isEqualTo("error");
    assertThat(job.progress()).isZero();
    assertThat(job.data()).isNull();
  }

  @ParameterizedTest
  @EnumSource(value = WorkerAction.class, names = {"SUCCESS", "WARNING", "CANCELED", "PENDING"})
  void successWarningCanceledAndPendingApplyFromAnyStatus(WorkerAction action) {
    admin.seed(seed("j1", "data_retention", "error"));
    admin.seed(seed("j2", "data_retention", ""));

    String expected = action.name().toLowerCase(Locale.ROOT);
    assertThat(admin.work("j1", action, null, null).status()).isEqualTo(expected);
    assertThat(admin.work("j2", action, null, null).status()).isEqualTo(expected);
    assertThat(admin.job("j1").lastActivityAt()).isEqualTo(TestClock.START);
  }

  @ParameterizedTest
  @EnumSource(WorkerAction.class)
  void everyActionOnAnUnknownJobIsA404(WorkerAction action) {
    assertThat(statusOf(() -> admin.work("nope", action, 5L, "x"))).isEqualTo(404);
  }

  @Test
  void workerActionsAreNamedInLowerCaseAndAnUnknownOneIsA400ListingTheKnown() {
    assertThat(WorkerAction.fromName("claim")).isEqualTo(WorkerAction.CLAIM);
    assertThat(WorkerAction.fromName("canceled")).isEqualTo(WorkerAction.CANCELED);

    Throwable thrown = catchThrowable(() -> WorkerAction.fromName("explode"));

    assertThat(thrown)
        .isInstanceOf(AdminException.class)
        .hasMessageContaining("explode")
        .hasMessageContaining("claim, progress, success, error, warning, canceled, pending");
    assertThat(((AdminException) thrown).status()).isEqualTo(400);
    assertThat(statusOf(() -> WorkerAction.fromName("CLAIM"))).isEqualTo(400);
  }

  // ---- settings, files, sessions, reset ----

  @Test
  void switchingOnStoreFailureMakesTheAppFailWithA500UntilSwitchedOff() {
    admin.seed(seed("j1", "plugins", null));

    admin.updateSettings(Settings.DEFAULTS.withStoreFailure(true));
    Throwable thrown = catchThrowable(() -> server.app().getJob("j1"));

    assertThat(((AppException) thrown).error().id()).isEqualTo("app.job.get.app_error");
    assertThat(((AppException) thrown).error().statusCode()).isEqualTo(500);
    admin.updateSettings(Settings.DEFAULTS);
    assertThat(server.app().getJob("j1").id()).isEqualTo("j1");
  }

  @Test
  void resetRemovesJobsAndExportFilesAndRestoresTheStartingSettings() {
    admin.seed(seed("j1", "plugins", null));
    admin.putExportFile("export/j1.zip", "zip".getBytes(UTF_8), false);
    admin.updateSettings(new Settings(true, true, true));

    admin.reset();

    assertThat(admin.jobCount()).isZero();
    assertThat(server.exportArchive().readFile("export/j1.zip")).isEmpty();
    assertThat(admin.settings()).isEqualTo(Settings.DEFAULTS);
    assertThat(server.settings()).isEqualTo(Settings.DEFAULTS);
    admin.seed(seed("j1", "plugins", null));
    assertThat(admin.jobCount()).isEqualTo(1);
  }

  @Test
  void anExportFileIsStoredReadableOrUnreadable() {
    admin.putExportFile("export/a.csv", "a".getBytes(UTF_8), false);
    admin.putExportFile("export/b.csv", null, true);

    assertThat(server.exportArchive().readFile("export/a.csv")).hasValueSatisfying(b -> assertThat(b).isEqualTo("a".getBytes(UTF_8)));
    assertThatThrownBy(() -> server.exportArchive().readFile("export/b.csv"))
        .isInstanceOf(ExportArchive.ReadFailure.class);
  }

  @Test
  void anAddedSessionIsKnownUntilSessionsAreReset() {
    Session extra = Sessions.withRoles("extra-token", "system_user", null, false);

    admin.addSession(extra);
    assertThat(server.sessions().get("extra-token")).contains(extra);

    admin.resetSessions();
    assertThat(server.sessions().get("extra-token")).isEmpty();
    assertThat(server.sessions().get("admin-token")).contains(ADMIN);
  }
}
