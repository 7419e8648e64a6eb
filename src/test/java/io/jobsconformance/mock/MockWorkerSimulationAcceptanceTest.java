package io.jobsconformance.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code --worker-simulation}: jobs created through the public API are worked on as the real job server would. */
class MockWorkerSimulationAcceptanceTest {
  @RegisterExtension
  static final RunningMock mock =
      RunningMock.perClass(
          MockOptions.onAnyFreePort().withDownloadExportResults(true).withWorkerSimulation(Duration.ofMillis(20)));

  private static String create(String type) {
    return mock.api("admin-token").contentType("application/json").body("{\"type\":\"" + type + "\"}")
        .post("/api/v4/jobs").then().statusCode(201).body("status", equalTo("pending")).extract().path("id");
  }

  private static Response awaitStatus(String id, String status) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    Response job = mock.api("admin-token").get("/api/v4/jobs/" + id);
    while (!status.equals(job.path("status")) && System.nanoTime() < deadline) {
      Thread.sleep(20);
      job = mock.api("admin-token").get("/api/v4/jobs/" + id);
    }
    assertThat(job.<String>path("status")).as("status of job " + id).isEqualTo(status);
    return job;
  }

  @Test
  void aCreatedJobIsClaimedAndSucceedsWithFullProgress() throws InterruptedException {
    Response done = awaitStatus(create("data_retention"), "success");

    assertThat(done.<Integer>path("progress")).isEqualTo(100);
    assertThat(done.<Long>path("start_at")).isPositive();
  }

  @Test
  void aMessageExportFinishesWithAZipThatCanBeDownloaded() throws Exception {
    String id = create("message_export");
    awaitStatus(id, "success");

    byte[] zip =
        mock.api("admin-token").get("/api/v4/jobs/" + id + "/download").then().statusCode(200)
            .contentType("application/zip").extract().asByteArray();

    assertThat(entries(zip)).isNotEmpty().allSatisfy(name -> assertThat(name).endsWith(".csv"));
  }

  @Test
  void aSeededCancelRequestedJobIsCanceled() throws InterruptedException {
    String id =
        mock.admin().body("{\"type\":\"data_retention\",\"status\":\"cancel_requested\"}").post("/__admin/jobs")
            .then().statusCode(201).extract().path("id");

    awaitStatus(id, "canceled");
  }

  private static List<String> entries(byte[] zip) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
      }
    }
    return names;
  }
}
