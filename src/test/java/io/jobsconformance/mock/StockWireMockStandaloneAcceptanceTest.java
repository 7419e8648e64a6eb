package io.jobsconformance.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The mock also runs in an unmodified {@code wiremock-standalone-3.13.2.jar} (copied to {@code target/standalone} by
 * the build): the jar finds {@link MockExtensionFactory} through {@code META-INF/services} and serves {@code mocks/}.
 * Only this project's classes and the plain Jackson it uses are added, because the standalone jar relocates its own.
 */
class StockWireMockStandaloneAcceptanceTest {
  private static final Path STANDALONE = Path.of("target", "standalone", "wiremock-standalone.jar");

  @Test
  void aStockStandaloneJarLoadsTheExtensionAndServesTheJobsApi() throws Exception {
    assertThat(STANDALONE).as("copied by maven-dependency-plugin in generate-test-resources").exists();
    int port = JavaProcess.freePort();
    List<String> arguments =
        List.of(
            "-Djobs.mock.downloadExportResults=true",
            "wiremock.Run",
            "--port", String.valueOf(port),
            "--bind-address", "127.0.0.1",
            "--root-dir", Path.of("mocks").toAbsolutePath().toString(),
            "--disable-banner");
    Path workDir = Files.createTempDirectory("standalone");
    try (JavaProcess wireMock = JavaProcess.start(workDir, classpath(), arguments)) {
      awaitUp(wireMock, port);

      admin(port).get("/__admin/jobs/settings").then().statusCode(200).body("download_export_results", equalTo(true));
      String id = admin(port).body("{\"type\":\"data_retention\"}").post("/__admin/jobs").then().statusCode(201)
          .extract().path("id");
      RestAssured.given().port(port).header("Authorization", "Bearer admin-token").get("/api/v4/jobs/" + id).then()
          .statusCode(200).body("id", equalTo(id));
      RestAssured.given().port(port).header("X-Mock-Fault", "nope").get("/api/v4/jobs").then().statusCode(400)
          .body("id", equalTo("mock.fault.invalid"));
    }
  }

  private static String classpath() {
    Stream<String> jackson =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> entry.contains("com" + File.separator + "fasterxml" + File.separator + "jackson"));
    return Stream.concat(
            Stream.of(STANDALONE.toAbsolutePath().toString(), Path.of("target", "classes").toAbsolutePath().toString()),
            jackson)
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static RequestSpecification admin(int port) {
    return RestAssured.given().port(port).contentType("application/json");
  }

  private static void awaitUp(JavaProcess process, int port) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(process.isAlive()).as("WireMock exited; stderr: " + process.stderr()).isTrue();
      try {
        if (RestAssured.given().port(port).get("/__admin/health").statusCode() == 200) {
          return;
        }
      } catch (Exception notYet) {
        // connection refused until Jetty listens
      }
      Thread.sleep(100);
    }
    throw new AssertionError("WireMock did not answer on port " + port + "; stderr: " + process.stderr());
  }
}
