package io.jobsconformance.conformance.spec;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The filter sits in front of every conformance call, so it must report a verdict for each response and leave the
 * response exactly as readable as before, JSON and binary alike. A plain JDK HTTP server plays the target here.
 */
class ValidatingFilterTest {

  private static final String ID = "ybndrfg8ejkmcpqxot1uwisza3";
  private static final String JOB = "{\"id\":\"" + ID + "\",\"type\":\"ldap_sync\",\"priority\":0,\"create_at\":1,"
      + "\"start_at\":0,\"last_activity_at\":0,\"status\":\"pending\",\"progress\":0,\"data\":null}\n";
  private static final byte[] ZIP = {'P', 'K', 3, 4, 0, (byte) 0xff, 10, 13};
  private static final Map<String, Reply> REPLIES = Map.of(
      "/api/v4/jobs/" + ID, new Reply(200, "application/json", JOB.getBytes(StandardCharsets.UTF_8)),
      "/api/v4/jobs/" + ID + "/download", new Reply(200, "application/zip", ZIP),
      "/api/v4/jobs", new Reply(200, "application/json", "null".getBytes(StandardCharsets.UTF_8)));

  private record Reply(int status, String contentType, byte[] body) {}

  private static HttpServer server;
  private static String baseUri;

  private final List<ResponseVerdict> verdicts = new CopyOnWriteArrayList<>();
  private final ValidatingFilter filter = new ValidatingFilter(SpecValidator.fromClasspath(), verdicts::add);

  @BeforeAll
  static void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ValidatingFilterTest::reply);
    server.start();
    baseUri = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
  }

  @Test
  void aJsonBodyStaysReadableAfterValidation() {
    given().baseUri(baseUri).filter(filter).get("/api/v4/jobs/" + ID)
        .then().statusCode(200).body("id", equalTo(ID));

    assertThat(verdicts).singleElement().satisfies(v -> {
      assertThat(v.operationId()).isEqualTo("GetJob");
      assertThat(v.conforms()).isTrue();
      assertThat(v.departureNames()).containsExactly("job-priority-undocumented", "job-data-null");
    });
  }

  @Test
  void aBinaryBodyStaysReadableAfterValidation() {
    Response response = given().baseUri(baseUri).filter(filter).get("/api/v4/jobs/" + ID + "/download");

    assertThat(response.asByteArray()).isEqualTo(ZIP);
    assertThat(verdicts).singleElement()
        .satisfies(v -> assertThat(v.departureNames()).containsExactly("download-200-undocumented"));
  }

  @Test
  void theQueryStringDoesNotAffectTheOperation() {
    String body = given().baseUri(baseUri).filter(filter)
        .queryParam("page", 0).queryParam("per_page", 2).queryParam("job_type", "").get("/api/v4/jobs").asString();

    assertThat(body).isEqualTo("null");
    assertThat(verdicts).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("/api/v4/jobs");
      assertThat(v.departureNames()).containsExactly("get-jobs-empty-list-null");
    });
  }

  @Test
  void aRouteMissIsNotApplicable() {
    given().baseUri(baseUri).filter(filter).get("/api/v4/jobs/" + ID + "/nope").then().statusCode(404);

    assertThat(verdicts).singleElement().satisfies(v -> assertThat(v.isNotApplicable()).isTrue());
  }

  private static void reply(HttpExchange exchange) throws IOException {
    Reply reply = REPLIES.getOrDefault(exchange.getRequestURI().getPath(), new Reply(404, "application/json",
        "{\"id\":\"api.context.404.app_error\",\"status_code\":404}".getBytes(StandardCharsets.UTF_8)));
    exchange.getResponseHeaders().add("Content-Type", reply.contentType());
    exchange.sendResponseHeaders(reply.status(), reply.body().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(reply.body());
    }
  }
}
