package io.jobsconformance.api.contract;

import static io.jobsconformance.api.contract.Call.get;
import static io.jobsconformance.api.contract.Call.patch;
import static io.jobsconformance.api.contract.Call.post;
import static io.jobsconformance.api.contract.JobsPaths.JOBS;
import static io.jobsconformance.api.contract.JobsPaths.cancel;
import static io.jobsconformance.api.contract.JobsPaths.download;
import static io.jobsconformance.api.contract.JobsPaths.job;
import static io.jobsconformance.api.contract.JobsPaths.status;

import io.jobsconformance.model.Job;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who is calling (behaviour reference §1.1 item 5): {@code app.ParseAuthTokenFromRequest} looks at the
 * {@code MMAUTHTOKEN} cookie first, then {@code Authorization: Bearer} (any case), {@code Authorization: Token}, then
 * {@code ?access_token=} (OAuth sessions only). The cookie's CSRF rules are {@link CookieAuthenticationContract}'s.
 */
public abstract class AuthenticationContract extends JobsContract {
  private static final String COOKIE = "Cookie";

  private static Arguments credential(String name, UnaryOperator<Call> credential) {
    return Arguments.of(name, credential);
  }

  static Stream<Arguments> acceptedCredentials() {
    return Stream.of(
        credential("Authorization: Bearer", c -> c.header("Authorization", "Bearer admin-token")),
        credential("Authorization: bearer", c -> c.header("Authorization", "bearer admin-token")),
        credential("Authorization: BEARER", c -> c.header("Authorization", "BEARER admin-token")),
        credential("Authorization: Token", c -> c.header("Authorization", "Token admin-token")),
        credential("Authorization: TOKEN", c -> c.header("Authorization", "TOKEN admin-token")),
        credential("MMAUTHTOKEN cookie", c -> c.header(COOKIE, "MMAUTHTOKEN=admin-token")),
        credential("MMAUTHTOKEN among other cookies", c -> c.header(COOKIE, "a=b; MMAUTHTOKEN=admin-token; c=d")),
        credential("OAuth session in Bearer", c -> c.header("Authorization", "Bearer oauth-admin-token")),
        credential("OAuth session in access_token", c -> withQuery(c, "access_token=oauth-admin-token")));
  }

  static Stream<Arguments> rejectedCredentials() {
    return Stream.of(
        Arguments.of("no credential", (UnaryOperator<Call>) c -> c, ApiError.SESSION_EXPIRED),
        Arguments.of("unknown Bearer token", bearer("Bearer nope"), ApiError.SESSION_EXPIRED),
        Arguments.of("Bearer without a token", bearer("Bearer "), ApiError.SESSION_EXPIRED),
        Arguments.of("the word Bearer alone", bearer("Bearer"), ApiError.SESSION_EXPIRED),
        Arguments.of("Basic scheme", bearer("Basic YWRtaW46YWRtaW4="), ApiError.SESSION_EXPIRED),
        Arguments.of("token without scheme", bearer("admin-token"), ApiError.SESSION_EXPIRED),
        Arguments.of("Bearer with two spaces", bearer("Bearer  admin-token"), ApiError.SESSION_EXPIRED),
        Arguments.of("unknown cookie token", cookie("MMAUTHTOKEN=nope"), ApiError.SESSION_EXPIRED),
        Arguments.of("non-OAuth access_token", query("access_token=admin-token"), ApiError.TOKEN_IN_QUERY),
        Arguments.of("unknown access_token", query("access_token=nope"), ApiError.SESSION_EXPIRED),
        Arguments.of(
            "empty cookie wins over a valid Bearer",
            (UnaryOperator<Call>) c -> c.header(COOKIE, "MMAUTHTOKEN=").header("Authorization", "Bearer admin-token"),
            ApiError.SESSION_EXPIRED),
        Arguments.of(
            "unknown cookie wins over a valid Bearer",
            (UnaryOperator<Call>)
                c -> c.header(COOKIE, "MMAUTHTOKEN=nope").header("Authorization", "Bearer admin-token"),
            ApiError.SESSION_EXPIRED),
        Arguments.of(
            "invalid Bearer wins over a valid access_token",
            (UnaryOperator<Call>) c -> withQuery(c.header("Authorization", "Bearer nope"),
                "access_token=oauth-admin-token"),
            ApiError.SESSION_EXPIRED));
  }

  private static UnaryOperator<Call> bearer(String authorization) {
    return c -> c.header("Authorization", authorization);
  }

  private static UnaryOperator<Call> cookie(String cookie) {
    return c -> c.header(COOKIE, cookie);
  }

  private static UnaryOperator<Call> query(String query) {
    return c -> withQuery(c, query);
  }

  private static Call withQuery(Call c, String query) {
    return new Call(c.method(), c.rawPath(), c.rawQuery().isEmpty() ? query : c.rawQuery() + "&" + query,
        c.headers(), c.body());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedCredentials")
  void theseCredentialsAuthenticateARead(String name, UnaryOperator<Call> credential) {
    Job job = pending("migrations");

    Expect.job(send(credential.apply(get(job(job.id())))), 200, job);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedCredentials")
  void theseCredentialsAreRefused(String name, UnaryOperator<Call> credential, ApiError expected) {
    Job job = pending("migrations");

    rejects(credential.apply(get(job(job.id()))), expected);
  }

  @Test
  void everyEndpointRequiresASession() {
    Job job = pending("migrations");

    rejects(get(JOBS), ApiError.SESSION_EXPIRED);
    rejects(post(JOBS).json("{\"type\":\"migrations\"}"), ApiError.SESSION_EXPIRED);
    rejects(get(job(job.id())), ApiError.SESSION_EXPIRED);
    rejects(get(download(job.id())), ApiError.SESSION_EXPIRED);
    rejects(post(cancel(job.id())), ApiError.SESSION_EXPIRED);
    rejects(get(JobsPaths.byType("migrations")), ApiError.SESSION_EXPIRED);
    rejects(patch(status(job.id())).json("{\"status\":\"canceled\"}"), ApiError.SESSION_EXPIRED);
  }

  @Test
  void aSessionAddedThroughTheControlPlaneWorksWithItsPermissions() {
    api.addSessionWithPermissions("reader-token", List.of("read_data_retention_job"));
    Job readable = pending("data_retention");
    Job other = pending("migrations");

    Expect.job(send(get(job(readable.id())).bearer("reader-token")), 200, readable);
    rejects(get(job(other.id())).bearer("reader-token"), ApiError.FORBIDDEN);
  }

}
