package io.jobsconformance.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.When;
import io.jobsconformance.conformance.client.Exchange;
import io.jobsconformance.conformance.report.Observations;
import io.jobsconformance.conformance.server.Actor;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One step per endpoint, in its plainest form: who does what to the scenario's job. Status changes and cancellations
 * are also recorded, with the status the job had before, for the status-change coverage in the summary.
 */
public final class JobActionSteps {
  private final ScenarioContext context;

  public JobActionSteps(ScenarioContext context) {
    this.context = context;
  }

  @When("{actor} gets the job")
  public void getsTheJob(Actor actor) {
    context.actOnJob(id -> context.api().getJob(context.caller(actor), id));
  }

  @When("{actor} cancels the job")
  public void cancelsTheJob(Actor actor) {
    String before = statusNow();
    Exchange answer = context.actOnJob(id -> context.api().cancelJob(context.caller(actor), id));
    Observations.global().cancel(before, outcome(answer));
  }

  @When("{actor} changes the job's status to {status}")
  public void changesTheStatus(Actor actor, String status) {
    changeStatus(actor, status, false);
  }

  @When("{actor} forces the job's status to {status}")
  public void forcesTheStatus(Actor actor, String status) {
    changeStatus(actor, status, true);
  }

  @When("{actor} creates a(n) {status} job")
  public void createsAJob(Actor actor, String type) {
    Exchange answer =
        context.remember(
            context.api().createJob(context.caller(actor), ("{\"type\":\"" + type + "\"}").getBytes(StandardCharsets.UTF_8)));
    if (answer.status() == 201) {
      String id = answer.json().path("id").asText();
      context.created(id);
      context.job(id, null);
    }
  }

  @When("{actor} lists all jobs")
  public void listsAllJobs(Actor actor) {
    context.remember(context.api().getJobs(context.caller(actor), Map.of()));
  }

  @When("{actor} lists the jobs filtered to type {status}")
  public void listsTheJobsFilteredToType(Actor actor, String type) {
    context.remember(context.api().getJobs(context.caller(actor), Map.of("job_type", type)));
  }

  @When("{actor} lists the jobs of type {status}")
  public void listsTheJobsOfType(Actor actor, String type) {
    context.remember(context.api().getJobsByType(context.caller(actor), type, Map.of()));
  }

  @When("{actor} downloads the job's results")
  public void downloadsTheResults(Actor actor) {
    context.actOnJob(id -> context.api().downloadJob(context.caller(actor), id, Map.of()));
  }

  private void changeStatus(Actor actor, String status, boolean force) {
    String before = statusNow();
    String body = "{\"status\":\"" + status + "\"" + (force ? ",\"force\":true" : "") + "}";
    Exchange answer =
        context.actOnJob(
            id -> context.api().updateJobStatus(context.caller(actor), id, body.getBytes(StandardCharsets.UTF_8)));
    Observations.global().transition(before, status, force, outcome(answer));
  }

  private String statusNow() {
    JsonNode job = new WorkerRace(context).currentJob(context.jobId());
    return job == null ? "(no job)" : job.path("status").asText();
  }

  private String outcome(Exchange answer) {
    if (answer.status() == 200) {
      JsonNode after = context.jobAfterAction();
      return "200 " + (after == null ? "?" : after.path("status").asText());
    }
    return answer.status() + " " + answer.errorId();
  }
}
