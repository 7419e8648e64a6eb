package io.jobsconformance.api.contract;

import static io.jobsconformance.api.contract.Actor.ADMIN;
import static io.jobsconformance.api.contract.Actor.USER;
import static io.jobsconformance.api.contract.Call.get;
import static io.jobsconformance.api.contract.Call.patch;
import static io.jobsconformance.api.contract.Call.post;
import static io.jobsconformance.api.contract.JobsPaths.JOBS;
import static io.jobsconformance.api.contract.JobsPaths.byType;
import static io.jobsconformance.api.contract.JobsPaths.cancel;
import static io.jobsconformance.api.contract.JobsPaths.download;
import static io.jobsconformance.api.contract.JobsPaths.job;
import static io.jobsconformance.api.contract.JobsPaths.status;

import io.jobsconformance.app.Settings;
import io.jobsconformance.model.Ids;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The order of checks is observable (behaviour reference §1.1 and §8): auth 401, id format 400, download gate 501,
 * lookup 404, type mapping 400, permission 403, state 400/500. Each test sends one request that fails two adjacent
 * checks and asserts that the earlier one answers.
 */
public abstract class CheckOrderContract extends JobsContract {
  private static final String SHORT_ID = "abc";

  @Test
  void routeMatchingComesBeforeAuthentication() {
    Snapshot before = snapshot();

    Expect.routeMiss(send(Call.of("PUT", JOBS)), JOBS);
    assertUnchangedAndServing(before);
  }

  @Test
  void urlLengthComesBeforeAuthentication() {
    Exchange r = send(get(job(SHORT_ID) + "?p=" + "x".repeat(2100)));

    org.assertj.core.api.Assertions.assertThat(r.status()).isEqualTo(414);
  }

  @Test
  void authenticationComesBeforeTheIdFormat() {
    rejects(get(job(SHORT_ID)), ApiError.SESSION_EXPIRED);
    rejects(post(cancel(SHORT_ID)).bearer("nope"), ApiError.SESSION_EXPIRED);
    rejects(patch(status(SHORT_ID)).json("{}"), ApiError.SESSION_EXPIRED);
    rejects(get(download(SHORT_ID)), ApiError.SESSION_EXPIRED);
    rejects(get(byType("x".repeat(40))), ApiError.SESSION_EXPIRED);
  }

  @Test
  void authenticationComesBeforeTheBody() {
    rejects(post(JOBS).json("{"), ApiError.SESSION_EXPIRED);
  }

  @Test
  void csrfComesBeforeTheIdFormat() {
    rejects(post(cancel(SHORT_ID)).header("Cookie", "MMAUTHTOKEN=admin-token"), ApiError.SESSION_EXPIRED);
  }

  @Test
  void theIdFormatComesBeforeTheDownloadGate() {
    rejects(get(download(SHORT_ID)).as(ADMIN), ApiError.invalidUrlParam("job_id"));
  }

  @Test
  void theIdFormatComesBeforeTheStatusBody() {
    rejects(patch(status(SHORT_ID)).as(ADMIN).json("[]"), ApiError.invalidUrlParam("job_id"));
  }

  @Test
  void theDownloadGateComesBeforeTheLookup() {
    rejects(get(download(Ids.newId())).as(ADMIN), ApiError.DOWNLOAD_NOT_ENABLED);
  }

  @Test
  void theDownloadGateComesBeforeTheTypeCheck() {
    String id = pending("data_retention").id();

    rejects(get(download(id)).as(USER), ApiError.DOWNLOAD_NOT_ENABLED);
  }

  @Test
  void theStatusBodyComesBeforeTheLookup() {
    rejects(patch(status(Ids.newId())).as(ADMIN).json("{\"status\":1}"), ApiError.invalidBodyParam("status"));
  }

  @Test
  void theStatusBodyComesBeforeThePermission() {
    String id = seed("data_retention", "in_progress").id();

    rejects(patch(status(id)).as(USER).json("{}"), ApiError.invalidBodyParam("status"));
  }

  @Test
  void theCreateBodyComesBeforeTheTypeMappingAndThePermission() {
    rejects(post(JOBS).as(USER).json("{\"type\":1}"), ApiError.invalidBodyParam("job"));
  }

  @Test
  void theLookupComesBeforeThePermission() {
    settings(Settings.DEFAULTS.withDownloadExportResults(true));
    String unknown = Ids.newId();

    rejects(get(job(unknown)).as(USER), ApiError.JOB_NOT_FOUND);
    rejects(post(cancel(unknown)).as(USER), ApiError.JOB_NOT_FOUND);
    rejects(patch(status(unknown)).as(USER).json("{\"status\":\"canceled\"}"), ApiError.JOB_NOT_FOUND);
    rejects(get(download(unknown)).as(USER), ApiError.JOB_NOT_FOUND);
  }

  @Test
  void theTypeMappingComesBeforeThePermission() {
    settings(Settings.DEFAULTS.withDownloadExportResults(true));

    rejects(get(job(pending("last_accessible_post").id())).as(USER), ApiError.RETRIEVE_NO_PERMISSIONS);
    rejects(post(cancel(pending("mobile_session_metadata").id())).as(USER), ApiError.CREATE_INCORRECT_TYPE);
    rejects(patch(status(seed("mobile_session_metadata", "in_progress").id())).as(USER)
        .json("{\"status\":\"pending\"}"), ApiError.MANAGE_INCORRECT_TYPE);
    rejects(get(download(pending("data_retention").id())).as(USER), ApiError.DOWNLOAD_INCORRECT_TYPE);
    rejects(post(JOBS).as(USER).json("{\"type\":\"mobile_session_metadata\"}"), ApiError.CREATE_INCORRECT_TYPE);
    rejects(get(JOBS + "?job_type=last_accessible_post").as(USER), ApiError.RETRIEVE_NO_PERMISSIONS);
    rejects(get(byType("last_accessible_post")).as(USER), ApiError.RETRIEVE_NO_PERMISSIONS);
  }

  @Test
  void theJobTypeParameterComesBeforeThePermission() {
    rejects(get(JOBS + "?job_type=access_control_sync").as(USER), ApiError.invalidUrlParam("job_type"));
    rejects(get(byType("x".repeat(33))).as(USER), ApiError.invalidUrlParam("job_type"));
  }

  @Test
  void thePermissionComesBeforeTheStatusRule() {
    String finished = seed("data_retention", "success").id();

    rejects(patch(status(finished)).as(USER).json("{\"status\":\"canceled\"}"), ApiError.FORBIDDEN);
    rejects(post(cancel(finished)).as(USER), ApiError.FORBIDDEN);
  }

  @Test
  void thePermissionComesBeforeTheInvalidStatusFilter() {
    pending("data_retention");

    rejects(get(JOBS + "?status=bogus").as(USER), ApiError.FORBIDDEN);
    rejects(get(JOBS + "?job_type=data_retention&status=bogus").as(Actor.MANAGER), ApiError.FORBIDDEN);
  }

  @Test
  void theWorkerCheckComesAfterThePermission() {
    rejects(post(JOBS).as(Actor.MANAGER).json("{\"type\":\"cloud\"}"), ApiError.FORBIDDEN);
  }

  @Test
  void theDownloadPermissionComesBeforeIsDownloadable() {
    settings(Settings.DEFAULTS.withDownloadExportResults(true));
    String id = seed(Seed.job("message_export").data(Map.of("is_downloadable", "false"))).id();

    rejects(get(download(id)).as(Actor.MANAGER), ApiError.FORBIDDEN);
  }
}
