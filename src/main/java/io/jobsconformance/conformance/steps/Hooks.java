package io.jobsconformance.conformance.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import io.jobsconformance.conformance.client.Caller;
import io.jobsconformance.conformance.server.Actor;
import io.jobsconformance.conformance.server.Preflight;
import io.jobsconformance.conformance.server.TargetConfig;
import org.opentest4j.TestAbortedException;

/**
 * Scenario lifecycle: one preflight of a real target before anything runs; {@code @mock-only} scenarios skipped with
 * the reason on a real server; afterwards, the spec departures seen are logged into the reports, jobs the scenario
 * created on a real server are cancelled, and the scenario's mock namespace is dropped.
 */
public final class Hooks {
  private final ScenarioContext context;

  public Hooks(ScenarioContext context) {
    this.context = context;
  }

  @BeforeAll
  public static void checkTheTarget() {
    Preflight.check(TargetConfig.fromSystem());
  }

  @Before(order = 0)
  public void skipWhatTheTargetCannotDo(Scenario scenario) {
    if (!context.target().embedded() && scenario.getSourceTagNames().contains("@mock-only")) {
      throw new TestAbortedException("@mock-only: needs the mock's control plane, so it is skipped on a real server");
    }
  }

  @After
  public void cleanUp(Scenario scenario) {
    context.spec().warnings().forEach(scenario::log);
    if (context.target().embedded()) {
      context.control().dropNamespace();
      return;
    }
    Caller admin = context.caller(Actor.SYSTEM_ADMIN);
    for (String id : context.createdJobIds()) {
      // Best effort: a job that already finished answers 500, which is fine here.
      context.housekeeping().cancelJob(admin, id);
    }
  }
}
