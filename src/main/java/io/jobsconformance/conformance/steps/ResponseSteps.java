package io.jobsconformance.conformance.steps;

import io.cucumber.java.en.Then;
import io.jobsconformance.conformance.client.Exchange;

/** What the server answered to the scenario's last request: its status, its error id, its {@code StatusOK} body. */
public final class ResponseSteps {
  private final ScenarioContext context;

  public ResponseSteps(ScenarioContext context) {
    this.context = context;
  }

  @Then("the request succeeds with {int}")
  public void theRequestSucceedsWith(int status) {
    Exchange answer = context.last();
    if (answer.status() != status) {
      throw new AssertionError("expected " + status + ", got " + answer);
    }
  }

  @Then("the request fails with {int} {string}")
  public void theRequestFailsWith(int status, String errorId) {
    Exchange answer = context.last();
    if (answer.status() != status || !errorId.equals(answer.errorId())) {
      throw new AssertionError("expected " + status + " " + errorId + ", got " + answer);
    }
  }

  @Then("the answer is the status OK")
  public void theAnswerIsStatusOk() {
    Exchange answer = context.last();
    if (answer.status() != 200 || !"{\"status\":\"OK\"}".equals(answer.text())) {
      throw new AssertionError("expected 200 {\"status\":\"OK\"}, got " + answer);
    }
  }
}
