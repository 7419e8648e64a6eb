package io.jobsconformance.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The collector the step threads share: exact counts under contention, route misses kept by method and path. */
class ObservationsTest {
  @Test
  void countsFromManyThreadsAddUpExactly() throws InterruptedException {
    Observations observations = new Observations();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 8_000; i++) {
      pool.execute(() -> {
        observations.response("GetJobs", "GET", "/api/v4/jobs", 200);
        observations.departure("status-ok-upper-case");
        observations.transition("pending", "cancel_requested", false, "200 canceled");
        observations.cancel("success", "500 jobs.request_cancellation.status.error");
      });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    Observations.Snapshot snapshot = observations.snapshot();
    assertThat(snapshot.responses())
        .containsEntry(new Observations.ResponseKey("GetJobs", "GET", "/api/v4/jobs", 200), 8_000L);
    assertThat(snapshot.departures()).containsEntry("status-ok-upper-case", 8_000L);
    assertThat(snapshot.transitions().values()).containsExactly(8_000L);
    assertThat(snapshot.cancels().values()).containsExactly(8_000L);
  }

  @Test
  void aResponseOutsideTheSpecKeepsItsMethodAndPathAndResetForgetsAll() {
    Observations observations = new Observations();
    observations.response(null, "delete", "/api/v4/jobs/abc", 404);
    assertThat(observations.snapshot().responses())
        .containsOnlyKeys(new Observations.ResponseKey(null, "DELETE", "/api/v4/jobs/abc", 404));
    observations.reset();
    assertThat(observations.snapshot().responses()).isEmpty();
  }
}
