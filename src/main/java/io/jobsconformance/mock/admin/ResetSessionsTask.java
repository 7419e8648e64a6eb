package io.jobsconformance.mock.admin;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.jobsconformance.mock.namespace.Namespaces;

/** {@code DELETE /__admin/jobs/sessions}: forgets added sessions and restores the mock's default ones. */
final class ResetSessionsTask extends JobsAdminTask {

  ResetSessionsTask(Namespaces namespaces) {
    super(namespaces);
  }

  @Override
  ResponseDefinition handle(Request request, PathParams pathParams) {
    namespace(request).server().admin().resetSessions();
    return AdminReplies.ok();
  }
}
