package io.jobsconformance.api;

import io.jobsconformance.app.AppException;
import io.jobsconformance.app.ExportArchive;
import io.jobsconformance.model.Job;
import io.jobsconformance.model.JobType;
import io.jobsconformance.model.Permission;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code api4/job.go} downloadJob: the {@code DownloadExportResults} gate comes before the lookup, only
 * {@code message_export} jobs with {@code data.is_downloadable} can be downloaded, and the file is either the legacy
 * {@code export/<id>.zip} or the {@code data.export_dir} directory zipped on the fly.
 */
final class DownloadHandler {
  private static final Set<String> TRUE_VALUES = Set.of("1", "t", "T", "TRUE", "true", "True");
  private static final String NOT_FOUND_DETAIL =
      "job.Data did not include export_dir, export_dir was malformed, or jobId.zip wasn't found";

  private DownloadHandler() {}

  static Reply downloadJob(Context c) {
    String id = c.requireJobId();
    if (!c.server().settings().downloadExportResults()) {
      throw AppException.of(
          "downloadExportResultsNotEnabled", "app.job.download_export_results_not_enabled", "", 501);
    }
    Job job = c.app().getJob(id);
    if (JobType.MESSAGE_EXPORT.equals(job.type())
        && !c.app().permissions().hasPermission(c.session(), Permission.DOWNLOAD_COMPLIANCE_EXPORT_RESULT)) {
      throw c.permissionError(Permission.DOWNLOAD_COMPLIANCE_EXPORT_RESULT);
    } else if (!JobType.MESSAGE_EXPORT.equals(job.type())) {
      throw AppException.of("unableToDownloadJob", "api.job.unable_to_download_job.incorrect_job_type", "", 400);
    }
    // strconv.ParseBool; an error counts as false
    if (!TRUE_VALUES.contains(String.valueOf(job.dataValue("is_downloadable")))) {
      throw AppException.of("unableToDownloadJob", "api.job.unable_to_download_job", "", 400);
    }
    ExportArchive archive = c.server().exportArchive();
    String exportDir = job.dataValue("export_dir");
    String fileName = GoPaths.base(exportDir == null ? "" : exportDir);
    if (exportDir == null || exportDir.isEmpty() || fileName.equals("/") || fileName.equals(".")) {
      // A pre-overhaul job: the file is export/<job id>.zip.
      String legacyName = job.id() + ".zip";
      byte[] content = read(() -> archive.readFile("export/" + legacyName), NOT_FOUND_DETAIL);
      return LegacyFileReply.serve(c.request(), headers(legacyName), content, job.lastActivityAt());
    }
    fileName += ".zip";
    String cleaned = GoPaths.clean(exportDir);
    if (!GoPaths.isLocal(cleaned)) {
      throw AppException.of("unableToDownloadJob", "api.job.unable_to_download_job", NOT_FOUND_DETAIL, 404);
    }
    byte[] zip = read(() -> archive.zip(cleaned), "error creating zip reader");
    return new Reply(200, headers(fileName), zip);
  }

  private static byte[] read(java.util.function.Supplier<Optional<byte[]>> reader, String missingDetail) {
    try {
      return reader
          .get()
          .orElseThrow(
              () -> AppException.of("unableToDownloadJob", "api.job.unable_to_download_job", missingDetail, 404));
    } catch (ExportArchive.ReadFailure e) {
      // web.WriteStreamResponse failed: upstream sets a 500 after the stream broke; the mock reports it cleanly.
      throw AppException.of(
          "unableToDownloadJob", "api.job.unable_to_download_job", "failure to WriteStreamResponse", 500);
    }
  }

  /** {@code platform/shared/web/files.go} setHeaders with {@code forceDownload = true}. */
  private static Map<String, String> headers(String fileName) {
    String escaped = GoPaths.pathEscape(fileName);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Cache-Control", "private, max-age=86400");
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Content-Type", "application/zip");
    headers.put("Content-Disposition", "attachment;filename=\"" + escaped + "\"; filename*=UTF-8''" + escaped);
    headers.put("X-Frame-Options", "DENY");
    headers.put("Content-Security-Policy", "Frame-ancestors 'none'");
    return headers;
  }
}
