package io.jobsconformance.mock.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.jobsconformance.app.JobSeed;
import io.jobsconformance.app.Settings;
import io.jobsconformance.mock.namespace.NamespaceConfig;
import io.jobsconformance.mock.namespace.Namespaces;
import io.jobsconformance.model.Job;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each admin task on its own, without a server: the refusals and their messages. */
class AdminTasksTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Namespaces namespaces =
      new Namespaces(NamespaceConfig.of(Settings.DEFAULTS, List.of(), Optional.empty()).withMaxNamespaces(2));

  @AfterEach
  void close() {
    namespaces.close();
  }

  private static ResponseDefinition run(JobsAdminTask task, String body, PathParams params, String... headers) {
    ImmutableRequest.Builder request =
        ImmutableRequest.create().withAbsoluteUrl("http://h/__admin/jobs/x").withMethod(RequestMethod.POST);
    for (int i = 0; i < headers.length; i += 2) {
      request.withHeader(headers[i], headers[i + 1]);
    }
    if (body != null) {
      request.withBody(body.getBytes(StandardCharsets.UTF_8));
    }
    return task.execute(null, ServeEvent.of(request.build()), params);
  }

  private static String error(ResponseDefinition response) throws IOException {
    JsonNode body = JSON.readTree(response.getByteBody());
    assertThat(body.size()).as("an error body has only the error").isEqualTo(1);
    return body.get("error").asText();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"type\":5}|\"type\" must be a string",
        "{\"create_at\":\"now\"}|\"create_at\" must be an integer",
        "{\"data\":{\"a\":1}}|\"data.a\" must be a string",
        "{\"owner\":\"x\"}|unknown field [owner]",
        "{\"id\":\"\"}|\"id\" must have 1 to 26 characters",
        "{\"status\":\"012345678901234567890123456789012\"}|\"status\" must have at most 32 characters",
        "[{}]|must be a JSON object"
      })
  void seedingRefusesBadFieldsWith400(String body, String message) throws IOException {
    ResponseDefinition response = run(new SeedJobTask(namespaces), body, PathParams.empty());

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(error(response)).contains(message);
    assertThat(namespaces.resolve(null).server().admin().jobCount()).isZero();
  }

  @Test
  void seedingTheSameIdTwiceIsAConflict() throws IOException {
    String body = "{\"id\":\"ybndrfg8ejkmcpqxot1uwisza3\"}";
    assertThat(run(new SeedJobTask(namespaces), body, PathParams.empty()).getStatus()).isEqualTo(201);

    ResponseDefinition again = run(new SeedJobTask(namespaces), body, PathParams.empty());

    assertThat(again.getStatus()).isEqualTo(409);
    assertThat(error(again)).contains("ybndrfg8ejkmcpqxot1uwisza3");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"action\":\"explode\"}|400|unknown worker action 'explode'; expected one of claim, progress, success",
        "{}|400|missing required field \"action\"",
        "{\"action\":1}|400|\"action\" must be a string",
        "{\"action\":\"progress\",\"progress\":\"50\"}|400|\"progress\" must be an integer",
        "{\"action\":\"progress\"}|400|needs an integer \"progress\"",
        "{\"action\":\"claim\",\"why\":1}|400|unknown field [why]",
        "{\"action\":\"progress\",\"progress\":50}|409|not 'in_progress'",
      })
  void workerActionsRefuseBadInputAndImpossibleChanges(String body, int status, String message) throws IOException {
    namespaces.resolve(null).server().admin().seed(
        new JobSeed("ybndrfg8ejkmcpqxot1uwisza3", "data_retention", null, null, null, null,
            "pending", null, null));

    ResponseDefinition response =
        run(new WorkerActionTask(namespaces), body, PathParams.single("id", "ybndrfg8ejkmcpqxot1uwisza3"));

    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(error(response)).contains(message);
  }

  @Test
  void aWorkerActionOnAnUnknownJobIs404() throws IOException {
    ResponseDefinition response =
        run(new WorkerActionTask(namespaces), "{\"action\":\"claim\"}", PathParams.single("id", "nope"));

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(error(response)).isEqualTo("no job with id 'nope'");
  }

  @Test
  void gettingAnUnknownJobIs404() throws IOException {
    ResponseDefinition response = run(new GetJobTask(namespaces), null, PathParams.single("id", "missing"));

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(error(response)).isEqualTo("no job with id 'missing'");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"download_export_results\":\"yes\"}|\"download_export_results\" must be true or false",
        "{\"downloadExportResults\":true}|unknown field [downloadExportResults]",
        "|the request body is empty"
      })
  void settingsRefuseBadInput(String body, String message) throws IOException {
    ResponseDefinition response = run(new UpdateSettingsTask(namespaces), body, PathParams.empty());

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(error(response)).contains(message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"roles\":\"system_admin\"}|missing required field \"token\"",
        "{\"token\":\"\",\"roles\":\"system_admin\"}|non-empty \"token\"",
        "{\"token\":\"t\"}|exactly one of \"roles\"",
        "{\"token\":\"t\",\"roles\":\"system_admin\",\"permissions\":[]}|exactly one of \"roles\"",
        "{\"token\":\"t\",\"roles\":\"superuser\"}|unknown role 'superuser'; known roles: system_admin",
        "{\"token\":\"t\",\"permissions\":[\"fly\"]}|unknown permission 'fly'",
        "{\"token\":\"t\",\"permissions\":\"read_jobs\"}|\"permissions\" must be an array of strings",
        "{\"token\":\"t\",\"roles\":\"system_admin\",\"is_oauth\":\"no\"}|\"is_oauth\" must be true or false"
      })
  void sessionsRefuseBadInput(String body, String message) throws IOException {
    ResponseDefinition response = run(new AddSessionTask(namespaces), body, PathParams.empty());

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(error(response)).contains(message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"type\":\"data_retention\"}|missing required field \"count\"",
        "{\"count\":0,\"type\":\"data_retention\"}|\"count\" must be between 1 and 2000000, got 0",
        "{\"count\":2000001,\"type\":\"data_retention\"}|\"count\" must be between 1 and 2000000",
        "{\"count\":5}|missing required field \"type\"",
        "{\"count\":2,\"type\":\"t\",\"create_at\":9223372036854775807,\"create_at_step\":1}|does not fit in 64 bits",
        "{\"count\":2,\"type\":\"t\",\"size\":1}|unknown field [size]"
      })
  void bulkSeedingRefusesBadInput(String body, String message) throws IOException {
    ResponseDefinition response = run(new BulkSeedTask(namespaces), body, PathParams.empty());

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(error(response)).contains(message);
  }

  @Test
  void bulkSeedingSpacesTheCreationTimesByTheStep() throws IOException {
    ResponseDefinition response =
        run(new BulkSeedTask(namespaces), "{\"count\":3,\"type\":\"t\",\"create_at\":100,\"create_at_step\":-10}",
            PathParams.empty());

    assertThat(response.getStatus()).isEqualTo(201);
    assertThat(JSON.readTree(response.getByteBody()).get("created").asInt()).isEqualTo(3);
    assertThat(namespaces.resolve(null).server().app().getJobsByTypePage("t", 0, 10))
        .extracting(Job::createAt)
        .containsExactly(100L, 90L, 80L);
  }

  @Test
  void anExportPathThatClimbsOutIsRefused() throws IOException {
    ResponseDefinition response = run(new PutExportFileTask(namespaces), "x", PathParams.single("0", "export/../x"));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(error(response)).contains("'..' segment");
  }

  @Test
  void aBadNamespaceOnAnAdminRequestIsA400WithTheRule() throws IOException {
    ResponseDefinition response =
        run(new GetSettingsTask(namespaces), null, PathParams.empty(), "X-Mock-Namespace", "bad name!");

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(error(response)).contains("Invalid X-Mock-Namespace header 'bad name!'");
  }

  @Test
  void oneNamespaceTooManyIsA503() throws IOException {
    run(new GetSettingsTask(namespaces), null, PathParams.empty(), "X-Mock-Namespace", "one");
    run(new GetSettingsTask(namespaces), null, PathParams.empty(), "X-Mock-Namespace", "two");

    ResponseDefinition response =
        run(new GetSettingsTask(namespaces), null, PathParams.empty(), "X-Mock-Namespace", "three");

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(error(response)).contains("its limit");
  }

  @Test
  void resettingAnUnknownNamespaceDoesNotCreateIt() {
    ResponseDefinition response =
        run(new ResetJobsTask(namespaces), null, PathParams.empty(), "X-Mock-Namespace", "never-used");

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(namespaces.existing("never-used")).isEmpty();
  }
}
