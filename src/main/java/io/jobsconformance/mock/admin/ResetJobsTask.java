package io.jobsconformance.mock.admin;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.jobsconformance.mock.namespace.NamespaceName;
import io.jobsconformance.mock.namespace.Namespaces;

/**
 * {@code DELETE /__admin/jobs}: removes every job and export file and restores the default settings. A named
 * namespace is dropped altogether (sessions added to it included, and its PostgreSQL schema and file directory), so test runs that use a fresh name each time do
 * not accumulate namespaces; the default namespace is reset in place and keeps its sessions.
 */
final class ResetJobsTask extends JobsAdminTask {

  ResetJobsTask(Namespaces namespaces) {
    super(namespaces);
  }

  @Override
  ResponseDefinition handle(Request request, PathParams pathParams) {
    String name = NamespaceName.of(request.getHeader(NamespaceName.HEADER));
    if (NamespaceName.DEFAULT.equals(name)) {
      namespace(request).server().admin().reset();
    } else {
      namespaces().drop(name);
    }
    return AdminReplies.ok();
  }
}
