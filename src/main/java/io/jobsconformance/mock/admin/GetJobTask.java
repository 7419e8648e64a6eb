package io.jobsconformance.mock.admin;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.jobsconformance.mock.namespace.Namespaces;

/**
 * {@code GET /__admin/jobs/{id}}: the stored job, whatever its type, with no session and no permission check, so a test
 * can look at the state the public API hides from its actor. 404 for an unknown id.
 */
final class GetJobTask extends JobsAdminTask {

  GetJobTask(Namespaces namespaces) {
    super(namespaces);
  }

  @Override
  ResponseDefinition handle(Request request, PathParams pathParams) {
    String id = PathSegments.decode(pathParams.get("id"));
    return AdminReplies.job(200, namespace(request).server().admin().job(id));
  }
}
