package io.jobsconformance.api.contract;

import static io.jobsconformance.api.contract.Actor.ADMIN;
import static io.jobsconformance.api.contract.Call.get;
import static io.jobsconformance.api.contract.JobsPaths.download;
import static org.assertj.core.api.Assertions.assertThat;

import io.jobsconformance.model.Job;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /api/v4/jobs/{job_id}/download}, what is served (behaviour reference §1.6 step 6): the legacy {@code
 * export/<id>.zip} through {@code http.ServeContent}, or a local {@code export_dir} zipped on the fly (stored, not
 * deflated), with the headers of {@code platform/shared/web/files.go}.
 */
public abstract class DownloadFilesContract extends DownloadSupport {

  @BeforeEach
  void downloadsOn() {
    enableDownloads();
  }

  private void put(String path, String content) {
    api.putExportFile(path, content.getBytes(StandardCharsets.UTF_8), false);
  }

  private static Map<String, String> entries(byte[] zip) {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        assertThat(entry.getMethod()).as("entry %s is stored, not deflated", entry.getName()).isEqualTo(ZipEntry.STORED);
        if (!entry.isDirectory()) {
          entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  private static void zipHeaders(Exchange r, String fileName) {
    assertThat(r.header("Content-Type")).isEqualTo("application/zip");
    assertThat(r.header("Content-Disposition"))
        .isEqualTo("attachment;filename=\"" + fileName + "\"; filename*=UTF-8''" + fileName);
    assertThat(r.header("Cache-Control")).isEqualTo("private, max-age=86400");
    assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(r.header("Content-Security-Policy")).isEqualTo("Frame-ancestors 'none'");
  }

  @Test
  void aLegacyExportIsServedAsAZipWithTheServersHeaders() {
    Job job = downloadableExport(null);
    putLegacyFile(job);

    Exchange r = send(get(download(job.id())).as(ADMIN));

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(LEGACY_ZIP);
    zipHeaders(r, job.id() + ".zip");
    assertThat(r.header("Last-Modified")).isEqualTo(LAST_MODIFIED);
    Expect.serverHeaders(r, true);
  }

  @ParameterizedTest(name = "export_dir \"{0}\"")
  @ValueSource(strings = {"", "/", ".", "./", "//", "x/."})
  void anExportDirWhoseBaseIsSlashOrDotMeansTheLegacyFile(String exportDir) {
    Job job = downloadableExport(exportDir);
    putLegacyFile(job);

    Exchange r = send(get(download(job.id())).as(ADMIN));

    assertThat(r.status()).as("%s", r).isEqualTo(200);
    assertThat(r.body()).isEqualTo(LEGACY_ZIP);
    zipHeaders(r, job.id() + ".zip");
  }

  @Test
  void aMissingLegacyFileIsNotFound() {
    Job job = downloadableExport(null);

    rejects(get(download(job.id())).as(ADMIN), ApiError.unableToDownload(404));
  }

  @Test
  void aLegacyFileNotModifiedSinceIsA304() {
    Job job = downloadableExport(null);
    putLegacyFile(job);

    Exchange same = send(get(download(job.id())).as(ADMIN).header("If-Modified-Since", LAST_MODIFIED));
    Exchange later =
        send(get(download(job.id())).as(ADMIN).header("If-Modified-Since", "Wed, 15 Nov 2023 00:00:00 GMT"));
    Exchange earlier =
        send(get(download(job.id())).as(ADMIN).header("If-Modified-Since", "Mon, 13 Nov 2023 00:00:00 GMT"));

    assertThat(same.status()).isEqualTo(304);
    assertThat(same.body()).isEmpty();
    assertThat(later.status()).isEqualTo(304);
    assertThat(earlier.status()).isEqualTo(200);
    assertThat(earlier.body()).isEqualTo(LEGACY_ZIP);
  }

  @Test
  void aRangeOfALegacyFileIsA206() {
    Job job = downloadableExport(null);
    putLegacyFile(job);

    Exchange r = send(get(download(job.id())).as(ADMIN).header("Range", "bytes=2-5"));

    assertThat(r.status()).isEqualTo(206);
    assertThat(r.body()).isEqualTo(Arrays.copyOfRange(LEGACY_ZIP, 2, 6));
    assertThat(r.header("Content-Range")).isEqualTo("bytes 2-5/" + LEGACY_ZIP.length);
  }

  @Test
  void anExportDirIsZippedWithItsFilesAndNamedAfterItsBase() {
    put("exports/batch1/a.csv", "alpha");
    put("exports/batch1/sub/b.txt", "beta");
    put("exports/batch2/c.csv", "other");
    Job job = downloadableExport("exports/batch1");

    Exchange r = send(get(download(job.id())).as(ADMIN));

    assertThat(r.status()).as("%s", r).isEqualTo(200);
    zipHeaders(r, "batch1.zip");
    assertThat(entries(r.body())).containsOnly(Map.entry("a.csv", "alpha"), Map.entry("sub/b.txt", "beta"));
  }

  @Test
  void anExportDirThatCleansToALocalPathIsAccepted() {
    put("exports/batch1/a.csv", "alpha");
    Job job = downloadableExport("other/../exports/./batch1/");

    Exchange r = send(get(download(job.id())).as(ADMIN));

    assertThat(r.status()).as("%s", r).isEqualTo(200);
    zipHeaders(r, "batch1.zip");
    assertThat(entries(r.body())).containsOnly(Map.entry("a.csv", "alpha"));
  }

  @Test
  void aFileNameIsPathEscapedInContentDisposition() {
    put("exports/my batch/a.csv", "alpha");
    Job job = downloadableExport("exports/my batch");

    Exchange r = send(get(download(job.id())).as(ADMIN));

    assertThat(r.status()).as("%s", r).isEqualTo(200);
    zipHeaders(r, "my%20batch.zip");
  }

  @Test
  void anExportDirNamingASingleFileGivesAZipOfThatFile() {
    put("exports/report.csv", "gamma");
    Job job = downloadableExport("exports/report.csv");

    Exchange r = send(get(download(job.id())).as(ADMIN));

    assertThat(r.status()).as("%s", r).isEqualTo(200);
    zipHeaders(r, "report.csv.zip");
    assertThat(entries(r.body())).containsOnly(Map.entry("report.csv", "gamma"));
  }

  @ParameterizedTest(name = "export_dir \"{0}\"")
  @ValueSource(strings = {"/exports/batch1", "../exports/batch1", "exports/../../batch1", "..", "/etc/passwd"})
  void anExportDirThatIsNotLocalIsNotFound(String exportDir) {
    put("exports/batch1/a.csv", "alpha");
    Job job = downloadableExport(exportDir);

    rejects(get(download(job.id())).as(ADMIN), ApiError.unableToDownload(404));
  }

  @Test
  void aMissingExportDirIsNotFound() {
    put("exports/batch1/a.csv", "alpha");
    Job job = downloadableExport("exports/none");

    rejects(get(download(job.id())).as(ADMIN), ApiError.unableToDownload(404));
  }

  @Test
  void aFileThatCannotBeReadIsAServerError() {
    put("exports/batch1/a.csv", "alpha");
    api.putExportFile("exports/batch1/b.csv", new byte[0], true);
    Job job = downloadableExport("exports/batch1");

    rejects(get(download(job.id())).as(ADMIN), ApiError.unableToDownload(500));
  }
}
