package io.jobsconformance.conformance.steps;

import io.cucumber.java.en.Then;
import io.jobsconformance.conformance.client.Exchange;

/**
 * The headers {@code web/handlers.go ServeHTTP} puts on every API answer before its handler runs: the request id
 * (which an error body repeats), the server version, the JSON content type, {@code Expires: 0} on GET requests, and
 * the security headers. The feature speaks of what they mean; only this class names them.
 */
public final class HeaderSteps {
  private final ScenarioContext context;

  public HeaderSteps(ScenarioContext context) {
    this.context = context;
  }

  @Then("the answer carries a request id of 26 characters")
  public void theAnswerCarriesARequestId() {
    String id = header("X-Request-Id");
    if (id == null || !id.matches("[a-z0-9]{26}")) {
      throw new AssertionError("expected a request id of 26 lower-case letters and digits, got " + id);
    }
  }

  @Then("the error names the request id of its answer")
  public void theErrorNamesTheRequestId() {
    Exchange answer = context.last();
    String inBody = answer.json().path("request_id").asText(null);
    if (answer.status() < 400 || inBody == null || !inBody.equals(answer.header("X-Request-Id"))) {
      throw new AssertionError(
          "expected an error whose request_id is the X-Request-Id " + answer.header("X-Request-Id")
              + ", got " + answer);
    }
  }

  @Then("the answer carries the server's version")
  public void theAnswerCarriesTheVersion() {
    String version = header("X-Version-Id");
    if (version == null || version.isBlank()) {
      throw new AssertionError("expected a server version, got none: " + context.last().headers());
    }
  }

  @Then("the answer is JSON")
  public void theAnswerIsJson() {
    String type = header("Content-Type");
    if (type == null || !type.startsWith("application/json")) {
      throw new AssertionError("expected the content type application/json, got " + type);
    }
  }

  @Then("the answer is already expired for caches")
  public void theAnswerIsAlreadyExpired() {
    if (!"0".equals(header("Expires"))) {
      throw new AssertionError("expected Expires: 0, got " + header("Expires"));
    }
  }

  @Then("the answer has no expiry date")
  public void theAnswerHasNoExpiryDate() {
    if (header("Expires") != null) {
      throw new AssertionError("expected no Expires header, got " + header("Expires"));
    }
  }

  @Then("the answer forbids content sniffing and referrers")
  public void theAnswerForbidsSniffingAndReferrers() {
    if (!"nosniff".equals(header("X-Content-Type-Options")) || !"no-referrer".equals(header("Referrer-Policy"))) {
      throw new AssertionError(
          "expected X-Content-Type-Options: nosniff and Referrer-Policy: no-referrer, got "
              + context.last().headers());
    }
  }

  private String header(String name) {
    return context.last().header(name);
  }
}
