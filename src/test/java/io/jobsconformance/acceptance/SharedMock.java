package io.jobsconformance.acceptance;

import io.jobsconformance.mock.JobsMockServer;
import io.jobsconformance.mock.MockOptions;

/**
 * One {@link JobsMockServer} on a free loopback port for the whole test JVM. Every acceptance test works in its own
 * {@code X-Mock-Namespace}, so they can share it (and could share one started from the jar); starting WireMock once
 * keeps the suite fast. It stops when the JVM does.
 */
final class SharedMock {
  private static JobsMockServer server;

  private SharedMock() {}

  static synchronized String baseUrl() {
    if (server == null) {
      server = new JobsMockServer(MockOptions.onAnyFreePort()).start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop-shared-jobs-mock"));
    }
    return server.baseUrl();
  }
}
