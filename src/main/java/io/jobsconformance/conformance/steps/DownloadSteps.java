package io.jobsconformance.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.jobsconformance.conformance.client.Exchange;
import io.jobsconformance.conformance.server.Actor;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opentest4j.TestAbortedException;

/**
 * Downloads of a job's results ({@code api4/job.go downloadJob}) and what they answer: the file or zip that was stored
 * for the job (see {@link ExportSteps}), the forced-download headers of {@code platform/shared/web/files.go}, and the
 * conditional and partial requests {@code http.ServeContent} honours for a legacy export file.
 */
public final class DownloadSteps {
  private final ScenarioContext context;
  private final ExportArchives archives;

  public DownloadSteps(ScenarioContext context, ExportArchives archives) {
    this.context = context;
    this.archives = archives;
  }

  @When("{actor} downloads the job's results if they changed since the job last changed")
  public void downloadsIfModifiedSince(Actor actor) {
    String since = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        Instant.ofEpochMilli(ExportArchives.LAST_ACTIVITY_AT).atOffset(ZoneOffset.UTC));
    download(actor, Map.of("If-Modified-Since", since));
  }

  @When("{actor} downloads the first {int} bytes of the job's results")
  public void downloadsTheFirstBytes(Actor actor, int count) {
    download(actor, Map.of("Range", "bytes=0-" + (count - 1)));
  }

  @When("{actor} downloads the job's results from beyond their end")
  public void downloadsBeyondTheEnd(Actor actor) {
    download(actor, Map.of("Range", "bytes=" + (archives.legacyFile().length + 100) + "-"));
  }

  @Then("the download is the legacy export file")
  public void theDownloadIsTheLegacyExportFile() {
    Exchange answer = expect(200);
    if (!Arrays.equals(answer.body(), archives.legacyFile())) {
      throw new AssertionError("the download is not the stored export file: " + answer.body().length + " bytes");
    }
  }

  @Then("the download is a zip archive of the export directory's files")
  public void theDownloadIsAZipOfTheDirectory() {
    Map<String, String> entries = ExportArchives.filesIn(expect(200).body());
    if (!entries.equals(archives.directoryFiles())) {
      throw new AssertionError("expected the zip to hold " + archives.directoryFiles().keySet() + ", got " + entries);
    }
  }

  @Then("the download is offered as an attachment named after the job")
  public void theDownloadIsNamedAfterTheJob() {
    theDownloadIsOfferedAsTheAttachment(context.jobId() + ".zip");
  }

  @Then("the download is offered as the attachment {string}")
  public void theDownloadIsOfferedAsTheAttachment(String name) {
    Exchange answer = expect(200);
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("Content-Type", "application/zip");
    expected.put("Content-Disposition", "attachment;filename=\"" + name + "\"; filename*=UTF-8''" + name);
    expected.put("Cache-Control", "private, max-age=86400");
    expected.put("X-Content-Type-Options", "nosniff");
    expected.put("X-Frame-Options", "DENY");
    expected.put("Content-Security-Policy", "Frame-ancestors 'none'");
    expected.forEach((header, value) -> {
      if (!value.equals(answer.header(header))) {
        throw new AssertionError("expected " + header + ": " + value + ", got " + answer.header(header));
      }
    });
  }

  @Then("the download is not modified")
  public void theDownloadIsNotModified() {
    if (expect(304).body().length != 0) {
      throw new AssertionError("a 304 answer has no body, got " + context.last());
    }
  }

  @Then("the download is the first {int} bytes of the legacy export file")
  public void theDownloadIsTheFirstBytes(int count) {
    Exchange answer = expect(206);
    byte[] file = archives.legacyFile();
    String range = "bytes 0-" + (count - 1) + "/" + file.length;
    if (!Arrays.equals(answer.body(), Arrays.copyOf(file, count)) || !range.equals(answer.header("Content-Range"))) {
      throw new AssertionError(
          "expected the range " + range + ", got " + answer.header("Content-Range") + " " + answer);
    }
  }

  @Then("the download is refused as out of range")
  public void theDownloadIsRefusedAsOutOfRange() {
    expect(416);
  }

  /**
   * 501 while {@code DownloadExportResults} is off. A real server's setting is unknown to the suite and may be on
   * (compliance deployments enable it): its 404 for an unknown job then says the gate is open, so the scenario is
   * skipped rather than failed. Any other answer fails, and the embedded mock (off by default) is always judged.
   */
  @Then("the download is refused because export downloads are disabled")
  public void theDownloadIsRefusedBecauseDisabled() {
    Exchange answer = context.last();
    if (!context.target().embedded() && answer.status() == 404 && "app.job.get.app_error".equals(answer.errorId())) {
      throw new TestAbortedException("the server has MessageExportSettings.DownloadExportResults on");
    }
    if (answer.status() != 501 || !"app.job.download_export_results_not_enabled".equals(answer.errorId())) {
      throw new AssertionError("expected 501 app.job.download_export_results_not_enabled, got " + answer);
    }
  }

  private void download(Actor actor, Map<String, String> headers) {
    context.actOnJob(id -> context.api().downloadJob(context.caller(actor), id, headers));
  }

  private Exchange expect(int status) {
    Exchange answer = context.last();
    if (answer.status() != status) {
      throw new AssertionError("expected " + status + ", got " + answer);
    }
    return answer;
  }
}
