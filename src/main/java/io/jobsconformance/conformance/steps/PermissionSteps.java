package io.jobsconformance.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.jobsconformance.conformance.client.AuthStyle;
import io.jobsconformance.conformance.client.Caller;
import io.jobsconformance.conformance.client.Exchange;
import io.jobsconformance.model.Ids;
import java.nio.charset.StandardCharsets;

/**
 * The outcome of a permission check ({@code app/job.go SessionHasPermissionTo{Read,Create,Manage}Job}) in the words of
 * the permission matrices: a request is allowed, forbidden (403: the caller lacks the type's permission) or refused
 * because the type has no permission of that kind at all (400, before any role is looked at). A user holding one single
 * permission (a session added through the mock's control plane) shows which action each permission grants.
 */
public final class PermissionSteps {
  /** What the answer must be for each verdict: the status and, for refusals, the error id. */
  public enum Verdict {
    ALLOWED(200, null),
    ALLOWED_AND_CREATED(201, null),
    FORBIDDEN(403, "api.context.permissions.app_error"),
    NO_READ_PERMISSION(400, "api.job.retrieve.nopermissions"),
    NO_CREATE_PERMISSION(400, "api.job.unable_to_create_job.incorrect_job_type"),
    NO_MANAGE_PERMISSION(400, "api.job.unable_to_manage_job.incorrect_job_type"),
    NO_WORKER(400, "model.job.is_valid.type.app_error");

    final int status;
    final String errorId;

    Verdict(int status, String errorId) {
      this.status = status;
      this.errorId = errorId;
    }
  }

  private final ScenarioContext context;
  private Caller singlePermissionUser;

  public PermissionSteps(ScenarioContext context) {
    this.context = context;
  }

  @ParameterType(
      "allowed and creates the job|allowed|forbidden|refused for a type without read permissions"
          + "|refused for a type that cannot be created|refused for a type that cannot be managed"
          + "|refused for a type without a worker")
  public Verdict verdict(String phrase) {
    return switch (phrase) {
      case "allowed" -> Verdict.ALLOWED;
      case "allowed and creates the job" -> Verdict.ALLOWED_AND_CREATED;
      case "forbidden" -> Verdict.FORBIDDEN;
      case "refused for a type without read permissions" -> Verdict.NO_READ_PERMISSION;
      case "refused for a type that cannot be created" -> Verdict.NO_CREATE_PERMISSION;
      case "refused for a type that cannot be managed" -> Verdict.NO_MANAGE_PERMISSION;
      case "refused for a type without a worker" -> Verdict.NO_WORKER;
      default -> throw new IllegalArgumentException(phrase);
    };
  }

  @Then("the request is {verdict}")
  public void theRequestIs(Verdict verdict) {
    Exchange answer = context.last();
    boolean matches =
        answer.status() == verdict.status && (verdict.errorId == null || verdict.errorId.equals(answer.errorId()));
    if (!matches) {
      String expected = verdict.status + (verdict.errorId == null ? "" : " " + verdict.errorId);
      throw new AssertionError("expected the request to be " + verdict + " (" + expected + "), got " + answer);
    }
    if (verdict == Verdict.ALLOWED_AND_CREATED) {
      JsonNode job = answer.json();
      if (!"pending".equals(job.path("status").asText()) || job.path("id").asText().isEmpty()) {
        throw new AssertionError("expected a new pending job, got " + answer);
      }
    }
  }

  @Given("a user whose only permission is {word}")
  public void aUserWhoseOnlyPermissionIs(String permission) {
    String token = "single" + Ids.newId();
    context.control().addSession("{\"token\":\"" + token + "\",\"permissions\":[\"" + permission + "\"]}");
    singlePermissionUser = new Caller(token, null, AuthStyle.BEARER);
  }

  @When("that user gets the job")
  public void thatUserGetsTheJob() {
    context.actOnJob(id -> context.api().getJob(user(), id));
  }

  @When("that user creates a job of its type")
  public void thatUserCreatesAJobOfItsType() {
    String type = context.control().job(context.jobId()).path("type").asText();
    byte[] body = ("{\"type\":\"" + type + "\"}").getBytes(StandardCharsets.UTF_8);
    context.remember(context.api().createJob(user(), body));
  }

  @When("that user cancels the job")
  public void thatUserCancelsTheJob() {
    context.actOnJob(id -> context.api().cancelJob(user(), id));
  }

  @When("that user changes the job's status")
  public void thatUserChangesTheJobsStatus() {
    byte[] body = "{\"status\":\"cancel_requested\"}".getBytes(StandardCharsets.UTF_8);
    context.actOnJob(id -> context.api().updateJobStatus(user(), id, body));
  }

  private Caller user() {
    if (singlePermissionUser == null) {
      throw new IllegalStateException("no user with a single permission was added in this scenario");
    }
    return singlePermissionUser;
  }
}
