package io.jobsconformance.api.contract;

import io.jobsconformance.app.Settings;
import io.jobsconformance.model.Job;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** What the download contracts share: turning the gate on, and {@code message_export} jobs to download. */
abstract class DownloadSupport extends JobsContract {
  static final long LAST_ACTIVITY = 1_700_000_000_000L;
  static final String LAST_MODIFIED = "Tue, 14 Nov 2023 22:13:20 GMT";
  static final byte[] LEGACY_ZIP = "PK\u0003\u0004legacy-archive".getBytes(StandardCharsets.ISO_8859_1);

  protected void enableDownloads() {
    settings(Settings.DEFAULTS.withDownloadExportResults(true));
  }

  protected Job exportJob(Map<String, String> data) {
    return seed(Seed.job("message_export").status("success").lastActivityAt(LAST_ACTIVITY).data(data));
  }

  /** A downloadable export; a null {@code exportDir} means a legacy job without the key. */
  protected Job downloadableExport(String exportDir) {
    Map<String, String> data = new HashMap<>();
    data.put("is_downloadable", "true");
    if (exportDir != null) {
      data.put("export_dir", exportDir);
    }
    return exportJob(data);
  }

  /** The legacy export file of the job, {@code export/<id>.zip}. */
  protected void putLegacyFile(Job job) {
    api.putExportFile("export/" + job.id() + ".zip", LEGACY_ZIP, false);
  }
}
