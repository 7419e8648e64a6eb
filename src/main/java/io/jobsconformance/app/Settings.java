package io.jobsconformance.app;

/**
 * The slice of Mattermost's config the Jobs API reads, with the server's defaults:
 * {@code MessageExportSettings.DownloadExportResults} (false), {@code ServiceSettings.EnableDeveloper} (false: error
 * details are wiped), plus the mock's own switch that makes the job store fail like an unreachable database.
 */
public record Settings(boolean downloadExportResults, boolean enableDeveloper, boolean storeFailure) {
  public static final Settings DEFAULTS = new Settings(false, false, false);

  public Settings withDownloadExportResults(boolean value) {
    return new Settings(value, enableDeveloper, storeFailure);
  }

  public Settings withEnableDeveloper(boolean value) {
    return new Settings(downloadExportResults, value, storeFailure);
  }

  public Settings withStoreFailure(boolean value) {
    return new Settings(downloadExportResults, enableDeveloper, value);
  }
}
