package io.jobsconformance.api.contract;

import static io.jobsconformance.api.contract.Actor.ADMIN;
import static io.jobsconformance.api.contract.Call.get;
import static io.jobsconformance.api.contract.JobsPaths.download;
import static org.assertj.core.api.Assertions.assertThat;

import io.jobsconformance.model.Ids;
import io.jobsconformance.model.Job;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /api/v4/jobs/{job_id}/download}, who may download what (behaviour reference §1.6 steps 1-5): the
 * {@code DownloadExportResults} gate before the lookup, {@code message_export} only, {@code
 * download_compliance_export_result}, and {@code is_downloadable} as {@code strconv.ParseBool} reads it.
 */
public abstract class DownloadRulesContract extends DownloadSupport {

  @Test
  void downloadsAreOffByDefault() {
    Job job = downloadableExport(null);
    putLegacyFile(job);

    rejects(get(download(job.id())).as(ADMIN), ApiError.DOWNLOAD_NOT_ENABLED);
  }

  @Test
  void theGateComesBeforeTheLookupAndThePermission() {
    rejects(get(download(Ids.newId())).as(ADMIN), ApiError.DOWNLOAD_NOT_ENABLED);
    rejects(get(download(downloadableExport(null).id())).as(Actor.USER), ApiError.DOWNLOAD_NOT_ENABLED);
  }

  @Test
  void anInvalidIdIsAnInvalidUrlParameterEvenWithDownloadsOff() {
    rejects(get(download("1234567890123456789012345")).as(ADMIN), ApiError.invalidUrlParam("job_id"));
  }

  @Test
  void anUnknownJobIsNotFoundOnceDownloadsAreOn() {
    enableDownloads();

    rejects(get(download(Ids.newId())).as(ADMIN), ApiError.JOB_NOT_FOUND);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(names = {"ADMIN", "USER"})
  void onlyMessageExportJobsCanBeDownloadedWhoeverAsks(Actor actor) {
    enableDownloads();
    Job job = seed(Seed.job("data_retention").status("success").data(Map.of("is_downloadable", "true")));

    rejects(get(download(job.id())).as(actor), ApiError.DOWNLOAD_INCORRECT_TYPE);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(names = {"MANAGER", "USER", "USER_MANAGER"})
  void aMessageExportNeedsTheDownloadPermission(Actor actor) {
    enableDownloads();
    Job job = downloadableExport(null);
    putLegacyFile(job);

    rejects(get(download(job.id())).as(actor), ApiError.FORBIDDEN);
  }

  @Test
  void aReadOnlyAdminHasTheDownloadPermission() {
    enableDownloads();
    Job job = downloadableExport(null);
    putLegacyFile(job);

    Exchange r = send(get(download(job.id())).as(Actor.READ_ONLY_ADMIN));

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(LEGACY_ZIP);
  }

  @ParameterizedTest(name = "is_downloadable \"{0}\"")
  @ValueSource(strings = {"false", "yes", "", "0", "f", "FALSE", "tRUE", "true ", "2"})
  void aJobThatIsNotDownloadableIsABadRequest(String value) {
    enableDownloads();
    Job job = exportJob(Map.of("is_downloadable", value));
    putLegacyFile(job);

    rejects(get(download(job.id())).as(ADMIN), ApiError.unableToDownload(400));
  }

  @Test
  void aJobWithoutIsDownloadableOrWithoutDataIsABadRequest() {
    enableDownloads();
    Job noFlag = exportJob(Map.of("export_dir", "exports/a"));
    Job noData = exportJob(null);

    rejects(get(download(noFlag.id())).as(ADMIN), ApiError.unableToDownload(400));
    rejects(get(download(noData.id())).as(ADMIN), ApiError.unableToDownload(400));
  }

  @ParameterizedTest(name = "is_downloadable \"{0}\"")
  @ValueSource(strings = {"1", "t", "T", "TRUE", "true", "True"})
  void everySpellingStrconvParseBoolReadsAsTrueIsAccepted(String value) {
    enableDownloads();
    Job job = exportJob(Map.of("is_downloadable", value));
    putLegacyFile(job);

    Exchange r = send(get(download(job.id())).as(ADMIN));

    assertThat(r.status()).as("%s", r).isEqualTo(200);
    assertThat(r.body()).isEqualTo(LEGACY_ZIP);
  }
}
