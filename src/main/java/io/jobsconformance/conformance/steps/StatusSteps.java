package io.jobsconformance.conformance.steps;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.When;
import io.jobsconformance.conformance.server.Actor;
import java.nio.charset.StandardCharsets;

/**
 * Status changes whose request body is itself the subject: a body that does not name the new status as text, or one
 * whose {@code force} is not a boolean. Upstream reads the body with {@code model.StringInterfaceFromJSON} and type
 * assertions ({@code props["status"].(string)}, {@code props["force"].(bool)}), so these bodies are told apart only by
 * the JSON types they carry; the feature files name the shape and this class alone writes the JSON.
 */
public final class StatusSteps {
  private final ScenarioContext context;

  public StatusSteps(ScenarioContext context) {
    this.context = context;
  }

  /** A PATCH body with no usable status, by the phrase that describes it. */
  @ParameterType(
      "without naming a status|naming a status that is not text|naming a status that is null"
          + "|with a body that is not an object")
  public String statusNaming(String phrase) {
    return switch (phrase) {
      case "without naming a status" -> "{}";
      case "naming a status that is not text" -> "{\"status\":1,\"force\":true}";
      case "naming a status that is null" -> "{\"status\":null,\"force\":true}";
      case "with a body that is not an object" -> "[\"canceled\"]";
      default -> throw new IllegalArgumentException(phrase);
    };
  }

  /** A {@code force} value that is not a JSON boolean, by the phrase that describes it. */
  @ParameterType("text|a number")
  public String forceForm(String phrase) {
    return phrase.equals("text") ? "\"true\"" : "1";
  }

  @When("{actor} changes the job's status {statusNaming}")
  public void changesTheStatusWithoutATextualStatus(Actor actor, String body) {
    send(actor, body);
  }

  @When("{actor} changes the job's status to {status} with force given as {forceForm}")
  public void changesTheStatusWithANonBooleanForce(Actor actor, String status, String force) {
    send(actor, "{\"status\":\"" + status + "\",\"force\":" + force + "}");
  }

  private void send(Actor actor, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    context.actOnJob(id -> context.api().updateJobStatus(context.caller(actor), id, bytes));
  }
}
