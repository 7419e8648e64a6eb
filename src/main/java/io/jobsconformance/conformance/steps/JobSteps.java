package io.jobsconformance.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.jobsconformance.conformance.client.Exchange;
import io.jobsconformance.conformance.server.Actor;
import io.jobsconformance.model.Ids;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The job a scenario is about: made through the API (works everywhere), or stored verbatim in any state through the
 * mock's control plane ({@code @mock-only}); and what it looks like after the scenario acted on it.
 */
public final class JobSteps {
  private final ScenarioContext context;

  public JobSteps(ScenarioContext context) {
    this.context = context;
  }

  @Given("a job {actor} created")
  public void aJobCreatedBy(Actor actor) {
    String id = createThroughTheApi(actor);
    context.job(id, () -> createThroughTheApi(actor));
  }

  @Given("a(n) {word} job with status {status}")
  public void aStoredJob(String type, String status) {
    seed(Map.of("type", type, "status", status));
  }

  @Given("a job of type {status} with status {status}")
  public void aStoredJobOfAnyType(String type, String status) {
    seed(Map.of("type", type, "status", status));
  }

  @Given("an unknown job id")
  public void anUnknownJobId() {
    context.job(Ids.newId(), null);
  }

  @Then("the job's status is {status}")
  public void theJobsStatusIs(String status) {
    JsonNode job = context.jobAfterAction();
    if (job == null || !status.equals(job.path("status").asText())) {
      throw new AssertionError("expected the job to be '" + status + "', but it is " + job);
    }
  }

  /** Creates a job of the target's job type (the only type a real-server run creates) and returns its id. */
  String createThroughTheApi(Actor actor) {
    String body = "{\"type\":\"" + context.target().jobType() + "\"}";
    Exchange answer = context.api().createJob(context.caller(actor), body.getBytes(StandardCharsets.UTF_8));
    if (answer.status() != 201) {
      throw new IllegalStateException("could not create a job to work with: " + answer);
    }
    String id = answer.json().path("id").asText();
    context.created(id);
    return id;
  }

  private void seed(Map<String, String> fields) {
    ObjectNode job = JsonNodeFactory.instance.objectNode();
    fields.forEach(job::put);
    context.job(context.control().seedJob(job.toString()).path("id").asText(), null);
  }
}
