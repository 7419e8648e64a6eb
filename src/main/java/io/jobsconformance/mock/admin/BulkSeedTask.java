package io.jobsconformance.mock.admin;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.jobsconformance.app.AdminException;
import io.jobsconformance.app.JobSeed;
import io.jobsconformance.mock.namespace.Namespace;
import io.jobsconformance.mock.namespace.Namespaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /__admin/jobs/bulk}: seeds {@code count} jobs of one type with generated ids in a single store write, so
 * a benchmark can put a million jobs in place in seconds instead of a million requests. Job {@code i} is created at
 * {@code create_at + i * create_at_step} (defaults: now, 0). 201 with {@code {"created": count}}.
 */
final class BulkSeedTask extends JobsAdminTask {
  static final int MAX_COUNT = 2_000_000;
  private static final Set<String> FIELDS = Set.of("count", "type", "status", "create_at", "create_at_step");

  BulkSeedTask(Namespaces namespaces) {
    super(namespaces);
  }

  @Override
  ResponseDefinition handle(Request request, PathParams pathParams) {
    JsonInput body = JsonInput.object(request.getBody(), FIELDS);
    long count = body.requiredInteger("count");
    if (count < 1 || count > MAX_COUNT) {
      throw AdminException.badRequest("\"count\" must be between 1 and " + MAX_COUNT + ", got " + count);
    }
    String type = body.requiredString("type");
    String status = body.string("status");
    Namespace namespace = namespace(request);
    Long start = body.integer("create_at");
    long first = start == null ? namespace.server().clock().millis() : start;
    long step = body.integer("create_at_step") == null ? 0 : body.integer("create_at_step");
    requireNoOverflow(first, step, count);
    List<JobSeed> seeds = new ArrayList<>((int) count);
    for (int i = 0; i < count; i++) {
      seeds.add(new JobSeed(null, type, null, first + i * step, null, null, status, null, null));
    }
    int created = namespace.server().admin().seedAll(seeds);
    return AdminReplies.object(201, Map.of("created", created));
  }

  private static void requireNoOverflow(long first, long step, long count) {
    try {
      Math.addExact(first, Math.multiplyExact(step, count - 1));
    } catch (ArithmeticException e) {
      throw AdminException.badRequest(
          "\"create_at\" + (count - 1) * \"create_at_step\" does not fit in 64 bits; use smaller values");
    }
  }
}
