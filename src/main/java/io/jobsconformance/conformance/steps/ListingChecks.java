package io.jobsconformance.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Then;
import io.jobsconformance.conformance.client.Exchange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a list of jobs holds and in which order. On a real server a list also holds jobs the scenario did not make,
 * so the checks that may run there look only at the scenario's own jobs and at the ordering rule (newest
 * {@code create_at} first; jobs created in the same millisecond may come in either order), never at totals.
 */
public final class ListingChecks {
  private final ScenarioContext context;
  private final ListingState listings;
  private final NamedJobs named;

  public ListingChecks(ScenarioContext context, ListingState listings, NamedJobs named) {
    this.context = context;
    this.listings = listings;
    this.named = named;
  }

  /** Names of the scenario's jobs: {@code first, second and third}. */
  @ParameterType(name = "jobNames", value = "[a-z][a-z0-9]*(?:(?:, | and )[a-z][a-z0-9]*)*")
  public List<String> jobNames(String names) {
    return Arrays.asList(names.split(", | and "));
  }

  @Then("the listing holds no jobs")
  public void holdsNoJobs() {
    expect(listed().isEmpty(), "no jobs");
  }

  @Then("the listing is exactly {jobNames}")
  public void isExactly(List<String> names) {
    expect(ids(listed()).equals(names.stream().map(named::id).toList()), "exactly " + names + " in that order");
  }

  @Then("the listing shows {jobNames} in that order")
  public void showsInOrder(List<String> names) {
    List<String> ids = ids(listed());
    for (int i = 0; i + 1 < names.size(); i++) {
      JsonNode newer = named.job(names.get(i));
      JsonNode older = named.job(names.get(i + 1));
      int newerAt = ids.indexOf(newer.path("id").asText());
      int olderAt = ids.indexOf(older.path("id").asText());
      expect(newerAt >= 0 && olderAt >= 0, "both " + names.get(i) + " and " + names.get(i + 1));
      boolean sameMillisecond = newer.path("create_at").asLong() == older.path("create_at").asLong();
      expect(sameMillisecond || newerAt < olderAt, names.get(i) + " before " + names.get(i + 1));
    }
  }

  @Then("the listing includes {jobNames}")
  public void includes(List<String> names) {
    names.forEach(name -> expect(ids(listed()).contains(named.id(name)), "job " + name));
  }

  @Then("the listing leaves out {jobNames}")
  public void leavesOut(List<String> names) {
    names.forEach(name -> expect(!ids(listed()).contains(named.id(name)), "no job " + name));
  }

  @Then("the listing includes the job")
  public void includesTheJob() {
    expect(ids(listed()).contains(context.jobId()), "the job " + context.jobId());
  }

  /**
   * Each answer is in create_at descending order. Across the pages of a walk only the scenario's own jobs can be
   * judged ("shows ... in that order"): on a real server, jobs created between two pages push older ones back, so a
   * later page may start with a job newer than the end of the one before.
   */
  @Then("the listing is newest first")
  @Then("every page is newest first")
  public void isNewestFirst() {
    for (Exchange page : listings.pagesOrLast(context)) {
      List<JsonNode> jobs = jobsIn(page);
      for (int i = 0; i + 1 < jobs.size(); i++) {
        long newer = jobs.get(i).path("create_at").asLong();
        long older = jobs.get(i + 1).path("create_at").asLong();
        expect(newer >= older, "create_at never increasing, but " + newer + " comes before " + older);
      }
    }
  }

  @Then("every listed job is of type {status}")
  public void everyJobIsOfType(String type) {
    listed().forEach(job -> expect(type.equals(job.path("type").asText()), "only " + type + " jobs"));
  }

  @Then("every listed job is of the configured type")
  public void everyJobIsOfTheConfiguredType() {
    everyJobIsOfType(context.target().jobType());
  }

  @Then("every listed job has status {status}")
  public void everyJobHasStatus(String status) {
    listed().forEach(job -> expect(status.equals(job.path("status").asText()), "only " + status + " jobs"));
  }

  @Then("no page holds more than {int} jobs")
  public void noPageHoldsMoreThan(int perPage) {
    listings.pagesOrLast(context).forEach(page -> expect(jobsIn(page).size() <= perPage, "pages of " + perPage));
  }

  /** A run seeded by {@code Given N stored X jobs}: the first page must be its newest jobs, newest first. */
  @Then("the listing holds the {int} newest stored jobs")
  public void holdsTheNewestStored(int count) {
    List<JsonNode> jobs = listed();
    expect(jobs.size() == count, count + " jobs");
    for (int i = 0; i < count; i++) {
      long expected = listings.newestStoredCreateAt() - i;
      expect(jobs.get(i).path("create_at").asLong() == expected, "the stored job created at " + expected + " at " + i);
    }
  }

  /** A list's jobs: an empty list may be written as {@code null} or {@code []}; any other answer fails the step. */
  static List<JsonNode> jobsIn(Exchange answer) {
    if (answer.status() != 200) {
      throw new AssertionError("expected a list of jobs, got " + answer);
    }
    JsonNode body = answer.json();
    if (body.isNull()) {
      return List.of();
    }
    if (!body.isArray()) {
      throw new AssertionError("expected a list of jobs, got " + answer);
    }
    List<JsonNode> jobs = new ArrayList<>();
    body.forEach(jobs::add);
    return jobs;
  }

  private List<JsonNode> listed() {
    List<JsonNode> jobs = new ArrayList<>();
    listings.pagesOrLast(context).forEach(page -> jobs.addAll(jobsIn(page)));
    return jobs;
  }

  private static List<String> ids(List<JsonNode> jobs) {
    return jobs.stream().map(job -> job.path("id").asText()).toList();
  }

  private void expect(boolean holds, String what) {
    if (!holds) {
      throw new AssertionError("expected the listing to hold " + what + "; got " + listings.pagesOrLast(context));
    }
  }
}
