package io.jobsconformance.mock.admin;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.jobsconformance.app.JobSeed;
import io.jobsconformance.mock.namespace.Namespaces;
import java.util.Set;

/**
 * {@code POST /__admin/jobs}: stores one job verbatim, any subset of the nine Job fields, the way the real store keeps
 * whatever it is given (an empty status, an unknown type, a create_at in 1970). 201 with the job as the API writes it.
 */
final class SeedJobTask extends JobsAdminTask {
  static final Set<String> FIELDS =
      Set.of(
          "id", "type", "priority", "create_at", "start_at", "last_activity_at", "status", "progress", "data");

  SeedJobTask(Namespaces namespaces) {
    super(namespaces);
  }

  @Override
  ResponseDefinition handle(Request request, PathParams pathParams) {
    JsonInput body = JsonInput.object(request.getBody(), FIELDS);
    JobSeed seed =
        new JobSeed(
            body.string("id"),
            body.string("type"),
            body.integer("priority"),
            body.integer("create_at"),
            body.integer("start_at"),
            body.integer("last_activity_at"),
            body.string("status"),
            body.integer("progress"),
            body.stringMap("data"));
    return AdminReplies.job(201, namespace(request).server().admin().seed(seed));
  }
}
