package io.jobsconformance.app;

/**
 * The slice of Mattermost's config the Jobs API reads, with the server's defaults:
 * {@code MessageExportSettings.DownloadExportResults} (false), {@code ServiceSettings.EnableDeveloper} (false: error
 * details are wiped), plus the mock's own switches: one makes the job store fail like an unreachable database, the
 * other records every change of every job in its {@link JobHistory} (off, so memory stays flat).
 */
public record Settings(
    boolean downloadExportResults, boolean enableDeveloper, boolean storeFailure, boolean recordHistory) {
  public static final Settings DEFAULTS = new Settings(false, false, false, false);

  /** The three server-side settings, with history recording off. */
  public Settings(boolean downloadExportResults, boolean enableDeveloper, boolean storeFailure) {
    this(downloadExportResults, enableDeveloper, storeFailure, false);
  }

  public Settings withDownloadExportResults(boolean value) {
    return new Settings(value, enableDeveloper, storeFailure, recordHistory);
  }

  public Settings withEnableDeveloper(boolean value) {
    return new Settings(downloadExportResults, value, storeFailure, recordHistory);
  }

  public Settings withStoreFailure(boolean value) {
    return new Settings(downloadExportResults, enableDeveloper, value, recordHistory);
  }

  public Settings withRecordHistory(boolean value) {
    return new Settings(downloadExportResults, enableDeveloper, storeFailure, value);
  }
}
