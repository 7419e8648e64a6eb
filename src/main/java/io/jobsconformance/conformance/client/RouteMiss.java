package io.jobsconformance.conformance.client;

/** Requests under {@code /api/v4/jobs} that match no route of the server, by what is wrong with them. */
public enum RouteMiss {
  TRAILING_SLASH("GET", "/api/v4/jobs/"),
  EMPTY_JOB_TYPE("GET", "/api/v4/jobs/type/"),
  UNKNOWN_SUB_PATH("GET", "/api/v4/jobs/%s/unknown"),
  DELETE_A_JOB("DELETE", "/api/v4/jobs/%s"),
  PUT_THE_JOB_LIST("PUT", "/api/v4/jobs"),
  GET_THE_CANCEL_ROUTE("GET", "/api/v4/jobs/%s/cancel"),
  POST_THE_STATUS_ROUTE("POST", "/api/v4/jobs/%s/status");

  final String method;
  final String pathTemplate;

  RouteMiss(String method, String pathTemplate) {
    this.method = method;
    this.pathTemplate = pathTemplate;
  }
}
