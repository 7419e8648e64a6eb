package io.jobsconformance.api.contract;

import static io.jobsconformance.api.contract.Actor.ADMIN;
import static io.jobsconformance.api.contract.Call.get;
import static io.jobsconformance.api.contract.Call.patch;
import static io.jobsconformance.api.contract.Call.post;
import static io.jobsconformance.api.contract.JobsPaths.JOBS;
import static io.jobsconformance.api.contract.JobsPaths.cancel;
import static io.jobsconformance.api.contract.JobsPaths.download;
import static io.jobsconformance.api.contract.JobsPaths.job;
import static io.jobsconformance.api.contract.JobsPaths.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.jobsconformance.app.Settings;
import io.jobsconformance.model.Job;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code MMAUTHTOKEN} cookie (behaviour reference §1.1 item 5): it wins over any header, and a cookie-authenticated
 * request other than GET needs {@code X-CSRF-Token} equal to the session's token (or the legacy {@code
 * X-Requested-With: XMLHttpRequest}, accepted while {@code ExperimentalStrictCSRFEnforcement} is off). The download
 * route trusts the requester and is a GET anyway.
 */
public abstract class CookieAuthenticationContract extends JobsContract {
  private static final String COOKIE = "Cookie";

  static Stream<Arguments> cookieWrites() {
    return Stream.of(
        Arguments.of("cancel", (Function<Job, Call>) j -> post(cancel(j.id())), "canceled"),
        Arguments.of("status change",
            (Function<Job, Call>) j -> patch(status(j.id())).json("{\"status\":\"cancel_requested\"}"),
            "canceled"));
  }

  @ParameterizedTest(name = "{0} without X-CSRF-Token")
  @MethodSource("cookieWrites")
  void aCookieAuthenticatedWriteWithoutTheCsrfHeaderIsRefused(
      String name, Function<Job, Call> write, String result) {
    Job job = seed("data_retention", "pending");

    rejects(write.apply(job).header(COOKIE, "MMAUTHTOKEN=admin-token"), ApiError.SESSION_EXPIRED);
  }

  @ParameterizedTest(name = "{0} with a wrong X-CSRF-Token")
  @MethodSource("cookieWrites")
  void aCookieAuthenticatedWriteWithAnotherSessionsCsrfTokenIsRefused(
      String name, Function<Job, Call> write, String result) {
    Job job = seed("data_retention", "pending");

    rejects(
        write.apply(job).header(COOKIE, "MMAUTHTOKEN=admin-token").header("X-CSRF-Token", "user-csrf"),
        ApiError.SESSION_EXPIRED);
  }

  @ParameterizedTest(name = "{0} with the session's X-CSRF-Token")
  @MethodSource("cookieWrites")
  void aCookieAuthenticatedWriteWithTheCsrfHeaderSucceeds(
      String name, Function<Job, Call> write, String result) {
    Job job = seed("data_retention", "pending");

    Expect.statusOk(send(write.apply(job).header(COOKIE, "MMAUTHTOKEN=admin-token").header("X-CSRF-Token",
        ADMIN.csrf())));
    assertThat(stored(job.id()).status()).isEqualTo(result);
  }

  @ParameterizedTest(name = "{0} with X-Requested-With")
  @MethodSource("cookieWrites")
  void aCookieAuthenticatedWriteFromXmlHttpRequestIsStillAccepted(
      String name, Function<Job, Call> write, String result) {
    Job job = seed("data_retention", "pending");

    Expect.statusOk(send(write.apply(job).header(COOKIE, "MMAUTHTOKEN=admin-token")
        .header("X-Requested-With", "XMLHttpRequest")));
    assertThat(stored(job.id()).status()).isEqualTo(result);
  }

  @Test
  void aCookieAuthenticatedCreateNeedsTheCsrfHeaderToo() {
    rejects(post(JOBS).header(COOKIE, "MMAUTHTOKEN=admin-token").json("{\"type\":\"migrations\"}"),
        ApiError.SESSION_EXPIRED);

    Exchange r = send(post(JOBS).header(COOKIE, "MMAUTHTOKEN=admin-token").header("X-CSRF-Token", ADMIN.csrf())
        .json("{\"type\":\"migrations\"}"));

    assertThat(r.status()).as("%s", r).isEqualTo(201);
  }

  @Test
  void aHeaderAuthenticatedWriteNeedsNoCsrfHeader() {
    Job job = seed("data_retention", "pending");

    Expect.statusOk(send(post(cancel(job.id())).header("Authorization", "Token admin-token")));
  }

  @Test
  void aCookieAuthenticatedDownloadNeedsNoCsrfHeader() {
    settings(Settings.DEFAULTS.withDownloadExportResults(true));
    Job job = seed(Seed.job("message_export").status("success").data(Map.of("is_downloadable", "true")));
    byte[] zip = {'P', 'K', 3, 4};
    api.putExportFile("export/" + job.id() + ".zip", zip, false);

    Exchange r = send(get(download(job.id())).header(COOKIE, "MMAUTHTOKEN=admin-token"));

    assertThat(r.status()).as("%s", r).isEqualTo(200);
    assertThat(r.body()).isEqualTo(zip);
  }

  @Test
  void theCookieIdentityWinsOverTheAuthorizationHeader() {
    Job job = pending("migrations");

    rejects(
        get(job(job.id())).header(COOKIE, "MMAUTHTOKEN=user-token").header("Authorization", "Bearer admin-token"),
        ApiError.FORBIDDEN);
  }

  @Test
  void aSessionAddedWithRolesGetsThoseRolesPermissions() {
    api.addSession("second-manager", "system_user system_manager", "second-csrf", false);
    Job job = pending("elasticsearch_post_indexing");

    Expect.statusOk(send(post(cancel(job.id())).header(COOKIE, "MMAUTHTOKEN=second-manager")
        .header("X-CSRF-Token", "second-csrf")));
  }
}
