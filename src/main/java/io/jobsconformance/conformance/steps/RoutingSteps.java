package io.jobsconformance.conformance.steps;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.jobsconformance.conformance.client.Exchange;
import io.jobsconformance.conformance.client.RouteMiss;
import io.jobsconformance.conformance.server.Actor;

/**
 * Requests under {@code /api/v4/jobs} that no route of {@code api4/job.go InitJob} takes: a wrong method or an unknown
 * path. gorilla/mux has no method-not-allowed handler, so {@code api4/api.go Handle404} answers all of them.
 */
public final class RoutingSteps {
  private final ScenarioContext context;

  public RoutingSteps(ScenarioContext context) {
    this.context = context;
  }

  @ParameterType(
      "asks for the job list with a trailing slash|asks for the jobs of an empty type"
          + "|asks for an unknown part of the job|tries to delete the job|tries to replace the job list"
          + "|tries to read the job's cancellation|tries to post the job's status")
  public RouteMiss routeMiss(String phrase) {
    return switch (phrase) {
      case "asks for the job list with a trailing slash" -> RouteMiss.TRAILING_SLASH;
      case "asks for the jobs of an empty type" -> RouteMiss.EMPTY_JOB_TYPE;
      case "asks for an unknown part of the job" -> RouteMiss.UNKNOWN_SUB_PATH;
      case "tries to delete the job" -> RouteMiss.DELETE_A_JOB;
      case "tries to replace the job list" -> RouteMiss.PUT_THE_JOB_LIST;
      case "tries to read the job's cancellation" -> RouteMiss.GET_THE_CANCEL_ROUTE;
      case "tries to post the job's status" -> RouteMiss.POST_THE_STATUS_ROUTE;
      default -> throw new IllegalArgumentException(phrase);
    };
  }

  @When("{actor} {routeMiss}")
  public void missesEveryRoute(Actor actor, RouteMiss miss) {
    context.remember(context.api().missRoute(context.caller(actor), miss, context.jobId()));
  }

  @Then("the server knows no such route")
  public void theServerKnowsNoSuchRoute() {
    Exchange answer = context.last();
    if (answer.status() != 404 || !"api.context.404.app_error".equals(answer.errorId())) {
      throw new AssertionError("expected 404 api.context.404.app_error, got " + answer);
    }
  }

  @Then("the error carries no request id")
  public void theErrorCarriesNoRequestId() {
    Exchange answer = context.last();
    if (!answer.json().path("request_id").asText("").isEmpty()) {
      throw new AssertionError("expected an error without a request_id, got " + answer);
    }
  }
}
