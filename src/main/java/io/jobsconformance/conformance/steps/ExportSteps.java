package io.jobsconformance.conformance.steps;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Given;

/**
 * Compliance exports to download, stored through the mock's control plane: the download setting turned on, finished
 * {@code message_export} (or other) jobs whose data marks them downloadable or not and names an export directory or
 * not, and their results in the mock's export file store (see {@link ExportArchives}).
 */
public final class ExportSteps {
  private final ScenarioContext context;
  private final ExportArchives archives;

  public ExportSteps(ScenarioContext context, ExportArchives archives) {
    this.context = context;
    this.archives = archives;
  }

  @Given("export downloads are enabled")
  public void exportDownloadsAreEnabled() {
    context.control().settings("{\"download_export_results\":true}");
  }

  @Given("a finished compliance export whose results are in the legacy export file")
  public void aComplianceExportWithALegacyFile() {
    archives.storeLegacyFile(context.control(), seed("message_export", "true", null), true);
  }

  @Given("a finished {word} job whose results are in the legacy export file")
  public void aFinishedJobWithALegacyFile(String type) {
    archives.storeLegacyFile(context.control(), seed(type, "true", null), true);
  }

  @Given("a finished compliance export whose legacy export file is missing")
  public void aComplianceExportWithoutItsLegacyFile() {
    seed("message_export", "true", null);
  }

  @Given("a finished compliance export whose legacy export file cannot be read")
  public void aComplianceExportWithAnUnreadableLegacyFile() {
    archives.storeLegacyFile(context.control(), seed("message_export", "true", null), false);
  }

  @Given("a finished compliance export marked downloadable as {string}")
  public void aComplianceExportMarkedDownloadableAs(String flag) {
    archives.storeLegacyFile(context.control(), seed("message_export", flag, null), true);
  }

  @Given("a finished compliance export that is not marked downloadable")
  public void aComplianceExportNotMarkedDownloadable() {
    archives.storeLegacyFile(context.control(), seed("message_export", null, null), true);
  }

  @Given("a finished compliance export whose results are in the export directory {string}")
  public void aComplianceExportWithAnExportDirectory(String dir) {
    seed("message_export", "true", dir);
    archives.storeDirectory(context.control(), dir);
  }

  @Given("a finished compliance export whose export directory {string} does not exist")
  public void aComplianceExportWithAMissingExportDirectory(String dir) {
    seed("message_export", "true", dir);
  }

  /** The files are stored where a server that ignored the leading slash or the {@code ..} would look for them. */
  @Given("a finished compliance export whose export directory {string} lies outside the export store")
  public void aComplianceExportWithAnExportDirectoryOutsideTheStore(String dir) {
    seed("message_export", "true", dir);
    archives.storeDirectory(context.control(), dir.replaceAll("^(/|\\.\\./)+", "").replace("../", ""));
  }

  /** Seeds a finished job; a null flag or directory leaves that data key out. Returns the job's id. */
  private String seed(String type, String downloadable, String exportDir) {
    ObjectNode job = JsonNodeFactory.instance.objectNode();
    job.put("type", type).put("status", "success").put("last_activity_at", ExportArchives.LAST_ACTIVITY_AT);
    ObjectNode data = job.putObject("data");
    if (downloadable != null) {
      data.put("is_downloadable", downloadable);
    }
    if (exportDir != null) {
      data.put("export_dir", exportDir);
    }
    String id = context.control().seedJob(job.toString()).path("id").asText();
    context.job(id, null);
    return id;
  }
}
