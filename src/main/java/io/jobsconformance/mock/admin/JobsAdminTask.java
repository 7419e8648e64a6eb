package io.jobsconformance.mock.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.jobsconformance.app.AdminException;
import io.jobsconformance.mock.namespace.Namespace;
import io.jobsconformance.mock.namespace.NamespaceName;
import io.jobsconformance.mock.namespace.Namespaces;
import io.jobsconformance.mock.namespace.RefusedRequest;

/**
 * What every {@code /__admin/jobs} route shares: the namespace from {@code X-Mock-Namespace}, and one place that turns
 * refusals into {@code {"error": "..."}} with their status. WireMock answers an exception thrown by an admin task with
 * a bare 500, so none may escape.
 */
abstract class JobsAdminTask implements AdminTask {
  private final Namespaces namespaces;

  JobsAdminTask(Namespaces namespaces) {
    this.namespaces = namespaces;
  }

  @Override
  public final ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    try {
      return handle(serveEvent.getRequest(), pathParams);
    } catch (AdminException e) {
      return AdminReplies.error(e.status(), e.getMessage());
    } catch (RefusedRequest e) {
      return AdminReplies.error(e.status(), e.getMessage());
    } catch (RuntimeException bug) {
      return AdminReplies.error(500, "the mock failed on this request (a defect of the mock): " + bug);
    }
  }

  abstract ResponseDefinition handle(Request request, PathParams pathParams);

  /** The request's namespace, created if new. */
  final Namespace namespace(Request request) {
    return namespaces.resolve(request.getHeader(NamespaceName.HEADER));
  }

  final Namespaces namespaces() {
    return namespaces;
  }
}
