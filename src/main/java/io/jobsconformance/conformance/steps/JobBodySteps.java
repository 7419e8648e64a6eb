package io.jobsconformance.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the job in the scenario's last answer looks like: the nine fields of {@code model.Job} in the server's order,
 * ids as {@code model.NewId} makes them, Unix-millisecond times, {@code data} as a string map or null, and the state
 * of a job just created. Checks on creation times allow a day of clock difference between the suite and the server.
 */
public final class JobBodySteps {
  private static final List<String> FIELDS =
      List.of("id", "type", "priority", "create_at", "start_at", "last_activity_at", "status", "progress", "data");
  /** {@code model/utils.go}: NewId is lowercase base32 over this alphabet. */
  private static final String ID_ALPHABET = "ybndrfg8ejkmcpqxot1uwisza345h769";
  private static final long DAY_MILLIS = 24L * 60 * 60 * 1000;

  private final ScenarioContext context;
  private final NamedJobs named;

  public JobBodySteps(ScenarioContext context, NamedJobs named) {
    this.context = context;
    this.named = named;
  }

  @Then("the answer is that job")
  public void isThatJob() {
    expect(context.jobId().equals(job().path("id").asText()), "the scenario's job " + context.jobId());
  }

  @Then("the answer is a job with its nine fields in the server's order")
  public void hasTheNineFields() {
    List<String> names = new ArrayList<>();
    job().fieldNames().forEachRemaining(names::add);
    expect(names.equals(FIELDS), "the fields " + FIELDS + " in that order, but they are " + names);
  }

  @Then("the answer's job id is 26 characters from the server's id alphabet")
  public void idIsAServerId() {
    String id = job().path("id").asText();
    expect(id.length() == 26 && id.chars().allMatch(c -> ID_ALPHABET.indexOf(c) >= 0), "a server id, not '" + id + "'");
  }

  @Then("the answer's job times are Unix milliseconds")
  public void timesAreMilliseconds() {
    expect(isNow(job().path("create_at")), "create_at in milliseconds of today");
    for (String field : List.of("start_at", "last_activity_at")) {
      JsonNode time = job().path(field);
      expect(time.isIntegralNumber() && (time.asLong() == 0 || isNow(time)), field + " 0 or in milliseconds of today");
    }
  }

  @Then("the answer's job has no data")
  public void hasNoData() {
    expect(job().has("data") && job().get("data").isNull(), "data null");
  }

  @Then("the answer's job has the data:")
  public void hasTheData(DataTable expected) {
    JsonNode data = job().path("data");
    expect(data.isObject(), "data as an object");
    Map<String, String> actual = new TreeMap<>();
    data.fields().forEachRemaining(e -> {
      expect(e.getValue().isTextual(), "data values that are strings");
      actual.put(e.getKey(), e.getValue().textValue());
    });
    expect(actual.equals(new TreeMap<>(expected.asMap())), "the data " + expected.asMap());
  }

  @Then("the answer is a new pending {status} job")
  public void isANewPendingJob(String type) {
    expect(type.equals(job().path("type").asText()), "type " + type);
    expect("pending".equals(job().path("status").asText()), "status pending");
    idIsAServerId();
  }

  @Then("the answer is a new pending job of the configured type")
  public void isANewPendingJobOfTheConfiguredType() {
    isANewPendingJob(context.target().jobType());
  }

  @Then("the answer's job has not started: priority, start, last activity and progress are all 0")
  public void hasNotStarted() {
    for (String field : List.of("priority", "start_at", "last_activity_at", "progress")) {
      expect(job().path(field).isIntegralNumber() && job().path(field).asLong() == 0, field + " 0");
    }
  }

  @Then("the answer's job was created just now")
  public void wasCreatedJustNow() {
    expect(isNow(job().path("create_at")), "create_at of today, in milliseconds");
  }

  /** The server must have set the field itself: a new id, pending, created now, or 0. */
  @Then("the answer's job ignores the {word} sent")
  public void ignoresTheFieldSent(String field) {
    JsonNode sent = named.sentValue(field);
    JsonNode value = job().path(field);
    expect(!same(sent, value), field + " other than the " + sent + " sent");
    switch (field) {
      case "id" -> idIsAServerId();
      case "status" -> expect("pending".equals(value.asText()), "status pending");
      case "create_at" -> wasCreatedJustNow();
      default -> expect(value.isIntegralNumber() && value.asLong() == 0, field + " 0");
    }
  }

  /** A stored job comes back exactly as the control plane stored it, field by field. */
  @Then("the answer holds the stored job's fields as stored")
  public void holdsTheStoredFields() {
    named.job("stored:sent").fields().forEachRemaining(
        field -> expect(same(field.getValue(), job().path(field.getKey())), field.getKey() + " " + field.getValue()));
    expect(job().equals(named.job("stored")), "the stored job " + named.job("stored"));
  }

  private static boolean same(JsonNode expected, JsonNode actual) {
    return expected.isNumber()
        ? actual.isIntegralNumber() && actual.asLong() == expected.asLong()
        : expected.equals(actual);
  }

  private boolean isNow(JsonNode time) {
    return time.isIntegralNumber() && Math.abs(time.asLong() - System.currentTimeMillis()) < DAY_MILLIS;
  }

  private JsonNode job() {
    JsonNode job = context.last().json();
    if (!job.isObject()) {
      throw new AssertionError("expected a job, got " + context.last());
    }
    return job;
  }

  private void expect(boolean holds, String what) {
    if (!holds) {
      throw new AssertionError("expected the job in the answer to have " + what + "; got " + context.last());
    }
  }
}
