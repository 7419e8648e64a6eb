package io.jobsconformance.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.jobsconformance.conformance.client.Exchange;
import io.jobsconformance.conformance.server.Actor;

/**
 * The job's worker, played through the mock's control plane ({@code @mock-only}): what upstream's job server does in
 * the background (claim, fail, stop on request, give a job back), and what the API then shows of the job. The checks
 * read the job through the API as the system admin, so they judge the server's answer, not the mock's store.
 */
public final class WorkerSteps {
  private final ScenarioContext context;

  public WorkerSteps(ScenarioContext context) {
    this.context = context;
  }

  @When("the job's worker claims it")
  public void claims() {
    work(action("claim"));
  }

  @When("the job's worker fails it with the error {string}")
  public void failsWith(String error) {
    work(action("error").put("error", error));
  }

  @When("the job's worker stops as it was asked to")
  public void stopsAsAsked() {
    work(action("canceled"));
  }

  @When("the job's worker is stopped and gives the job back")
  public void givesTheJobBack() {
    work(action("pending"));
  }

  @Then("the job has a start time")
  public void hasAStartTime() {
    JsonNode job = jobAsTheAdminSeesIt();
    if (job.path("start_at").asLong() <= 0) {
      throw new AssertionError("expected the job to have a start time (start_at > 0), but it is " + job);
    }
  }

  @Then("the job's progress is {int}")
  public void progressIs(int progress) {
    JsonNode job = jobAsTheAdminSeesIt();
    if (!job.path("progress").canConvertToLong() || job.path("progress").asLong() != progress) {
      throw new AssertionError("expected the job's progress to be " + progress + ", but the job is " + job);
    }
  }

  @Then("the job's data records the error {string}")
  public void dataRecordsTheError(String error) {
    JsonNode job = jobAsTheAdminSeesIt();
    if (!error.equals(job.path("data").path("error").asText(null))) {
      throw new AssertionError("expected the job's data.error to be '" + error + "', but the job is " + job);
    }
  }

  private static ObjectNode action(String name) {
    return JsonNodeFactory.instance.objectNode().put("action", name);
  }

  private void work(ObjectNode action) {
    String id = context.jobId();
    context.control().work(id, action.toString());
    context.job(id, null);
  }

  private JsonNode jobAsTheAdminSeesIt() {
    Exchange answer = context.api().getJob(context.caller(Actor.SYSTEM_ADMIN), context.jobId());
    if (answer.status() != 200) {
      throw new AssertionError("expected to read the job, got " + answer);
    }
    return answer.json();
  }
}
