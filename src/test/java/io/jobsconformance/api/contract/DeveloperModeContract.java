package io.jobsconformance.api.contract;

import static io.jobsconformance.api.contract.Actor.ADMIN;
import static io.jobsconformance.api.contract.Actor.USER;
import static io.jobsconformance.api.contract.Call.get;
import static io.jobsconformance.api.contract.Call.post;
import static io.jobsconformance.api.contract.JobsPaths.JOBS;
import static io.jobsconformance.api.contract.JobsPaths.cancel;
import static io.jobsconformance.api.contract.JobsPaths.job;
import static org.assertj.core.api.Assertions.assertThat;

import io.jobsconformance.app.Settings;
import io.jobsconformance.model.Ids;
import io.jobsconformance.model.Job;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ServiceSettings.EnableDeveloper} (behaviour reference §1.1 items 6 and 7): with it on, {@code
 * handleContextError} keeps {@code detailed_error}; a permission error's detail names the user and the permission ids.
 */
public abstract class DeveloperModeContract extends JobsContract {
  private static final String USER_ID = "userId=[a-z0-9]{26}";

  @BeforeEach
  void enableDeveloperMode() {
    settings(Settings.DEFAULTS.withEnableDeveloper(true));
  }

  @Test
  void aPermissionErrorNamesTheUserAndTheMissingPermission() {
    Job job = pending("migrations");

    Expect.errorWithDetail(
        send(get(job(job.id())).as(USER)), ApiError.FORBIDDEN, Pattern.compile(USER_ID + ", permission=read_jobs"));
  }

  @Test
  void theSameUserIsNamedOnEveryRequest() {
    Job job = pending("migrations");

    String first = send(get(job(job.id())).as(USER)).json().get("detailed_error").asText();
    String second = send(post(cancel(job.id())).as(USER)).json().get("detailed_error").asText();

    assertThat(first.substring(0, 33)).isEqualTo(second.substring(0, 33));
    assertThat(second).endsWith(", permission=manage_jobs");
  }

  @Test
  void anUnfilteredListWithNoReadableTypeNamesNoPermission() {
    Expect.errorWithDetail(send(get(JOBS).as(USER)), ApiError.FORBIDDEN, Pattern.compile(USER_ID + ", permission="));
  }

  @Test
  void anAccessControlSyncCreateReportsManageSystem() {
    Expect.errorWithDetail(
        send(post(JOBS).as(Actor.MANAGER).json("{\"type\":\"access_control_sync\"}")),
        ApiError.FORBIDDEN,
        Pattern.compile(USER_ID + ", permission=manage_system"));
  }

  @Test
  void otherErrorsKeepTheirDetailToo() {
    Exchange notFound = send(get(job(Ids.newId())).as(ADMIN));
    Exchange noSession = send(get(JOBS));

    Expect.errorWithDetail(notFound, ApiError.JOB_NOT_FOUND, Pattern.compile(".+"));
    Expect.errorWithDetail(noSession, ApiError.SESSION_EXPIRED, Pattern.compile(".+"));
  }

  @Test
  void aCsrfRefusalSaysItLooksLikeACsrfAttempt() {
    Job job = pending("migrations");

    Expect.errorWithDetail(
        send(post(cancel(job.id())).header("Cookie", "MMAUTHTOKEN=admin-token")),
        ApiError.SESSION_EXPIRED,
        Pattern.compile(".*Appears to be a CSRF attempt"));
  }
}
