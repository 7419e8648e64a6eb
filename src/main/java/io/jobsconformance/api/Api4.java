package io.jobsconformance.api;

import io.jobsconformance.app.AppException;
import io.jobsconformance.app.ChangeCause;
import io.jobsconformance.app.Server;
import io.jobsconformance.app.Settings;
import io.jobsconformance.model.AppError;
import io.jobsconformance.model.Ids;
import io.jobsconformance.model.Session;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HTTP boundary of one {@link Server}: route matching, then {@code web/handlers.go} ServeHTTP in its order (URL
 * length, response headers, authentication), then the handler; every {@link AppError} is written here and nowhere
 * else, the way {@code handleContextError} does it.
 */
public final class Api4 {
  /** {@code ServiceSettings.MaximumURLLength} default. */
  static final int MAXIMUM_URL_LENGTH = 2048;

  private final Server server;
  private final VersionHeader version = new VersionHeader();

  public Api4(Server server) {
    this.server = server;
  }

  public ApiResponse serve(ApiRequest request) {
    String path = Percent.decode(request.rawPath(), false);
    if (path == null) {
      // net/http cannot parse the request target and answers before any handler runs.
      return new ApiResponse(
          400,
          Map.of("Content-Type", "text/plain; charset=utf-8", "Connection", "close"),
          "400 Bad Request".getBytes(StandardCharsets.UTF_8));
    }
    Route.RouteMatch match = Route.match(request.method(), path);
    if (match == null) {
      return RouteMiss.response(path);
    }
    // Only the API handlers are wrapped in gzhttp (api4/handlers.go); web.Handle404 is not.
    return GzipEncoding.apply(request, handle(request, match));
  }

  private ApiResponse handle(ApiRequest request, Route.RouteMatch match) {
    String requestId = Ids.newId();
    Settings settings = server.settings();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Vary", "Accept-Encoding");
    if (request.requestUri().length() > MAXIMUM_URL_LENGTH) {
      // basicSecurityChecks runs before any header is set.
      return error(
          headers, AppError.of("basicSecurityChecks", "basic_security_check.url.too_long_error", "", 414), requestId,
          settings);
    }
    headers.put("X-Request-Id", requestId);
    headers.put("X-Version-Id", version.value(settings));
    headers.put("Permissions-Policy", "");
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "no-referrer");
    headers.put("Content-Type", "application/json");
    if (request.isGet()) {
      headers.put("Expires", "0");
    }
    try {
      GoQuery query = GoQuery.parse(request.rawQuery());
      Session session =
          Authentication.authenticate(request, query, server.sessions(), match.route().trustRequester());
      Context context = new Context(request, match, query, Params.fromQuery(query), session, server);
      // The job server records the changes this request makes under its request id (when history is on).
      Reply reply = ChangeCause.with(requestId, () -> dispatch(context));
      headers.putAll(reply.headers());
      return new ApiResponse(reply.status(), headers, reply.body());
    } catch (AppException e) {
      return error(headers, e.error(), requestId, settings);
    } catch (RuntimeException bug) {
      // Not a server behaviour: a defect of the mock. Say so plainly instead of dropping the connection.
      AppError internal =
          AppError.of("Api4", "api.mock.internal_error", bug.toString(), 500);
      return error(headers, internal, requestId, settings.withEnableDeveloper(true));
    }
  }

  private static Reply dispatch(Context c) {
    return switch (c.match().route()) {
      case GET_JOBS -> JobHandlers.getJobs(c);
      case CREATE_JOB -> JobHandlers.createJob(c);
      case GET_JOB -> JobHandlers.getJob(c);
      case DOWNLOAD_JOB -> DownloadHandler.downloadJob(c);
      case CANCEL_JOB -> JobHandlers.cancelJob(c);
      case GET_JOBS_BY_TYPE -> JobHandlers.getJobsByType(c);
      case UPDATE_JOB_STATUS -> JobHandlers.updateJobStatus(c);
    };
  }

  /** {@code handleContextError}: stamp the request id, hide the detail unless developer mode, write JSON. */
  private static ApiResponse error(
      Map<String, String> headers, AppError error, String requestId, Settings settings) {
    AppError written = error.withRequestId(requestId);
    if (!settings.enableDeveloper()) {
      written = written.wipeDetailed();
    }
    headers.put("Content-Type", "application/json");
    return new ApiResponse(written.statusCode(), headers, GoJson.marshalError(written));
  }
}
