package io.jobsconformance.model;

import java.util.Map;

/** The English messages of {@code server/i18n/en.json} for every error id the Jobs API can return. */
public final class Messages {
  private static final Map<String, String> EN =
      Map.ofEntries(
          Map.entry("api.context.invalid_url_param.app_error", "Invalid or missing {{.Name}} parameter in request URL."),
          Map.entry("api.context.invalid_body_param.app_error", "Invalid or missing {{.Name}} in request body."),
          Map.entry("api.context.permissions.app_error", "You do not have the appropriate permissions."),
          Map.entry("api.context.session_expired.app_error", "Invalid or expired session, please login again."),
          Map.entry(
              "api.context.token_provided.app_error",
              "Session is not OAuth but token was provided in the query string."),
          Map.entry("api.context.mfa_required.app_error", "Multi-factor authentication is required on this server."),
          Map.entry("api.context.404.app_error", "Sorry, we could not find the page."),
          Map.entry(
              "api.context.request_body_too_large.app_error", "Unable to process request. Request body too large."),
          Map.entry("basic_security_check.url.too_long_error", "URL is too long"),
          Map.entry(
              "api.job.retrieve.nopermissions",
              "The job types of a job you are trying to retrieve does not contain permissions"),
          Map.entry(
              "api.job.unable_to_create_job.incorrect_job_type",
              "The job type of the job you are trying to create is invalid"),
          Map.entry(
              "api.job.unable_to_manage_job.incorrect_job_type", "You do not have permission to manage this job type"),
          Map.entry("api.job.status.invalid", "Invalid status set"),
          Map.entry("api.job.unable_to_download_job", "Unable to download this job"),
          Map.entry(
              "api.job.unable_to_download_job.incorrect_job_type",
              "The job type you are trying to download is not supported at the moment"),
          Map.entry(
              "app.job.download_export_results_not_enabled",
              "DownloadExportResults in config.json is false. Please set this to true to download the results of"
                  + " this job."),
          Map.entry("app.job.get.app_error", "Unable to get the job."),
          Map.entry("app.job.get_all.app_error", "Unable to get the jobs."),
          Map.entry("app.job.save.app_error", "Unable to save the job."),
          Map.entry("app.job.update.app_error", "Unable to update the job."),
          Map.entry("app.job.update_status.app_error", "Unable to update job status. Invalid status set"),
          Map.entry(
              "jobs.request_cancellation.status.error",
              "Could not request cancellation for job that is not in a cancelable state."),
          Map.entry("model.job.is_valid.type.app_error", "Invalid job type."),
          Map.entry("model.job.is_valid.id.app_error", "Invalid job Id."),
          Map.entry("model.job.is_valid.create_at.app_error", "Create at must be a valid time."),
          Map.entry("model.job.is_valid.status.app_error", "Invalid job status."),
          Map.entry("api.marshal_error", "Failed to marshal."));

  private Messages() {}

  /** Like go-i18n with the English bundle: an unknown id translates to itself. */
  public static String translate(String id, Map<String, String> params) {
    String text = EN.getOrDefault(id, id);
    for (Map.Entry<String, String> param : params.entrySet()) {
      text = text.replace("{{." + param.getKey() + "}}", param.getValue());
    }
    return text;
  }
}
