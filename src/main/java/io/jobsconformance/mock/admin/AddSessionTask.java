package io.jobsconformance.mock.admin;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.jobsconformance.mock.namespace.Namespaces;
import io.jobsconformance.model.Session;

/**
 * {@code POST /__admin/jobs/sessions}: adds (or replaces) a session of the namespace, built from roles or from single
 * permissions. 201 with the session, including its CSRF token.
 */
final class AddSessionTask extends JobsAdminTask {

  AddSessionTask(Namespaces namespaces) {
    super(namespaces);
  }

  @Override
  ResponseDefinition handle(Request request, PathParams pathParams) {
    Session session = SessionSpec.parse(JsonInput.object(request.getBody(), SessionSpec.FIELDS));
    namespace(request).server().admin().addSession(session);
    return AdminReplies.object(201, SessionSpec.toJson(session));
  }
}
