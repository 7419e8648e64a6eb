package io.jobsconformance.conformance.steps;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.java.en.Then;
import io.jobsconformance.conformance.client.Exchange;
import java.io.IOException;

/**
 * The exact bodies of list answers where the real server's are quirky: an empty list written as {@code null} or as
 * {@code []} depending on the query, and an invalid status filter answered with the list and the error run together.
 */
public final class ListAnswerChecks {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ScenarioContext context;

  public ListAnswerChecks(ScenarioContext context) {
    this.context = context;
  }

  /** {@code job_store.go GetAllByTypesPage} leaves a nil slice nil when no row matches: the body is null. */
  @Then("the empty listing is written as null, not as an empty array")
  public void writtenAsNull() {
    expect(answer().status() == 200 && answer().text().strip().equals("null"), "the body null");
  }

  @Then("the empty listing is written as an empty array")
  public void writtenAsEmptyArray() {
    expect(answer().status() == 200 && answer().text().strip().equals("[]"), "the body []");
  }

  /**
   * 400 {@code api.job.status.invalid}. Upstream's getJobs sets the error without returning, so a real server writes
   * the (empty) list first and the error after it, {@code []{"id":...}}; only the error is judged here.
   */
  @Then("the status filter is refused as invalid")
  public void statusFilterRefused() {
    String body = answer().text().strip();
    String error = body.startsWith("[]") ? body.substring(2) : body;
    String id;
    try {
      id = JSON.readTree(error).path("id").asText(null);
    } catch (IOException e) {
      id = null;
    }
    if (answer().status() != 400 || !"api.job.status.invalid".equals(id)) {
      throw new AssertionError("expected 400 api.job.status.invalid, got " + answer());
    }
  }

  private Exchange answer() {
    return context.last();
  }

  private void expect(boolean holds, String what) {
    if (!holds) {
      throw new AssertionError("expected " + what + "; got " + answer());
    }
  }
}
