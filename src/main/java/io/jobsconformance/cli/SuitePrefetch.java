package io.jobsconformance.cli;

import io.jobsconformance.conformance.client.SpecCheck;
import io.jobsconformance.conformance.server.EmbeddedMock;
import io.jobsconformance.conformance.server.TargetConfig;
import io.restassured.RestAssured;

/**
 * Does, on a thread of its own while the launcher parses the features and builds the plan, the work that the first
 * scenario would otherwise wait for: starting the embedded mock, parsing the OpenAPI document into the validator,
 * and loading REST Assured. Each is what the suite does anyway, once per JVM and lazily; here it only starts sooner,
 * on the second core. A failure is left for the first scenario that needs the piece, which reports it as it always
 * did.
 */
final class SuitePrefetch {
  private SuitePrefetch() {}

  static void start(TargetConfig config) {
    Thread prefetch = new Thread(() -> {
      try {
        if (config.embedded()) {
          EmbeddedMock.baseUrl();
        }
        SpecCheck.preload();
        RestAssured.given();
      } catch (RuntimeException | LinkageError e) {
        // the first scenario that needs it meets the same failure and reports it
      }
    }, "suite-prefetch");
    prefetch.setDaemon(true);
    prefetch.start();
  }
}
