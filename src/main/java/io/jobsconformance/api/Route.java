package io.jobsconformance.api;

import java.util.regex.Pattern;

/**
 * The seven routes of {@code api4/job.go} InitJob, in registration order (gorilla/mux tries them in that order, which
 * is why {@code GET /api/v4/jobs/type} is a job id "type"). {@code trustRequester} marks the download route, which
 * skips the CSRF check.
 */
public enum Route {
  GET_JOBS("GET", "/api/v4/jobs", false),
  CREATE_JOB("POST", "/api/v4/jobs", false),
  GET_JOB("GET", "/api/v4/jobs/(?<jobId>[A-Za-z0-9]+)", false),
  DOWNLOAD_JOB("GET", "/api/v4/jobs/(?<jobId>[A-Za-z0-9]+)/download", true),
  CANCEL_JOB("POST", "/api/v4/jobs/(?<jobId>[A-Za-z0-9]+)/cancel", false),
  GET_JOBS_BY_TYPE("GET", "/api/v4/jobs/type/(?<jobType>[A-Za-z0-9_-]+)", false),
  UPDATE_JOB_STATUS("PATCH", "/api/v4/jobs/(?<jobId>[A-Za-z0-9]+)/status", false);

  private final String method;
  private final Pattern path;
  private final boolean trustRequester;

  Route(String method, String path, boolean trustRequester) {
    this.method = method;
    this.path = Pattern.compile(path);
    this.trustRequester = trustRequester;
  }

  public boolean trustRequester() {
    return trustRequester;
  }

  /** The route a request matches, with its path variables; null when none does (a 404 route miss). */
  public static RouteMatch match(String method, String decodedPath) {
    for (Route route : values()) {
      if (!route.method.equals(method)) {
        continue;
      }
      var matcher = route.path.matcher(decodedPath);
      if (matcher.matches()) {
        String jobId = route.path.pattern().contains("jobId") ? matcher.group("jobId") : "";
        String jobType = route == GET_JOBS_BY_TYPE ? matcher.group("jobType") : "";
        return new RouteMatch(route, jobId, jobType);
      }
    }
    return null;
  }

  /** A matched route and its mux variables {@code job_id} and {@code job_type}. */
  public record RouteMatch(Route route, String jobId, String jobType) {}
}
