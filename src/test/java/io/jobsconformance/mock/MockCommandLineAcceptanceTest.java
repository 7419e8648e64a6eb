package io.jobsconformance.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java ... io.jobsconformance.cli.Main mock} in its own JVM, as a user runs the jar: one line on stdout with
 * the real port, the API served, a clean stop on SIGTERM, exit code 2 for a bad option.
 */
class MockCommandLineAcceptanceTest {
  private static final Pattern LISTENING = Pattern.compile("Jobs API mock listening on http://127\\.0\\.0\\.1:(\\d+)");
  private static final String MAIN = "io.jobsconformance.cli.Main";

  @Test
  void theMockPrintsOneLineWithItsRealPortServesTheApiAndStopsOnSigterm(@TempDir Path elsewhere) throws Exception {
    // Started from a directory without mocks/: the copy on the classpath is served.
    try (JavaProcess mock =
        JavaProcess.start(elsewhere, JavaProcess.testClasspath(), List.of(MAIN, "mock", "--port", "0"))) {
      String line = mock.firstLine(Duration.ofSeconds(30));
      Matcher matcher = LISTENING.matcher(line);
      assertThat(matcher.matches()).as(line).isTrue();
      int port = Integer.parseInt(matcher.group(1));
      assertThat(port).isPositive();

      RestAssured.given().port(port).header("Authorization", "Bearer admin-token").get("/api/v4/jobs").then()
          .statusCode(200);

      mock.terminate();
      assertThat(mock.waitFor(Duration.ofSeconds(15))).isEqualTo(143);
      assertThat(mock.stdout()).isEqualTo(line + "\n");
      assertThat(mock.stderr()).doesNotContain("Exception");
    }
  }

  @Test
  void aBadOptionPrintsTheUsageOnStderrAndExitsWith2(@TempDir Path elsewhere) throws Exception {
    try (JavaProcess mock =
        JavaProcess.start(elsewhere, JavaProcess.testClasspath(), List.of(MAIN, "mock", "--port", "eighty"))) {
      assertThat(mock.waitFor(Duration.ofSeconds(30))).isEqualTo(2);
      assertThat(mock.stderr()).contains("Invalid value for option '--port'", "Usage: jobs-conformance mock");
      assertThat(mock.stdout()).isEmpty();
    }
  }
}
