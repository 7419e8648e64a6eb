package io.jobsconformance.api;

import io.jobsconformance.app.AppException;
import io.jobsconformance.app.JobApp;
import io.jobsconformance.app.Server;
import io.jobsconformance.model.Ids;
import io.jobsconformance.model.Permission;
import io.jobsconformance.model.Session;
import java.util.Map;

/**
 * Per-request state, as {@code web.Context} carries it: the request, its route variables and paging parameters, the
 * authenticated session, and the server it runs against. Also the shared guards ({@code RequireJobId},
 * {@code RequireJobType}, {@code SetPermissionError}) so every handler raises them the same way.
 */
record Context(
    ApiRequest request, Route.RouteMatch match, GoQuery query, Params params, Session session, Server server) {

  JobApp app() {
    return server.app();
  }

  /** {@code c.RequireJobId()}: {@code model.IsValidId}. */
  String requireJobId() {
    if (!Ids.isValidId(match.jobId())) {
      throw invalidUrlParam("job_id");
    }
    return match.jobId();
  }

  /** {@code c.RequireJobType()}: non-empty and fits the VARCHAR(32) column. */
  String requireJobType() {
    String type = match.jobType();
    if (type.isEmpty() || type.length() > 32) {
      throw invalidUrlParam("job_type");
    }
    return type;
  }

  /** {@code c.SetPermissionError(perms...)}: the detail names the user and the permission ids. */
  AppException permissionError(Permission... required) {
    StringBuilder ids = new StringBuilder();
    for (Permission permission : required) {
      ids.append(ids.length() == 0 ? "" : ",").append(permission.id());
    }
    return AppException.of(
        "Permissions",
        "api.context.permissions.app_error",
        "userId=" + session.userId() + ", permission=" + ids,
        403);
  }

  static AppException invalidUrlParam(String name) {
    return new AppException(
        io.jobsconformance.model.AppError.of(
            "Context", "api.context.invalid_url_param.app_error", Map.of("Name", name), "", 400));
  }

  static AppException invalidBodyParam(String name) {
    return new AppException(
        io.jobsconformance.model.AppError.of(
            "Context", "api.context.invalid_body_param.app_error", Map.of("Name", name), "", 400));
  }
}
