package io.jobsconformance.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jobsconformance.mock.FuzzRequest.Aim;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the behaviour reference allows each route to answer, status by status with the error ids that may carry it,
 * and what a well-formed {@code AppError} body is (reference §1.1 item 6 and §6 row 14: {@code id, message,
 * detailed_error, request_id, status_code} in that order, the last two optional, the status code equal to the HTTP
 * status). A 500 is allowed only where the reference names one that a healthy store can give; the mock's own bug
 * marker {@code api.mock.internal_error} is never allowed.
 */
final class FuzzExpectations {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> APP_ERROR_FIELDS =
      List.of("id", "message", "detailed_error", "request_id", "status_code");
  private static final String ROUTE_MISS = "api.context.404.app_error";
  private static final Set<String> UNAUTHORIZED =
      Set.of("api.context.session_expired.app_error", "api.context.token_provided.app_error");
  private static final String FORBIDDEN = "api.context.permissions.app_error";
  private static final String URL_PARAM = "api.context.invalid_url_param.app_error";
  private static final String TOO_LONG = "basic_security_check.url.too_long_error";
  private static final String NOT_FOUND = "app.job.get.app_error";

  private static final Map<Aim, Map<Integer, Set<String>>> ALLOWED = new EnumMap<>(Aim.class);

  static {
    // §1.4 getJobs; a page*per_page that overflows int64 fails in the store (500, added per request below)
    ALLOWED.put(Aim.GET_JOBS, Map.of(
        200, Set.of(),
        400, Set.of(URL_PARAM, "api.job.retrieve.nopermissions", "api.job.status.invalid"),
        401, UNAUTHORIZED, 403, Set.of(FORBIDDEN), 414, Set.of(TOO_LONG)));
    // §1.3 createJob
    ALLOWED.put(Aim.CREATE_JOB, Map.of(
        201, Set.of(),
        400, Set.of("api.context.invalid_body_param.app_error", "api.job.unable_to_create_job.incorrect_job_type",
            "model.job.is_valid.type.app_error"),
        401, UNAUTHORIZED, 403, Set.of(FORBIDDEN),
        413, Set.of("api.context.request_body_too_large.app_error"), 414, Set.of(TOO_LONG)));
    // §1.2 getJob
    ALLOWED.put(Aim.GET_JOB, Map.of(
        200, Set.of(), 400, Set.of(URL_PARAM, "api.job.retrieve.nopermissions"),
        401, UNAUTHORIZED, 403, Set.of(FORBIDDEN), 404, Set.of(NOT_FOUND, ROUTE_MISS), 414, Set.of(TOO_LONG)));
    // §1.6 downloadJob, with http.ServeContent's 206, 304 and 416 for the legacy file
    ALLOWED.put(Aim.DOWNLOAD_JOB, Map.ofEntries(
        Map.entry(200, Set.of()), Map.entry(206, Set.of()), Map.entry(304, Set.of()), Map.entry(416, Set.of()),
        Map.entry(400, Set.of(URL_PARAM, "api.job.unable_to_download_job.incorrect_job_type",
            "api.job.unable_to_download_job")),
        Map.entry(401, UNAUTHORIZED), Map.entry(403, Set.of(FORBIDDEN)),
        Map.entry(404, Set.of(NOT_FOUND, "api.job.unable_to_download_job", ROUTE_MISS)),
        Map.entry(414, Set.of(TOO_LONG)), Map.entry(501, Set.of("app.job.download_export_results_not_enabled"))));
    // §1.7 cancelJob
    ALLOWED.put(Aim.CANCEL_JOB, Map.of(
        200, Set.of(), 400, Set.of(URL_PARAM, "api.job.unable_to_create_job.incorrect_job_type"),
        401, UNAUTHORIZED, 403, Set.of(FORBIDDEN), 404, Set.of(NOT_FOUND, ROUTE_MISS), 414, Set.of(TOO_LONG),
        500, Set.of("jobs.request_cancellation.status.error")));
    // §1.5 getJobsByType (an empty type is a route miss)
    ALLOWED.put(Aim.GET_JOBS_BY_TYPE, Map.of(
        200, Set.of(), 400, Set.of(URL_PARAM, "api.job.retrieve.nopermissions"),
        401, UNAUTHORIZED, 403, Set.of(FORBIDDEN), 404, Set.of(ROUTE_MISS), 414, Set.of(TOO_LONG)));
    // §1.8 updateJobStatus
    ALLOWED.put(Aim.UPDATE_JOB_STATUS, Map.of(
        200, Set.of(),
        400, Set.of(URL_PARAM, "api.context.invalid_body_param.app_error",
            "api.job.unable_to_manage_job.incorrect_job_type", "api.job.status.invalid"),
        401, UNAUTHORIZED, 403, Set.of(FORBIDDEN), 404, Set.of(NOT_FOUND, ROUTE_MISS), 414, Set.of(TOO_LONG),
        500, Set.of("app.job.update_status.app_error", "jobs.request_cancellation.status.error")));
    // §1.1 item 1: unmatched paths and wrong methods
    ALLOWED.put(Aim.ROUTE_MISS, Map.of(404, Set.of(ROUTE_MISS)));
  }

  private FuzzExpectations() {}

  /** Every way {@code answer} breaks the rules for {@code request}; empty when it is allowed. */
  static List<String> violations(FuzzRequest request, RawHttp.Answer answer) {
    List<String> problems = new ArrayList<>();
    int status = answer.status();
    boolean json = String.valueOf(answer.header("Content-Type")).startsWith("application/json");
    if (request.wireMalformed() && status == 400 && !json) {
      return problems; // refused by the HTTP layer before any handler, as net/http does: not an API answer
    }
    if (request.badNamespace()) {
      expectError(problems, answer, 400, Set.of("mock.namespace.invalid"));
      return problems;
    }
    if (status == 500 && answer.text().contains("api.mock.internal_error")) {
      problems.add("the mock's own defect marker api.mock.internal_error: " + answer.text());
      return problems;
    }
    Map<Integer, Set<String>> allowed = ALLOWED.get(request.aim());
    Set<String> ids = allowed.get(status);
    if (status == 500 && request.hugePage()
        && (request.aim() == Aim.GET_JOBS || request.aim() == Aim.GET_JOBS_BY_TYPE)) {
      ids = Set.of("app.job.get_all.app_error");
    }
    if (ids == null) {
      problems.add(
          "status " + status + " is not one the reference allows for " + request.aim() + " " + allowed.keySet());
      return problems;
    }
    if (status >= 400 && !(status == 416 && request.aim() == Aim.DOWNLOAD_JOB)) {
      expectError(problems, answer, status, ids);
    } else if (status < 300 && request.aim() != Aim.DOWNLOAD_JOB && !request.isHead()) {
      try {
        JSON.readTree(answer.body());
      } catch (IOException e) {
        problems.add("a " + status + " whose body is not JSON: " + e.getMessage());
      }
    }
    return problems;
  }

  private static void expectError(List<String> problems, RawHttp.Answer answer, int status, Set<String> ids) {
    if (answer.status() != status) {
      problems.add("status " + answer.status() + ", expected " + status);
      return;
    }
    if (!String.valueOf(answer.header("Content-Type")).startsWith("application/json")) {
      problems.add("an error without Content-Type: application/json (" + answer.header("Content-Type") + ")");
    }
    if (answer.body().length == 0) {
      return; // HEAD: no body to judge
    }
    problems.addAll(appErrorProblems(answer, ids));
  }

  /** The ways the body is not a well-formed AppError for this status with one of {@code ids}. */
  static List<String> appErrorProblems(RawHttp.Answer answer, Set<String> ids) {
    List<String> problems = new ArrayList<>();
    JsonNode error;
    try {
      error = JSON.readTree(answer.body());
    } catch (IOException e) {
      problems.add("the error body is not JSON: " + e.getMessage());
      return problems;
    }
    if (error == null || !error.isObject()) {
      problems.add("the error body is not a JSON object");
      return problems;
    }
    List<String> fields = new ArrayList<>();
    error.fieldNames().forEachRemaining(fields::add);
    List<String> expectedOrder = new ArrayList<>(APP_ERROR_FIELDS);
    expectedOrder.retainAll(fields);
    if (!fields.equals(expectedOrder)) {
      problems.add("AppError fields " + fields + " are not a subset of " + APP_ERROR_FIELDS + " in that order");
    }
    for (String required : List.of("id", "message", "detailed_error")) {
      if (!error.path(required).isTextual()) {
        problems.add("AppError \"" + required + "\" is missing or not a string");
      }
    }
    if (error.has("request_id") && !error.get("request_id").isTextual()) {
      problems.add("AppError \"request_id\" is not a string");
    }
    if (error.has("request_id") && answer.header("X-Request-Id") != null
        && !error.get("request_id").asText().equals(answer.header("X-Request-Id"))) {
      problems.add("AppError \"request_id\" differs from the X-Request-Id header");
    }
    if (error.has("status_code")
        && (!error.get("status_code").isInt() || error.get("status_code").intValue() != answer.status())) {
      problems.add("AppError \"status_code\" " + error.get("status_code") + " is not the HTTP status");
    }
    String id = error.path("id").asText();
    if ("api.mock.internal_error".equals(id)) {
      problems.add("the mock's own defect marker api.mock.internal_error: " + error.path("detailed_error").asText());
    } else if (!ids.contains(id)) {
      problems.add("error id '" + id + "' is not one the reference gives with " + answer.status() + " here " + ids);
    }
    return problems;
  }
}
