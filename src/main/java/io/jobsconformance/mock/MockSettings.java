package io.jobsconformance.mock;

import io.jobsconformance.app.Settings;
import io.jobsconformance.mock.storage.StorageOptions;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * What the extension factory is configured with: the settings every namespace starts with (and returns to on reset)
 * and the worker simulation step, empty when the simulation is off. A stock WireMock standalone creates the factory
 * with no arguments, so there these come from system properties: {@value #DOWNLOAD_EXPORT_RESULTS},
 * {@value #WORKER_SIMULATION} (both {@code true}/{@code false}, default false), {@value #WORKER_STEP_MS} (default
 * 500), {@value #DATABASE_URL} and {@value #FILE_STORE_DIR}.
 */
public record MockSettings(Settings settings, Optional<Duration> workerStep, StorageOptions storage) {
  public static final String DOWNLOAD_EXPORT_RESULTS = "jobs.mock.downloadExportResults";
  /** {@code --database-url} and {@code --file-store-dir} of the {@code mock} command (default: memory). */
  public static final String DATABASE_URL = "jobs.mock.databaseUrl";
  public static final String FILE_STORE_DIR = "jobs.mock.fileStoreDir";
  public static final String WORKER_SIMULATION = "jobs.mock.workerSimulation";
  public static final String WORKER_STEP_MS = "jobs.mock.workerStepMs";
  public static final Duration DEFAULT_WORKER_STEP = Duration.ofMillis(500);

  public static MockSettings of(boolean downloadExportResults, boolean workerSimulation, Duration workerStep) {
    return new MockSettings(
        Settings.DEFAULTS.withDownloadExportResults(downloadExportResults),
        workerSimulation ? Optional.of(workerStep) : Optional.empty(),
        StorageOptions.IN_MEMORY);
  }

  public MockSettings withStorage(StorageOptions value) {
    return new MockSettings(settings, workerStep, value);
  }

  public static MockSettings fromProperties(Properties properties) {
    String step = properties.getProperty(WORKER_STEP_MS, String.valueOf(DEFAULT_WORKER_STEP.toMillis()));
    try {
      return of(
              flag(properties, DOWNLOAD_EXPORT_RESULTS),
              flag(properties, WORKER_SIMULATION),
              Duration.ofMillis(Long.parseLong(step.trim())))
          .withStorage(storage(properties));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(WORKER_STEP_MS + " must be a number of milliseconds, got '" + step + "'", e);
    }
  }

  private static StorageOptions storage(Properties properties) {
    try {
      return StorageOptions.of(properties.getProperty(DATABASE_URL), properties.getProperty(FILE_STORE_DIR));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(DATABASE_URL + ": " + e.getMessage(), e);
    }
  }

  private static boolean flag(Properties properties, String name) {
    String value = properties.getProperty(name, "false").trim();
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException(name + " must be true or false, got '" + value + "'");
    }
    return value.equals("true");
  }
}
