package io.jobsconformance.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobsconformance.model.Job;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The assertions every contract shares. Wherever the real server's bytes are known they are compared byte for byte:
 * an error is exactly {@code {"id","message","detailed_error":"","request_id":<X-Request-Id>,"status_code"}}, a
 * single job ends with {@code json.Encoder}'s newline, a list and {@code {"status":"OK"}} do not.
 */
public final class Expect {
  /** {@code model.NewId}: 26 characters of Mattermost's base32 alphabet. */
  public static final Pattern NEW_ID = Pattern.compile("[ybndrfg8ejkmcpqxot1uwisza345h769]{26}");

  private static final List<String> ERROR_FIELDS =
      List.of("id", "message", "detailed_error", "request_id", "status_code");

  private Expect() {}

  /** The error as {@code handleContextError} writes it with developer mode off: the detail wiped. */
  public static void error(Exchange r, ApiError expected) {
    String requestId = r.header("X-Request-Id");
    assertThat(r.status()).as("status of %s", r).isEqualTo(expected.status());
    assertThat(r.header("Content-Type")).as("Content-Type of %s", r).isEqualTo("application/json");
    assertThat(requestId).as("X-Request-Id of %s", r).isNotNull().matches(NEW_ID);
    assertThat(r.text())
        .as("error body")
        .isEqualTo(GoJsonText.appError(expected.id(), expected.message(), "", requestId, expected.status()));
  }

  /** The error with developer mode on: same fields in the same order, and a detail that matches {@code detail}. */
  public static void errorWithDetail(Exchange r, ApiError expected, Pattern detail) {
    assertThat(r.status()).as("status of %s", r).isEqualTo(expected.status());
    JsonNode body = r.json();
    List<String> fields = new ArrayList<>();
    body.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).isEqualTo(ERROR_FIELDS);
    assertThat(body.get("id").asText()).isEqualTo(expected.id());
    assertThat(body.get("message").asText()).isEqualTo(expected.message());
    assertThat(body.get("request_id").asText()).isEqualTo(r.header("X-Request-Id"));
    assertThat(body.get("status_code").asInt()).isEqualTo(expected.status());
    assertThat(body.get("detailed_error").asText()).matches(detail);
  }

  /**
   * {@code web.Handle404}: runs outside ServeHTTP, so there is no request id in the body, and the detail naming the
   * (decoded) path is not wiped.
   */
  public static void routeMiss(Exchange r, String decodedPath) {
    assertThat(r.status()).as("status of %s", r).isEqualTo(404);
    assertThat(r.text())
        .isEqualTo(
            GoJsonText.appError(
                "api.context.404.app_error",
                "Sorry, we could not find the page.",
                "There doesn't appear to be an api call for the url='"
                    + decodedPath
                    + "'.  Typo? are you missing a team_id or user_id as part of the url?",
                "",
                404));
  }

  /** {@code json.NewEncoder(w).Encode(job)}: the nine fields in order and a trailing newline. */
  public static void job(Exchange r, int status, Job expected) {
    assertThat(r.status()).as("status of %s", r).isEqualTo(status);
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(r.text()).isEqualTo(GoJsonText.job(expected) + "\n");
  }

  /** {@code w.Write(json.Marshal(jobs))}: an array in the given order, no trailing newline. */
  public static void jobs(Exchange r, List<Job> expected) {
    assertThat(r.status()).as("status of %s", r).isEqualTo(200);
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(r.text()).isEqualTo(GoJsonText.jobs(expected));
  }

  /** The 4 bytes {@code null}: a nil slice marshalled. */
  public static void nullList(Exchange r) {
    assertThat(r.status()).as("status of %s", r).isEqualTo(200);
    assertThat(r.text()).isEqualTo("null");
  }

  /** {@code web.ReturnStatusOK}: exactly {@code {"status":"OK"}}, upper case, no newline. */
  public static void statusOk(Exchange r) {
    assertThat(r.status()).as("status of %s", r).isEqualTo(200);
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(r.body()).isEqualTo("{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
  }

  /** The headers {@code web/handlers.go} ServeHTTP sets on every handled request (§1.1 item 4). */
  public static void serverHeaders(Exchange r, boolean isGet) {
    assertThat(r.header("X-Request-Id")).as("X-Request-Id of %s", r).matches(NEW_ID);
    assertThat(r.header("X-Version-Id")).as("X-Version-Id").matches("[^.]+(\\.[^.]+)*\\.[^.]*\\.(true|false)");
    assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(r.headers()).as("Permissions-Policy is set, empty").containsEntry("Permissions-Policy", "");
    assertThat(r.header("Vary")).isEqualTo("Accept-Encoding");
    if (isGet) {
      assertThat(r.header("Expires")).isEqualTo("0");
    } else {
      assertThat(r.header("Expires")).as("Expires on a non-GET").isNull();
    }
  }
}
