package io.jobsconformance.mock.admin;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.jobsconformance.app.WorkerAction;
import io.jobsconformance.mock.namespace.Namespaces;
import java.util.Set;

/**
 * {@code POST /__admin/jobs/{id}/worker}: does what the real job server's worker would do to the job ({@code claim},
 * {@code progress}, {@code success}, {@code error}, {@code warning}, {@code canceled}, {@code pending}). 200 with the
 * job; 404 for an unknown job; 409 when the job's state does not allow the change.
 */
final class WorkerActionTask extends JobsAdminTask {
  private static final Set<String> FIELDS = Set.of("action", "progress", "error");

  WorkerActionTask(Namespaces namespaces) {
    super(namespaces);
  }

  @Override
  ResponseDefinition handle(Request request, PathParams pathParams) {
    String id = PathSegments.decode(pathParams.get("id"));
    JsonInput body = JsonInput.object(request.getBody(), FIELDS);
    WorkerAction action = WorkerAction.fromName(body.requiredString("action"));
    Long progress = body.integer("progress");
    String error = body.string("error");
    return AdminReplies.job(200, namespace(request).server().admin().work(id, action, progress, error));
  }
}
