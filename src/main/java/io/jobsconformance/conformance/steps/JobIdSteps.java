package io.jobsconformance.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.jobsconformance.conformance.client.Exchange;
import io.jobsconformance.model.Ids;

/**
 * Job ids as a client may get them wrong, made the scenario's job id so that every action step sends them: the wrong
 * length ({@code web/context.go RequireJobId} wants 26 letters or digits), characters the routes of {@code
 * api4/job.go InitJob} do not take ({@code [A-Za-z0-9]+}, matched on the decoded path), and percent-encoding, which
 * the router decodes before it matches. Ids go on the wire exactly as written here.
 */
public final class JobIdSteps {
  private final ScenarioContext context;
  private String namedJobId;

  public JobIdSteps(ScenarioContext context) {
    this.context = context;
  }

  @Given("a job id of {int} letters and digits")
  public void aJobIdOfLettersAndDigits(int length) {
    String id = (Ids.newId() + Ids.newId()).substring(0, length);
    context.job(id, null);
  }

  @Given("a job id of 26 letters outside ASCII")
  public void aJobIdOfNonAsciiLetters() {
    // "é" 26 times, as UTF-8 on the wire: model.IsValidId would take it, the route's [A-Za-z0-9]+ does not.
    context.job("%C3%A9".repeat(26), null);
  }

  @Given("a job id of 26 characters with a percent-encoded punctuation mark")
  public void aJobIdWithAPunctuationMark() {
    context.job(Ids.newId().substring(0, 25) + "%21", null);
  }

  @Given("a job id of 25 percent-encoded letters")
  public void aPercentEncodedJobIdOneShort() {
    context.job(percentEncoded(Ids.newId().substring(0, 25)), null);
  }

  @Given("the job's id written with percent-encoded letters")
  public void theJobsIdPercentEncoded() {
    namedJobId = context.jobId();
    context.job(percentEncoded(namedJobId), null);
  }

  @Given("a job id written as {string}")
  public void aJobIdWrittenAs(String id) {
    context.job(id, null);
  }

  @Then("the answer is the job that id names")
  public void theAnswerIsTheNamedJob() {
    Exchange answer = context.last();
    if (answer.status() != 200 || !answer.json().path("id").asText().equals(namedJobId)) {
      throw new AssertionError("expected 200 with job " + namedJobId + ", got " + answer);
    }
  }

  private static String percentEncoded(String id) {
    StringBuilder encoded = new StringBuilder();
    id.chars().forEach(c -> encoded.append('%').append(String.format("%02X", c)));
    return encoded.toString();
  }
}
