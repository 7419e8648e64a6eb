package io.jobsconformance.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobsconformance.app.Settings;
import io.jobsconformance.model.Job;
import io.jobsconformance.model.JobStatus;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every contract: each test gets a fresh, empty backend from {@link #newDriver()} (a new in-process
 * server, or a new mock namespace), so the same cases run unchanged in-process and over HTTP. It also keeps the rule
 * of issue part 4: a rejected request must leave every stored job exactly as it was, and the server must go on
 * serving normal requests.
 */
public abstract class JobsContract {
  protected ApiDriver api;
  private final Set<String> seeded = new LinkedHashSet<>();

  /** A driver for a fresh, isolated backend with default settings and the {@link Actor} sessions. */
  protected abstract ApiDriver newDriver();

  @BeforeEach
  final void openDriver() {
    api = newDriver();
  }

  @AfterEach
  final void closeDriver() {
    api.close();
  }

  protected Exchange send(Call call) {
    return api.send(call);
  }

  protected Job seed(Seed seed) {
    Job job = api.seed(seed.toJobSeed());
    seeded.add(job.id());
    return job;
  }

  protected Job seed(String type, String status) {
    return seed(Seed.job(type).status(status));
  }

  protected Job pending(String type) {
    return seed(type, JobStatus.PENDING);
  }

  /** The job as the control plane sees it now; fails if it is gone. */
  protected Job stored(String id) {
    Optional<Job> job = api.job(id);
    assertThat(job).as("stored job %s", id).isPresent();
    return job.get();
  }

  protected void settings(Settings settings) {
    api.settings(settings);
  }

  /** Every job this test seeded, as stored now, plus the total count (which catches a job created by mistake). */
  protected Snapshot snapshot() {
    Map<String, Job> jobs = new LinkedHashMap<>();
    for (String id : seeded) {
      jobs.put(id, api.job(id).orElse(null));
    }
    return new Snapshot(api.jobCount(), jobs);
  }

  /** Sends a request that must fail: the exact error, no stored job changed, and the server still healthy. */
  protected Exchange rejects(Call call, ApiError expected) {
    Snapshot before = snapshot();
    Exchange r = send(call);
    Expect.error(r, expected);
    assertUnchangedAndServing(before);
    return r;
  }

  protected void assertUnchangedAndServing(Snapshot before) {
    assertThat(snapshot()).as("stored jobs after a rejected request").isEqualTo(before);
    assertServing();
  }

  /** A normal request still gets a normal answer. */
  protected void assertServing() {
    Exchange r = send(Call.get(JobsPaths.JOBS + "?per_page=1").as(Actor.ADMIN));
    assertThat(r.status()).as("a normal request after the bad one: %s", r).isEqualTo(200);
  }

  /** The stored jobs at one moment. */
  public record Snapshot(long count, Map<String, Job> jobs) {}
}
