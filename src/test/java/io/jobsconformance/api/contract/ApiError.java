package io.jobsconformance.api.contract;

/**
 * An error the real server answers with: HTTP status, {@code AppError} id and English message, copied from the
 * behaviour reference (§1 tables and §7.4, i.e. {@code server/i18n/en.json}), not from the code under test.
 */
public record ApiError(int status, String id, String message) {

  public static final ApiError SESSION_EXPIRED =
      new ApiError(401, "api.context.session_expired.app_error", "Invalid or expired session, please login again.");
  public static final ApiError TOKEN_IN_QUERY =
      new ApiError(
          401,
          "api.context.token_provided.app_error",
          "Session is not OAuth but token was provided in the query string.");
  public static final ApiError FORBIDDEN =
      new ApiError(403, "api.context.permissions.app_error", "You do not have the appropriate permissions.");
  public static final ApiError BODY_TOO_LARGE =
      new ApiError(
          413, "api.context.request_body_too_large.app_error", "Unable to process request. Request body too large.");
  public static final ApiError RETRIEVE_NO_PERMISSIONS =
      new ApiError(
          400,
          "api.job.retrieve.nopermissions",
          "The job types of a job you are trying to retrieve does not contain permissions");
  public static final ApiError CREATE_INCORRECT_TYPE =
      new ApiError(
          400,
          "api.job.unable_to_create_job.incorrect_job_type",
          "The job type of the job you are trying to create is invalid");
  public static final ApiError MANAGE_INCORRECT_TYPE =
      new ApiError(
          400,
          "api.job.unable_to_manage_job.incorrect_job_type",
          "You do not have permission to manage this job type");
  public static final ApiError STATUS_INVALID = new ApiError(400, "api.job.status.invalid", "Invalid status set");
  public static final ApiError DOWNLOAD_INCORRECT_TYPE =
      new ApiError(
          400,
          "api.job.unable_to_download_job.incorrect_job_type",
          "The job type you are trying to download is not supported at the moment");
  public static final ApiError DOWNLOAD_NOT_ENABLED =
      new ApiError(
          501,
          "app.job.download_export_results_not_enabled",
          "DownloadExportResults in config.json is false. Please set this to true to download the results of this"
              + " job.");
  public static final ApiError JOB_NOT_FOUND = new ApiError(404, "app.job.get.app_error", "Unable to get the job.");
  public static final ApiError JOB_GET_FAILED = new ApiError(500, "app.job.get.app_error", "Unable to get the job.");
  public static final ApiError JOBS_GET_FAILED =
      new ApiError(500, "app.job.get_all.app_error", "Unable to get the jobs.");
  public static final ApiError JOB_SAVE_FAILED = new ApiError(500, "app.job.save.app_error", "Unable to save the job.");
  public static final ApiError UPDATE_STATUS_FAILED =
      new ApiError(500, "app.job.update_status.app_error", "Unable to update job status. Invalid status set");
  public static final ApiError NOT_CANCELABLE =
      new ApiError(
          500,
          "jobs.request_cancellation.status.error",
          "Could not request cancellation for job that is not in a cancelable state.");
  public static final ApiError NO_WORKER = new ApiError(400, "model.job.is_valid.type.app_error", "Invalid job type.");

  /** {@code c.SetInvalidURLParam(name)}. */
  public static ApiError invalidUrlParam(String name) {
    return new ApiError(
        400, "api.context.invalid_url_param.app_error", "Invalid or missing " + name + " parameter in request URL.");
  }

  /** {@code c.SetInvalidParam(name)}. */
  public static ApiError invalidBodyParam(String name) {
    return new ApiError(400, "api.context.invalid_body_param.app_error", "Invalid or missing " + name + " in request body.");
  }

  /** {@code api.job.unable_to_download_job}, which the handler raises as 400, 404 or 500 depending on the step. */
  public static ApiError unableToDownload(int status) {
    return new ApiError(status, "api.job.unable_to_download_job", "Unable to download this job");
  }

  @Override
  public String toString() {
    return status + " " + id;
  }
}
