package io.jobsconformance.api.contract;

import static io.jobsconformance.api.contract.Actor.ADMIN;
import static io.jobsconformance.api.contract.Call.get;
import static io.jobsconformance.api.contract.JobsPaths.JOBS;
import static io.jobsconformance.api.contract.JobsPaths.job;
import static org.assertj.core.api.Assertions.assertThat;

import io.jobsconformance.model.Job;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Routing and what {@code web/handlers.go} does around every handler (behaviour reference §1.0 and §1.1 items 1, 2
 * and 4): gorilla/mux tries the seven routes in registration order and sends every miss, wrong methods included, to
 * {@code Handle404}; the URL length is checked before authentication; the common headers are set on every handled
 * request.
 */
public abstract class RoutingContract extends JobsContract {
  private static final String ID = "ybndrfg8ejkmcpqxot1uwisza3";
  private static final String NON_ASCII_ID = "%C3%A9".repeat(26);

  static Stream<Arguments> routeMisses() {
    return Stream.of(
        Arguments.of("GET", "/api/v4/jobs/", "/api/v4/jobs/"),
        Arguments.of("POST", "/api/v4/jobs/", "/api/v4/jobs/"),
        Arguments.of("GET", "/api/v4/jobs/type/", "/api/v4/jobs/type/"),
        Arguments.of("DELETE", "/api/v4/jobs/" + ID, "/api/v4/jobs/" + ID),
        Arguments.of("PUT", "/api/v4/jobs", "/api/v4/jobs"),
        Arguments.of("DELETE", "/api/v4/jobs", "/api/v4/jobs"),
        Arguments.of("PATCH", "/api/v4/jobs", "/api/v4/jobs"),
        Arguments.of("POST", "/api/v4/jobs/" + ID, "/api/v4/jobs/" + ID),
        Arguments.of("PUT", "/api/v4/jobs/" + ID, "/api/v4/jobs/" + ID),
        Arguments.of("GET", "/api/v4/jobs/" + ID + "/cancel", "/api/v4/jobs/" + ID + "/cancel"),
        Arguments.of("GET", "/api/v4/jobs/" + ID + "/status", "/api/v4/jobs/" + ID + "/status"),
        Arguments.of("POST", "/api/v4/jobs/" + ID + "/status", "/api/v4/jobs/" + ID + "/status"),
        Arguments.of("POST", "/api/v4/jobs/" + ID + "/download", "/api/v4/jobs/" + ID + "/download"),
        Arguments.of("GET", "/api/v4/jobs/" + ID + "/", "/api/v4/jobs/" + ID + "/"),
        Arguments.of("GET", "/api/v4/jobs/" + ID + "/other", "/api/v4/jobs/" + ID + "/other"),
        Arguments.of("GET", "/api/v4/jobs/type/a.b", "/api/v4/jobs/type/a.b"),
        Arguments.of("GET", "/api/v4/jobs/type/a/b", "/api/v4/jobs/type/a/b"),
        Arguments.of("POST", "/api/v4/jobs/type/ldap_sync", "/api/v4/jobs/type/ldap_sync"),
        Arguments.of("GET", "/api/v4/jobs/my_job_id", "/api/v4/jobs/my_job_id"),
        Arguments.of("GET", "/api/v4/jobs/" + NON_ASCII_ID, "/api/v4/jobs/" + "é".repeat(26)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("routeMisses")
  void aPathOrMethodNoRouteMatchesIsThe404OfHandle404WithoutRequestId(String method, String path, String decoded) {
    pending("migrations");
    Snapshot before = snapshot();

    Exchange r = send(Call.of(method, path).as(ADMIN));

    Expect.routeMiss(r, decoded);
    assertUnchangedAndServing(before);
  }

  @Test
  void aRouteMissIsA404EvenWithoutAnyCredential() {
    Expect.routeMiss(send(Call.of("DELETE", job(ID))), job(ID));
  }

  @Test
  void jobsTypeWithoutTrailingSlashIsTheJobNamedType() {
    rejects(get("/api/v4/jobs/type").as(ADMIN), ApiError.invalidUrlParam("job_id"));
  }

  @Test
  void jobsTypeDownloadIsTheDownloadOfTheJobNamedTypeBecauseThatRouteIsRegisteredFirst() {
    rejects(get("/api/v4/jobs/type/download").as(ADMIN), ApiError.invalidUrlParam("job_id"));
  }

  @Test
  void aRequestUriLongerThan2048CharactersIsRefusedBeforeAuthentication() {
    String target = JOBS + "?pad=" + "x".repeat(2049 - JOBS.length() - 5);
    assertThat(target).hasSize(2049);
    pending("migrations");
    Snapshot before = snapshot();

    Exchange r = send(get(target));

    assertThat(r.status()).isEqualTo(414);
    assertThat(r.json().get("id").asText()).isEqualTo("basic_security_check.url.too_long_error");
    assertThat(r.json().get("status_code").asInt()).isEqualTo(414);
    assertThat(r.json().get("request_id").asText()).matches(Expect.NEW_ID);
    assertThat(r.json().get("detailed_error").asText()).isEmpty();
    assertUnchangedAndServing(before);
  }

  @Test
  void aRequestUriOfExactly2048CharactersIsServed() {
    String target = JOBS + "?pad=" + "x".repeat(2048 - JOBS.length() - 5);
    assertThat(target).hasSize(2048);

    Expect.nullList(send(get(target).as(ADMIN)));
  }

  @Test
  void everyHandledResponseCarriesTheCommonHeadersEvenAnError() {
    Exchange r = send(get(job(ID)).as(ADMIN));

    Expect.error(r, ApiError.JOB_NOT_FOUND);
    Expect.serverHeaders(r, true);
  }

  @Test
  void aRejectedWriteCarriesTheCommonHeadersWithoutExpires() {
    Exchange r = send(Call.post(JobsPaths.cancel(ID)).as(ADMIN));

    Expect.error(r, ApiError.JOB_NOT_FOUND);
    Expect.serverHeaders(r, false);
  }

  @Test
  void everyRequestGetsItsOwnRequestId() {
    Job job = pending("migrations");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      ids.add(send(get(job(job.id())).as(ADMIN)).header("X-Request-Id"));
    }

    assertThat(ids).hasSize(5).allMatch(id -> Expect.NEW_ID.matcher(id).matches());
  }
}
