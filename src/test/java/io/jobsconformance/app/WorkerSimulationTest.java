package io.jobsconformance.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.jobsconformance.model.Job;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The worker simulation on a real scheduler with a 20 ms step: jobs of types with a worker run to success (reference
 * §3.3: claim, progress, {@code SimpleWorker}'s 100 then success), a message export leaves a downloadable export, a
 * cancel request is honoured, and a type without a worker is never touched. Only generous deadlines, no timing asserts.
 */
class WorkerSimulationTest {
  private static final Duration DEADLINE = Duration.ofSeconds(10);

  private ScheduledExecutorService scheduler;
  private Server server;

  @BeforeEach
  void setUp() {
    scheduler = Executors.newSingleThreadScheduledExecutor();
    server = new Server(Clock.SYSTEM, Settings.DEFAULTS, List.of());
    server.simulateWorkers(new WorkerSimulation(scheduler, Duration.ofMillis(20)));
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    scheduler.shutdownNow();
    assertThat(scheduler.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
  }

  private Job awaitJob(String id, Predicate<Job> done) throws InterruptedException {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    Job job = server.app().getJob(id);
    while (!done.test(job)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("job " + id + " did not get there within " + DEADLINE + "; last seen: " + job);
      }
      Thread.sleep(5);
      job = server.app().getJob(id);
    }
    return job;
  }

  private static Job request(String type, Map<String, String> data) {
    return new Job("", type, 0, 0, 0, 0, "", 0, data);
  }

  @Test
  void aCreatedDataRetentionJobRunsToSuccessWithProgressHundredAndStartAtSet() throws InterruptedException {
    Job created = server.app().createJob(request("data_retention", Map.of("k", "v")));

    Job done = awaitJob(created.id(), j -> j.status().equals("success"));

    assertThat(done.progress()).isEqualTo(100);
    assertThat(done.startAt()).isPositive().isGreaterThanOrEqualTo(created.createAt());
    assertThat(done.lastActivityAt()).isGreaterThanOrEqualTo(done.startAt());
    assertThat(done.data()).containsExactly(Map.entry("k", "v"));
  }

  @Test
  void aMessageExportJobEndsWithADownloadableExportWhoseZipIsReadable() throws Exception {
    Job created = server.app().createJob(request("message_export", null));

    Job done = awaitJob(created.id(), j -> j.status().equals("success"));

    assertThat(done.dataValue("is_downloadable")).isEqualTo("true");
    assertThat(done.dataValue("export_dir")).isEqualTo("export/" + created.id());
    byte[] zip = server.exportArchive().zip(done.dataValue("export_dir")).orElseThrow();
    try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry = entries.getNextEntry();
      assertThat(entry.getName()).isEqualTo("export.csv");
      assertThat(new String(entries.readAllBytes(), UTF_8)).contains(created.id());
      assertThat(entries.getNextEntry()).isNull();
    }
  }

  @Test
  void aSeededPendingJobOfATypeWithAWorkerIsPickedUpToo() throws InterruptedException {
    server.admin().seed(new JobSeed("seeded", "plugins", null, null, null, null, "pending", null, null));

    assertThat(awaitJob("seeded", j -> j.status().equals("success")).progress()).isEqualTo(100);
  }

  @Test
  void aCancelRequestedJobBecomesCanceled() throws InterruptedException {
    server.admin().seed(new JobSeed("running", "data_retention", null, null, 1L, null, "in_progress", 30L, null));

    server.app().cancelJob("running");
    assertThat(server.app().getJob("running").status()).isIn("cancel_requested", "canceled");

    Job done = awaitJob("running", j -> !j.status().equals("cancel_requested"));
    assertThat(done.status()).isEqualTo("canceled");
    assertThat(done.progress()).isEqualTo(30);
  }

  @Test
  void aJobOfATypeWithoutAWorkerIsLeftPending() throws InterruptedException, IOException {
    server.admin().seed(new JobSeed("no-worker", "cloud", null, null, null, null, "pending", null, null));
    server.admin().seed(new JobSeed("unknown", "foo", null, null, null, null, "pending", null, null));
    // A job with a worker created afterwards needs four steps; on the single scheduler thread any step for the
    // earlier jobs would have run first.
    Job witness = server.app().createJob(request("ldap_sync", null));
    awaitJob(witness.id(), j -> j.status().equals("success"));

    assertThat(server.app().getJob("no-worker").status()).isEqualTo("pending");
    assertThat(server.app().getJob("no-worker").startAt()).isZero();
    assertThat(server.app().getJob("unknown").status()).isEqualTo("pending");
  }
}
