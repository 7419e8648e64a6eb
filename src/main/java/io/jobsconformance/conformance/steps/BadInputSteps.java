package io.jobsconformance.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.jobsconformance.conformance.client.Exchange;
import io.jobsconformance.conformance.server.Actor;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Input a server must refuse without harm: request bodies that are not what the handler decodes, paging numbers it
 * cannot use (malformed job ids are in {@link JobIdSteps}); and the proof that nothing was harmed, i.e. the jobs the
 * scenario created are as they were made and the server still answers. The bodies are described in words in the
 * features and written only here.
 */
public final class BadInputSteps {
  /** {@code MaximumPayloadSizeBytes} (default 300000) plus the 512 bytes {@code bytes.MinRead} the server adds. */
  static final int BODY_LIMIT = 300_000 + 512;

  private static final String TOO_BIG_JOB = "{\"type\":\"not_a_job_type\",\"data\":{\"padding\":\"";
  private static final String TOO_BIG_STATUS = "{\"status\":\"canceled\",\"force\":true,\"padding\":\"";

  private final ScenarioContext context;

  public BadInputSteps(ScenarioContext context) {
    this.context = context;
  }

  @ParameterType(
      "malformed JSON|a JSON array|an empty body|the JSON null|a type that is a number|data that is not an object"
          + "|data with a value that is not text|a body over the size limit|a body exactly at the size limit")
  public String createBody(String phrase) {
    String type = context.target().jobType();
    return switch (phrase) {
      case "malformed JSON" -> "{\"type\":\"" + type + "\"";
      case "a JSON array" -> "[{\"type\":\"" + type + "\"}]";
      case "an empty body" -> "";
      case "the JSON null" -> "null";
      case "a type that is a number" -> "{\"type\":5}";
      case "data that is not an object" -> "{\"type\":\"" + type + "\",\"data\":\"x\"}";
      case "data with a value that is not text" -> "{\"type\":\"" + type + "\",\"data\":{\"retries\":3}}";
      // An unknown type: whatever a server does with the size, it must create nothing.
      case "a body over the size limit" -> padded(TOO_BIG_JOB, "\"}}", BODY_LIMIT + 1000);
      case "a body exactly at the size limit" -> padded(TOO_BIG_JOB, "\"}}", BODY_LIMIT);
      default -> throw new IllegalArgumentException(phrase);
    };
  }

  @ParameterType(
      "malformed JSON|an empty body|the JSON null|a status that is a number|a status in a list"
          + "|a body over the size limit")
  public String statusBody(String phrase) {
    return switch (phrase) {
      case "malformed JSON" -> "{\"status\":\"canceled\"";
      case "an empty body" -> "";
      case "the JSON null" -> "null";
      case "a status that is a number" -> "{\"status\":5}";
      case "a status in a list" -> "{\"status\":[\"canceled\"]}";
      // The status comes first: a server that read the body in part would cancel the job.
      case "a body over the size limit" -> padded(TOO_BIG_STATUS, "\"}", BODY_LIMIT + 1000);
      default -> throw new IllegalArgumentException(phrase);
    };
  }

  @When("{actor} asks to create a job from {createBody}")
  public void asksToCreateAJobFrom(Actor actor, String body) {
    Exchange answer = context.remember(context.api().createJob(context.caller(actor), bytes(body)));
    if (answer.status() == 201) {
      context.created(answer.json().path("id").asText());
    }
  }

  @When("{actor} asks to change the job's status with {statusBody}")
  public void asksToChangeTheStatusWith(Actor actor, String body) {
    context.actOnJob(id -> context.api().updateJobStatus(context.caller(actor), id, bytes(body)));
  }

  @When("{actor} lists all jobs asking for page {string}")
  public void listsAllJobsAskingForPage(Actor actor, String page) {
    context.remember(context.api().getJobs(context.caller(actor), Map.of("page", page)));
  }

  @When("{actor} lists all jobs asking for {string} jobs per page")
  public void listsAllJobsAskingForJobsPerPage(Actor actor, String perPage) {
    context.remember(context.api().getJobs(context.caller(actor), Map.of("per_page", perPage)));
  }

  @Then("the answer lists the jobs the scenario created")
  public void theAnswerListsTheCreatedJobs() {
    expectListed(context.last());
  }

  @Then("the server still answers normally")
  public void theServerStillAnswersNormally() {
    Exchange answer =
        context.api().getJobsByType(context.caller(Actor.SYSTEM_ADMIN), context.target().jobType(), Map.of());
    expectListed(answer);
  }

  /**
   * Each job the scenario created is still there, of its type, and untouched: pending, never started, no activity. A
   * job a real server's worker has claimed since ({@code start_at} set) can only be checked for its identity.
   */
  @Then("the jobs the scenario created are untouched")
  public void theCreatedJobsAreUntouched() {
    if (context.createdJobIds().isEmpty()) {
      throw new IllegalStateException("this scenario created no job to check");
    }
    for (String id : context.createdJobIds()) {
      Exchange answer = context.api().getJob(context.caller(Actor.SYSTEM_ADMIN), id);
      JsonNode job = answer.status() == 200 ? answer.json() : null;
      if (job == null || !id.equals(job.path("id").asText())
          || !context.target().jobType().equals(job.path("type").asText())) {
        throw new AssertionError("the job " + id + " is gone or changed: " + answer);
      }
      boolean claimedByAWorker = !context.target().embedded() && job.path("start_at").asLong() != 0;
      boolean untouched = "pending".equals(job.path("status").asText()) && job.path("last_activity_at").asLong() == 0
          && job.path("start_at").asLong() == 0 && job.path("progress").asLong() == 0;
      if (!claimedByAWorker && !untouched) {
        throw new AssertionError("the job " + id + " was changed: " + answer);
      }
    }
  }

  private void expectListed(Exchange answer) {
    String text = answer.text();
    if (answer.status() != 200 || !answer.json().isArray()) {
      throw new AssertionError("expected 200 with a list of jobs, got " + answer);
    }
    for (String id : context.createdJobIds()) {
      if (!text.contains("\"" + id + "\"")) {
        throw new AssertionError("expected the list to hold the job " + id + ", got " + answer);
      }
    }
  }

  private static String padded(String prefix, String suffix, int totalLength) {
    return prefix + "x".repeat(totalLength - prefix.length() - suffix.length()) + suffix;
  }

  private static byte[] bytes(String body) {
    return body.getBytes(StandardCharsets.UTF_8);
  }
}
