package io.jobsconformance.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A few thousand generated requests against the running mock, from one seed (printed, and in the test's name; rerun
 * one with {@code -Djobs.fuzz.seed=N}, and change the count with {@code -Djobs.fuzz.requests=N}). Each answer must be
 * one the behaviour reference allows for the route the request aimed at, every error a well-formed {@code AppError}
 * with the right id, and never the mock's defect marker. Afterwards the mock still serves, and jobs seeded before
 * the fuzzing that no request named are byte for byte as they were.
 */
class MockFuzzAcceptanceTest {
  static final long SEED = Long.getLong("jobs.fuzz.seed", 20_261_129L);
  static final int REQUESTS = Integer.getInteger("jobs.fuzz.requests", 3000);
  private static final int SHOWN_VIOLATIONS = 25;

  @RegisterExtension
  static final RunningMock mock = RunningMock.perClass();
  private static final List<String> targets = new ArrayList<>();
  private static final Map<String, String> sentinels = new LinkedHashMap<>();
  private static final Map<String, String> sentinelsBefore = new LinkedHashMap<>();

  @BeforeAll
  static void start() {
    String ns = FuzzRequests.NAMESPACE;
    admin(ns).body("{\"download_export_results\":true}").put("/__admin/jobs/settings").then().statusCode(200);
    targets.add(seed(ns, "{\"type\":\"data_retention\"}"));
    targets.add(seed(ns, "{\"type\":\"data_retention\",\"status\":\"in_progress\",\"progress\":30}"));
    targets.add(seed(ns, "{\"type\":\"active_users\",\"status\":\"success\",\"progress\":100}"));
    targets.add(seed(ns, "{\"type\":\"ldap_sync\",\"status\":\"cancel_requested\"}"));
    targets.add(seed(ns, "{\"type\":\"access_control_sync\",\"data\":{\"policy_id\":\"p\"}}"));
    targets.add(seed(ns, "{\"type\":\"\"}"));
    targets.add(seed(ns, "{\"type\":\"last_accessible_post\",\"status\":\"error\"}"));
    targets.add(seed(ns, "{\"type\":\"mobile_session_metadata\"}"));
    targets.add(seed(ns, "{\"type\":\"cloud\",\"status\":\"canceled\"}"));
    targets.add(seed(ns, "{\"type\":\"message_export\",\"status\":\"success\",\"data\":{\"is_downloadable\":\"true\","
        + "\"export_dir\":\"export/fuzzrun\"}}"));
    targets.add(seed(ns, "{\"type\":\"message_export\",\"status\":\"success\",\"data\":{\"is_downloadable\":\"true\","
        + "\"export_dir\":\"../escape\"}}"));
    String legacy = seed(ns, "{\"type\":\"message_export\",\"status\":\"success\",\"last_activity_at\":1700000000000,"
        + "\"data\":{\"is_downloadable\":\"t\"}}");
    targets.add(legacy);
    exportFile(ns, "export/fuzzrun/messages.csv", "a,b\n");
    exportFile(ns, "export/" + legacy + ".zip", "0123456789");

    sentinel(ns, "{\"type\":\"data_retention\",\"create_at\":1}");
    sentinel(ns, "{\"type\":\"active_users\",\"status\":\"in_progress\",\"progress\":50}");
    sentinel(ns, "{\"type\":\"ldap_sync\",\"status\":\"success\",\"data\":{\"a\":\"\\u003c\\u00e9\\u003e\"}}");
    sentinel(ns, "{\"type\":\"elasticsearch_post_indexing\",\"status\":\"cancel_requested\"}");
    sentinel(ns, "{\"type\":\"access_control_sync\",\"data\":{\"policy_id\":\"q\"}}");
    sentinel(ns, "{\"type\":\"message_export\",\"status\":\"success\",\"data\":{\"is_downloadable\":\"true\","
        + "\"export_dir\":\"export/fuzzrun\"}}");
    sentinel(null, "{\"type\":\"data_retention\"}");
    sentinel(FuzzRequests.OTHER_NAMESPACE, "{\"type\":\"active_users\",\"status\":\"in_progress\"}");
    sentinels.forEach((id, namespace) -> sentinelsBefore.put(id, snapshot(id, namespace)));
  }

  @TestFactory
  @Timeout(120)
  Stream<DynamicTest> fuzz() {
    return Stream.of(
        DynamicTest.dynamicTest(
            "fuzz seed=" + SEED + ", " + REQUESTS + " requests: every answer is one the reference allows",
            MockFuzzAcceptanceTest::everyAnswerIsOneTheReferenceAllows),
        DynamicTest.dynamicTest(
            "afterwards the mock still serves and the jobs no request named are intact",
            MockFuzzAcceptanceTest::theMockStillServesAndUntouchedJobsAreIntact));
  }

  private static void everyAnswerIsOneTheReferenceAllows() {
    FuzzRequests requests = new FuzzRequests(SEED, targets);
    Map<String, List<String>> violations = new LinkedHashMap<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    long started = System.nanoTime();
    for (int i = 0; i < REQUESTS; i++) {
      FuzzRequest request = requests.next();
      RawHttp.Answer answer;
      try {
        answer = send(request);
      } catch (IOException refused) {
        if (!request.wireMalformed()) {
          violations.computeIfAbsent("no answer: " + refused.getClass().getSimpleName(), k -> new ArrayList<>())
              .add(request.describe() + "\n      -> " + refused);
        }
        continue; // a malformed request line may be refused before its body is read (a broken pipe here)
      } catch (RuntimeException broken) {
        violations
            .computeIfAbsent("no well-formed answer: " + broken.getClass().getSimpleName(), k -> new ArrayList<>())
            .add(request.describe() + "\n      -> " + broken);
        continue;
      }
      statuses.merge(answer.status(), 1, Integer::sum);
      for (String problem : FuzzExpectations.violations(request, answer)) {
        String body = answer.text();
        violations.computeIfAbsent(answer.status() + ": " + problem, k -> new ArrayList<>())
            .add(request.describe() + "\n      -> " + (body.length() > 200 ? body.substring(0, 200) + "..." : body));
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    // Printed so a failing run can be repeated with -Djobs.fuzz.seed, and its coverage seen at a glance.
    System.out.println("fuzz seed=" + SEED + " requests=" + REQUESTS + " took=" + millis + "ms statuses=" + statuses);
    StringBuilder report = new StringBuilder();
    violations.entrySet().stream().limit(SHOWN_VIOLATIONS).forEach(
        kind -> report.append("\n  ").append(kind.getValue().size()).append(" x ").append(kind.getKey())
            .append("\n    e.g. ").append(kind.getValue().get(0)));
    assertThat(violations)
        .as("fuzz seed=%d: %d kinds of answers break the reference, by kind (count x problem):%s", SEED,
            violations.size(), report)
        .isEmpty();
  }

  /** A request refused before it was parsed may be answered with or without a body even for HEAD (Jetty does both). */
  private static RawHttp.Answer send(FuzzRequest request) throws IOException {
    byte[] raw = RawHttp.exchange(mock.port(), request.bytes());
    try {
      return RawHttp.parse(raw, request.isHead());
    } catch (IllegalStateException malformed) {
      if (request.wireMalformed()) {
        return RawHttp.parse(raw, !request.isHead());
      }
      throw malformed;
    }
  }

  private static void theMockStillServesAndUntouchedJobsAreIntact() {
    sentinels.forEach(
        (id, namespace) ->
            assertThat(snapshot(id, namespace)).as("job %s in namespace %s", id, namespace)
                .isEqualTo(sentinelsBefore.get(id)));
    String ns = FuzzRequests.NAMESPACE;
    String created =
        api(ns).contentType("application/json").body("{\"type\":\"active_users\"}").post("/api/v4/jobs").then()
            .statusCode(201).extract().path("id");
    api(ns).get("/api/v4/jobs/" + created).then().statusCode(200);
    api(ns).get("/api/v4/jobs/type/active_users?per_page=200").then().statusCode(200);
    api(ns).post("/api/v4/jobs/" + created + "/cancel").then().statusCode(200);
    admin(ns).get("/__admin/jobs/" + created).then().statusCode(200).body("status", equalTo("canceled"));
  }

  /** What the control plane and the public API say about the job, byte for byte. */
  private static String snapshot(String id, String namespace) {
    String stored = new String(admin(namespace).get("/__admin/jobs/" + id).then().statusCode(200).extract()
        .asByteArray(), StandardCharsets.UTF_8);
    String served = new String(api(namespace).get("/api/v4/jobs/" + id).then().statusCode(200).extract()
        .asByteArray(), StandardCharsets.UTF_8);
    return stored + "\n" + served;
  }

  private static RequestSpecification admin(String namespace) {
    RequestSpecification admin = mock.admin();
    return namespace == null ? admin : admin.header("X-Mock-Namespace", namespace);
  }

  private static RequestSpecification api(String namespace) {
    RequestSpecification api = mock.api("admin-token");
    return namespace == null ? api : api.header("X-Mock-Namespace", namespace);
  }

  private static String seed(String namespace, String job) {
    return admin(namespace).body(job).post("/__admin/jobs").then().statusCode(201).extract().path("id");
  }

  private static void sentinel(String namespace, String job) {
    sentinels.put(seed(namespace, job), namespace);
  }

  private static void exportFile(String namespace, String path, String content) {
    admin(namespace).body(content.getBytes(StandardCharsets.UTF_8)).put("/__admin/jobs/exports/" + path).then()
        .statusCode(200);
  }
}
