package io.jobsconformance.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobsconformance.conformance.client.Exchange;
import io.jobsconformance.conformance.server.Actor;
import java.util.function.Function;
import java.util.function.Supplier;
import org.opentest4j.TestAbortedException;

/**
 * On a real server the job workers may claim a job the suite just created before the suite acts on it, which would
 * make a correct server look wrong. An answer that depends on the job's status (a success, a refused transition, a
 * failed cancellation) is therefore judged only if the job was still unclaimed right after the action ({@code
 * start_at} is 0 until a worker claims it); otherwise the scenario's job is created afresh and the action repeated, a
 * few times, before the scenario is skipped as untestable on that server. Answers that no status can change (401,
 * 403, 404, a type without permissions) are judged as they come.
 */
final class WorkerRace {
  private static final int ATTEMPTS = 4;
  private final ScenarioContext context;

  WorkerRace(ScenarioContext context) {
    this.context = context;
  }

  /**
   * Runs {@code action} on the scenario's job and snapshots the job right after it. {@code recreate} makes a fresh job
   * like the original (null when the job was seeded, which no worker touches).
   */
  Exchange act(Function<String, Exchange> action, Supplier<String> recreate) {
    for (int attempt = 1; ; attempt++) {
      Exchange answer = action.apply(context.jobId());
      JsonNode after = currentJob(context.jobId());
      boolean unclaimed = after == null || after.path("start_at").asLong() == 0;
      // The embedded mock runs no workers: there a claimed job is a server bug to report, never a race.
      if (context.target().embedded() || recreate == null || unclaimed || !dependsOnStatus(answer)) {
        context.jobAfterAction(after);
        return answer;
      }
      if (attempt == ATTEMPTS) {
        throw new TestAbortedException(
            "the server's job workers claimed each of " + ATTEMPTS + " fresh jobs before the check could be made");
      }
      context.jobId(recreate.get());
    }
  }

  private static boolean dependsOnStatus(Exchange answer) {
    int status = answer.status();
    if (status == 400) {
      return "api.job.status.invalid".equals(answer.errorId());
    }
    return status < 300 || status >= 500;
  }

  /** The job as the system admin sees it now, or null when it does not exist (or cannot be read). */
  JsonNode currentJob(String id) {
    if (context.target().embedded()) {
      try {
        return context.control().job(id);
      } catch (IllegalStateException notThere) {
        return null;
      }
    }
    Exchange answer = context.housekeeping().getJob(context.caller(Actor.SYSTEM_ADMIN), id);
    return answer.status() == 200 ? answer.json() : null;
  }
}
