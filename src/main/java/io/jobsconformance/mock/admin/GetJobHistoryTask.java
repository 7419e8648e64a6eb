package io.jobsconformance.mock.admin;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.jobsconformance.mock.namespace.Namespaces;

/**
 * {@code GET /__admin/jobs/{id}/history}: every change the job server made to the job while {@code record_history}
 * was on, oldest first, each {@code {"at", "status", "progress", "cause"}} where the cause is the {@code X-Request-Id}
 * of the API request, {@code "admin"} or {@code "worker-simulation"}. 404 for an unknown job; 409 while recording is
 * off.
 */
final class GetJobHistoryTask extends JobsAdminTask {

  GetJobHistoryTask(Namespaces namespaces) {
    super(namespaces);
  }

  @Override
  ResponseDefinition handle(Request request, PathParams pathParams) {
    String id = PathSegments.decode(pathParams.get("id"));
    return AdminReplies.history(namespace(request).server().admin().history(id));
  }
}
