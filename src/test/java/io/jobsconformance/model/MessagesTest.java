package io.jobsconformance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The English messages of {@code server/i18n/en.json} for the error ids of reference §7.4, and {@code AppError}. */
class MessagesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          api.context.permissions.app_error               | You do not have the appropriate permissions.
          api.context.session_expired.app_error           | Invalid or expired session, please login again.
          api.context.token_provided.app_error            | Session is not OAuth but token was provided in the query string.
          api.context.mfa_required.app_error              | Multi-factor authentication is required on this server.
          api.context.404.app_error                       | Sorry, we could not find the page.
          api.context.request_body_too_large.app_error    | Unable to process request. Request body too large.
          api.job.retrieve.nopermissions                  | The job types of a job you are trying to retrieve does not contain permissions
          api.job.unable_to_create_job.incorrect_job_type | The job type of the job you are trying to create is invalid
          api.job.unable_to_manage_job.incorrect_job_type | You do not have permission to manage this job type
          api.job.status.invalid                          | Invalid status set
          api.job.unable_to_download_job                  | Unable to download this job
          api.job.unable_to_download_job.incorrect_job_type | The job type you are trying to download is not supported at the moment
          app.job.download_export_results_not_enabled     | DownloadExportResults in config.json is false. Please set this to true to download the results of this job.
          app.job.get.app_error                           | Unable to get the job.
          app.job.get_all.app_error                       | Unable to get the jobs.
          app.job.save.app_error                          | Unable to save the job.
          app.job.update.app_error                        | Unable to update the job.
          app.job.update_status.app_error                 | Unable to update job status. Invalid status set
          jobs.request_cancellation.status.error          | Could not request cancellation for job that is not in a cancelable state.
          model.job.is_valid.type.app_error               | Invalid job type.
          model.job.is_valid.id.app_error                 | Invalid job Id.
          model.job.is_valid.create_at.app_error          | Create at must be a valid time.
          model.job.is_valid.status.app_error             | Invalid job status.
          api.marshal_error                               | Failed to marshal.
          """)
  void eachErrorIdTranslatesToItsEnglishMessage(String id, String message) {
    assertThat(Messages.translate(id, Map.of())).isEqualTo(message);
  }

  @ParameterizedTest(name = "{0} with Name={1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          api.context.invalid_url_param.app_error  | job_id   | Invalid or missing job_id parameter in request URL.
          api.context.invalid_url_param.app_error  | job_type | Invalid or missing job_type parameter in request URL.
          api.context.invalid_body_param.app_error | job      | Invalid or missing job in request body.
          api.context.invalid_body_param.app_error | status   | Invalid or missing status in request body.
          """)
  void theNameParameterIsSubstitutedIntoItsTemplate(String id, String name, String message) {
    assertThat(Messages.translate(id, Map.of("Name", name))).isEqualTo(message);
  }

  @Test
  void anUnknownIdTranslatesToItselfAsGoI18nDoes() {
    assertThat(Messages.translate("no.such.id", Map.of())).isEqualTo("no.such.id");
  }

  @Test
  void anAppErrorCarriesTheTranslatedMessageTheDetailAndTheStatus() {
    AppError error = AppError.of("GetJob", "app.job.get.app_error", "id=x", 404);

    assertThat(error.where()).isEqualTo("GetJob");
    assertThat(error.id()).isEqualTo("app.job.get.app_error");
    assertThat(error.message()).isEqualTo("Unable to get the job.");
    assertThat(error.detailedError()).isEqualTo("id=x");
    assertThat(error.requestId()).isEmpty();
    assertThat(error.statusCode()).isEqualTo(404);
  }

  @Test
  void anAppErrorWithParametersTranslatesTheTemplate() {
    AppError error =
        AppError.of("Context", "api.context.invalid_url_param.app_error", Map.of("Name", "job_id"), "", 400);

    assertThat(error.message()).isEqualTo("Invalid or missing job_id parameter in request URL.");
    assertThat(error.statusCode()).isEqualTo(400);
  }

  @Test
  void theRequestIdIsAddedAndTheDetailWipedByCopies() {
    AppError error = AppError.of("GetJob", "app.job.get.app_error", "secret", 500);

    AppError sent = error.withRequestId("req").wipeDetailed();

    assertThat(sent.requestId()).isEqualTo("req");
    assertThat(sent.detailedError()).isEmpty();
    assertThat(sent.id()).isEqualTo("app.job.get.app_error");
    assertThat(sent.statusCode()).isEqualTo(500);
    assertThat(error.detailedError()).isEqualTo("secret");
    assertThat(error.requestId()).isEmpty();
  }
}
