package io.jobsconformance.conformance.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator must flag what the spec forbids, excuse exactly the listed departures, and leave requests the spec
 * does not describe alone. The table of representative responses pins which departure each real-server answer shows,
 * so a change in the validator's messages or in the departure list cannot go unnoticed.
 */
class SpecValidatorTest {

  private static final SpecValidator VALIDATOR = SpecValidator.fromClasspath();
  private static final String ID = "ybndrfg8ejkmcpqxot1uwisza3";
  private static final String JOB = "{\"id\":\"" + ID + "\",\"type\":\"data_retention\",\"priority\":0,\"create_at\":1,"
      + "\"start_at\":0,\"last_activity_at\":0,\"status\":\"pending\",\"progress\":-1,\"data\":{\"k\":\"v\"}}\n";
  private static final String JOB_NULL_DATA = JOB.replace("{\"k\":\"v\"}", "null");
  private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

  @Test
  void aCleanJobResponsePasses() {
    ResponseVerdict verdict = validate("GET", "/api/v4/jobs/" + ID, 200, JSON, JOB);

    assertThat(verdict.operationId()).isEqualTo("GetJob");
    assertThat(verdict.conforms()).as("%s", verdict).isTrue();
    assertThat(verdict.departureNames()).containsExactly("job-priority-undocumented");
  }

  @Test
  void aJobWithAStringCreateAtIsAnUnexcusedViolation() {
    String stringCreateAt = JOB.replace("\"create_at\":1", "\"create_at\":\"x\"");
    ResponseVerdict verdict = validate("GET", "/api/v4/jobs/" + ID, 200, JSON, stringCreateAt);

    assertThat(verdict.conforms()).isFalse();
    assertThat(verdict.violations()).singleElement().satisfies(v -> {
      assertThat(v.key()).isEqualTo("validation.response.body.schema.type");
      assertThat(v.message()).contains("/create_at");
    });
  }

  @Test
  void anUndocumentedFieldOtherThanPriorityIsAnUnexcusedViolation() {
    String extraField = JOB.replace("{\"id\"", "{\"foo\":1,\"id\"");
    ResponseVerdict verdict = validate("GET", "/api/v4/jobs/" + ID, 200, JSON, extraField);

    assertThat(verdict.violations()).singleElement()
        .satisfies(v -> assertThat(v.key()).isEqualTo("validation.response.body.schema.additionalProperties"));
  }

  @Test
  void aNullListIsExcusedByTheEmptyListDeparture() {
    ResponseVerdict verdict = validate("GET", "/api/v4/jobs?page=0&per_page=60", 200, JSON, "null");

    assertThat(verdict.conforms()).isTrue();
    assertThat(verdict.excused()).singleElement().satisfies(e -> {
      assertThat(e.departure()).isEqualTo("get-jobs-empty-list-null");
      assertThat(e.key()).isEqualTo("validation.response.body.schema.type");
    });
  }

  @Test
  void a501OnDownloadJobIsExcused() {
    ResponseVerdict verdict = validate("GET", "/api/v4/jobs/" + ID + "/download", 501, JSON, appError(501));

    assertThat(verdict.conforms()).isTrue();
    assertThat(verdict.departureNames()).containsExactly("download-501-undocumented");
  }

  @Test
  void a501OnGetJobIsNotExcused() {
    ResponseVerdict verdict = validate("GET", "/api/v4/jobs/" + ID, 501, JSON, appError(501));

    assertThat(verdict.violations()).extracting(ResponseVerdict.Violation::key)
        .containsExactly("validation.response.status.unknown");
  }

  @Test
  void anUnknownPathIsNotApplicable() {
    ResponseVerdict verdict = validate("GET", "/api/v4/jobs/" + ID + "/nope", 404, JSON, appError(404));

    assertThat(verdict.isNotApplicable()).isTrue();
    assertThat(verdict.conforms()).isTrue();
    assertThat(verdict.excused()).isEmpty();
  }

  @Test
  void aWrongMethodIsNotApplicable() {
    assertThat(validate("DELETE", "/api/v4/jobs/" + ID, 404, JSON, appError(404)).isNotApplicable()).isTrue();
    assertThat(validate("BREW", "/api/v4/jobs", 404, JSON, appError(404)).isNotApplicable()).isTrue();
  }

  @Test
  void aWrongContentTypeIsAnUnexcusedViolationWhateverTheHeaderCase() {
    ResponseVerdict verdict = validate("GET", "/api/v4/jobs/" + ID, 400, Map.of("content-type", "text/plain"), "oops");

    assertThat(verdict.violations()).extracting(ResponseVerdict.Violation::key)
        .containsExactly("validation.response.contentType.notAllowed");
  }

  @Test
  void aConcatenatedBodyWithStatus200IsInvisibleToTheValidator() {
    ResponseVerdict verdict = validate("GET", "/api/v4/jobs?status=bogus", 200, JSON, "[]" + appError(400));

    assertThat(verdict.conforms()).isTrue();
    assertThat(verdict.excused()).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1} -> {2} shows {5}")
  @MethodSource("representativeResponses")
  void aRepresentativeResponseShowsExactlyItsDepartures(
      String method, String path, int status, String contentType, String body, List<String> departures, String op) {
    ResponseVerdict verdict = validate(method, path, status, Map.of("Content-Type", contentType), body);

    assertThat(verdict.violations()).as("%s", verdict).isEmpty();
    assertThat(verdict.operationId()).isEqualTo(op);
    assertThat(verdict.departureNames()).as("%s", verdict).containsExactlyElementsOf(departures);
  }

  static Stream<Arguments> representativeResponses() {
    String job = "/api/v4/jobs/" + ID;
    return Stream.of(
        row("GET", "/api/v4/jobs", 200, "[]", "GetJobs"),
        row("GET", "/api/v4/jobs", 200, "null", "GetJobs", "get-jobs-empty-list-null"),
        row("GET", "/api/v4/jobs", 200, "[" + JOB + "]", "GetJobs", "job-priority-undocumented"),
        row("GET", "/api/v4/jobs", 400, "[]" + appError(400), "GetJobs", "get-jobs-invalid-status-concatenated-body"),
        row("GET", "/api/v4/jobs/", 404, appError(404), "GetJobs", "unknown-route-404-not-405"),
        row("GET", "/api/v4/jobs", 429, "limit exceeded", "GetJobs", "rate-limit-429"),
        row("GET", "/api/v4/jobs", 401, appError(401), "GetJobs", "app-error-detailed-error-undocumented"),
        row("POST", "/api/v4/jobs", 201, JOB, "CreateJob", "job-priority-undocumented"),
        row("POST", "/api/v4/jobs", 413, appError(413), "CreateJob", "request-body-too-large-413"),
        row("POST", "/api/v4/jobs", 500, appError(500), "CreateJob", "create-500-undocumented"),
        row("GET", job, 200, JOB_NULL_DATA, "GetJob", "job-priority-undocumented", "job-data-null"),
        row("GET", job, 403, appError(403), "GetJob", "app-error-detailed-error-undocumented"),
        row("GET", job, 500, appError(500), "GetJob", "read-500-undocumented"),
        row("GET", job, 414, appError(414), "GetJob", "url-too-long-414"),
        row("GET", "/api/v4/jobs/type/", 404, appError(404), "GetJob", "app-error-detailed-error-undocumented"),
        row("GET", job + "/download", 200, "PK\u0003\u0004zip", "DownloadJob", "download-200-undocumented"),
        row("GET", job + "/download", 501, appError(501), "DownloadJob", "download-501-undocumented"),
        row("GET", job + "/download", 500, appError(500), "DownloadJob", "download-500-undocumented"),
        row("POST", job + "/cancel", 200, "{\"status\":\"OK\"}", "CancelJob"),
        row("POST", job + "/cancel", 500, appError(500), "CancelJob", "cancel-500-undocumented"),
        row("GET", "/api/v4/jobs/type/a.b", 404, appError(404), "GetJobsByType", "jobs-by-type-404-undocumented"),
        row("GET", "/api/v4/jobs/type/ldap_sync", 200, "[" + JOB_NULL_DATA + "]", "GetJobsByType",
            "job-priority-undocumented", "job-data-null"),
        row("GET", "/api/v4/jobs/type/ldap_sync", 500, appError(500), "GetJobsByType", "read-500-undocumented"),
        row("PATCH", job + "/status", 200, "{\"status\":\"OK\"}", "UpdateJobStatus"),
        row("PATCH", job + "/status", 404, appError(404), "UpdateJobStatus", "update-status-404-undocumented"),
        row("PATCH", job + "/status", 500, appError(500), "UpdateJobStatus", "update-status-500-undocumented"),
        row("PATCH", job + "/status", 413, appError(413), "UpdateJobStatus", "request-body-too-large-413"));
  }

  private static Arguments row(String method, String path, int status, String body, String op, String... names) {
    String contentType = body.startsWith("PK") ? "application/zip" : status == 429 ? "text/plain" : "application/json";
    return Arguments.of(method, path, status, contentType, body, List.of(names), op);
  }

  private static String appError(int status) {
    return "{\"id\":\"some.error.id\",\"message\":\"m\",\"detailed_error\":\"\",\"request_id\":\"r\",\"status_code\":"
        + status + "}";
  }

  private static ResponseVerdict validate(
      String method, String path, int status, Map<String, String> headers, String body) {
    return VALIDATOR.validate(method, path, status, headers, body.getBytes(StandardCharsets.UTF_8));
  }
}
