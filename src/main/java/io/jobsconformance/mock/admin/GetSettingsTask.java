package io.jobsconformance.mock.admin;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.jobsconformance.mock.namespace.Namespaces;

/** {@code GET /__admin/jobs/settings}: the namespace's current settings. */
final class GetSettingsTask extends JobsAdminTask {

  GetSettingsTask(Namespaces namespaces) {
    super(namespaces);
  }

  @Override
  ResponseDefinition handle(Request request, PathParams pathParams) {
    return AdminReplies.settings(namespace(request).server().admin().settings());
  }
}
