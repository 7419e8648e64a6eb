package io.jobsconformance.mock;

import io.jobsconformance.mock.storage.StorageOptions;
import java.time.Duration;

/**
 * How to run the mock: where it listens, its WireMock root directory ({@code null}: {@code mocks/} when that directory
 * exists in the working directory, else the copy packaged in the jar), the settings every namespace starts with, the
 * worker simulation, and how many requests the journal keeps (0 disables it; a bounded journal keeps a long-running
 * mock from growing without limit).
 */
public record MockOptions(
    int port,
    String bindAddress,
    String rootDir,
    boolean downloadExportResults,
    boolean workerSimulation,
    Duration workerStep,
    int journalSize,
    StorageOptions storage) {

  public static final int DEFAULT_PORT = 8065;
  public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
  public static final int DEFAULT_JOURNAL_SIZE = 1000;
  public static final MockOptions DEFAULTS =
      new MockOptions(
          DEFAULT_PORT,
          DEFAULT_BIND_ADDRESS,
          null,
          false,
          false,
          MockSettings.DEFAULT_WORKER_STEP,
          DEFAULT_JOURNAL_SIZE,
          StorageOptions.IN_MEMORY);

  public MockOptions {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("the port must be 0 (any free port) to 65535, got " + port);
    }
    if (journalSize < 0) {
      throw new IllegalArgumentException("the journal size must be 0 (disabled) or more, got " + journalSize);
    }
    if (workerStep.isNegative() || workerStep.isZero()) {
      throw new IllegalArgumentException("the worker step must be positive, got " + workerStep.toMillis() + " ms");
    }
  }

  /** Any free port on the loopback interface: what tests use. */
  public static MockOptions onAnyFreePort() {
    return DEFAULTS.withPort(0);
  }

  public MockOptions withPort(int value) {
    return new MockOptions(
        value, bindAddress, rootDir, downloadExportResults, workerSimulation, workerStep, journalSize, storage);
  }

  public MockOptions withRootDir(String value) {
    return new MockOptions(
        port, bindAddress, value, downloadExportResults, workerSimulation, workerStep, journalSize, storage);
  }

  public MockOptions withDownloadExportResults(boolean value) {
    return new MockOptions(port, bindAddress, rootDir, value, workerSimulation, workerStep, journalSize, storage);
  }

  public MockOptions withWorkerSimulation(Duration step) {
    return new MockOptions(port, bindAddress, rootDir, downloadExportResults, true, step, journalSize, storage);
  }

  public MockOptions withJournalSize(int value) {
    return new MockOptions(
        port, bindAddress, rootDir, downloadExportResults, workerSimulation, workerStep, value, storage);
  }

  /** Jobs in PostgreSQL and export files on disk instead of memory ({@code --database-url}, {@code --file-store-dir}). */
  public MockOptions withStorage(StorageOptions value) {
    return new MockOptions(
        port, bindAddress, rootDir, downloadExportResults, workerSimulation, workerStep, journalSize, value);
  }

  MockSettings mockSettings() {
    return MockSettings.of(downloadExportResults, workerSimulation, workerStep).withStorage(storage);
  }
}
