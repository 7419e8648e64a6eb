package io.jobsconformance.conformance.server;

import io.jobsconformance.mock.JobsMockServer;
import io.jobsconformance.mock.MockOptions;

/**
 * The mock the suite starts for itself: one per JVM, on a free loopback port, started on first use and stopped when
 * the JVM exits. Scenarios share it and keep apart through their own {@code X-Mock-Namespace}.
 */
public final class EmbeddedMock {
  private static JobsMockServer server;

  private EmbeddedMock() {}

  public static synchronized String baseUrl() {
    if (server == null) {
      JobsMockServer started = new JobsMockServer(MockOptions.onAnyFreePort().withRootDir("classpath:mocks").withJournalSize(0)).start();
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "embedded-mock-stop"));
      server = started;
    }
    return server.baseUrl();
  }
}
