package io.jobsconformance.conformance.steps;

import io.cucumber.java.en.Given;

/** The state of the server's job store: the mock can make it fail like an unreachable database. */
public final class StoreSteps {
  private final ScenarioContext context;

  public StoreSteps(ScenarioContext context) {
    this.context = context;
  }

  @Given("the job store is failing")
  public void theJobStoreIsFailing() {
    context.control().settings("{\"store_failure\":true}");
  }
}
