package io.jobsconformance.conformance.steps;

import io.cucumber.java.en.Given;
import io.jobsconformance.conformance.client.Exchange;
import io.jobsconformance.conformance.server.Actor;

/**
 * A job that has already been cancelled through the API, so that what a second cancellation does can be checked on a
 * real server too. Creating and cancelling are one step so that, when a server's worker claims the job first (and
 * the cancellation only asks it to stop), {@link WorkerRace} can redo the whole setup on a fresh job.
 */
public final class CancelSteps {
  private final ScenarioContext context;
  private final JobSteps jobs;

  public CancelSteps(ScenarioContext context, JobSteps jobs) {
    this.context = context;
    this.jobs = jobs;
  }

  @Given("a job {actor} created and then canceled")
  public void aJobCreatedAndCanceled(Actor actor) {
    context.job(createAndCancel(actor), () -> createAndCancel(actor));
  }

  private String createAndCancel(Actor actor) {
    String id = jobs.createThroughTheApi(actor);
    Exchange answer = context.api().cancelJob(context.caller(actor), id);
    if (answer.status() != 200) {
      throw new IllegalStateException("could not cancel the job just created: " + answer);
    }
    return id;
  }
}
