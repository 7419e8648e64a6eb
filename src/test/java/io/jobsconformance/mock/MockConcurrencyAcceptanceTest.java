package io.jobsconformance.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many clients at once over HTTP: status changes are compare-and-set in the store, so of N identical requests racing
 * on one job exactly one wins each step, no update is lost, and N concurrent creates give N distinct jobs, each listed
 * exactly once.
 */
class MockConcurrencyAcceptanceTest {
  private static final int CLIENTS = 24;
  @RegisterExtension
  static final RunningMock mock = RunningMock.perClass();
  private static ExecutorService pool;

  @BeforeAll
  static void start() {
    pool = Executors.newFixedThreadPool(CLIENTS);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  @Test
  void ofManySimultaneousCancelsOfAnInProgressJobExactlyOneSucceeds() throws Exception {
    String id = seed("race-cancel", "in_progress");

    List<Response> answers = race(() -> api("race-cancel").post("/api/v4/jobs/" + id + "/cancel"));

    assertThat(statuses(answers)).containsOnly(200, 500).filteredOn(s -> s == 200).hasSize(1);
    assertThat(answers)
        .filteredOn(r -> r.statusCode() == 500)
        .allSatisfy(r -> assertThat(r.jsonPath().getString("id")).isEqualTo("jobs.request_cancellation.status.error"));
    assertThat(stored("race-cancel", id).getString("status")).isEqualTo("cancel_requested");
  }

  @Test
  void ofManySimultaneousCancelsOfAPendingJobExactlyOneSucceedsAndTheJobIsCanceled() throws Exception {
    String id = seed("race-pending", "pending");

    List<Response> answers = race(() -> api("race-pending").post("/api/v4/jobs/" + id + "/cancel"));

    assertThat(statuses(answers)).filteredOn(s -> s == 200).hasSize(1);
    assertThat(stored("race-pending", id).getString("status")).isEqualTo("canceled");
  }

  @Test
  void ofManySimultaneousRequestsForTheSameStatusChangeExactlyOneIsApplied() throws Exception {
    String id = seed("race-patch", "in_progress");

    List<Response> answers =
        race(
            () ->
                api("race-patch")
                    .contentType("application/json")
                    .body("{\"status\":\"cancel_requested\"}")
                    .patch("/api/v4/jobs/" + id + "/status"));

    // A loser either saw cancel_requested already (400, the transition is not allowed) or lost the store's
    // compare-and-set after its check passed (500 from RequestCancellation); never a second 200.
    assertThat(statuses(answers)).isSubsetOf(200, 400, 500).filteredOn(s -> s == 200).hasSize(1);
    assertThat(stored("race-patch", id).getString("status")).isEqualTo("cancel_requested");
  }

  @Test
  void simultaneousCreatesGiveDistinctJobsThatAreEachListedOnce() throws Exception {
    List<Response> answers = new ArrayList<>();
    for (int round = 0; round < 4; round++) {
      answers.addAll(
          race(
              () ->
                  api("race-create")
                      .contentType("application/json")
                      .body("{\"type\":\"data_retention\"}")
                      .post("/api/v4/jobs")));
    }
    assertThat(statuses(answers)).containsOnly(201);
    Set<String> created = new HashSet<>();
    answers.forEach(r -> created.add(r.jsonPath().getString("id")));
    assertThat(created).hasSize(answers.size());

    List<String> listed = new ArrayList<>();
    for (int page = 0; ; page++) {
      List<String> ids =
          api("race-create").get("/api/v4/jobs?per_page=50&page=" + page).then().statusCode(200).extract().jsonPath()
              .getList("id");
      if (ids == null || ids.isEmpty()) {
        break;
      }
      listed.addAll(ids);
    }
    assertThat(listed).hasSize(created.size()).containsExactlyInAnyOrderElementsOf(created);
  }

  private static io.restassured.specification.RequestSpecification api(String namespace) {
    return mock.api("admin-token").header("X-Mock-Namespace", namespace);
  }

  private static String seed(String namespace, String status) {
    return mock.admin()
        .header("X-Mock-Namespace", namespace)
        .body("{\"type\":\"data_retention\",\"status\":\"" + status + "\"}")
        .post("/__admin/jobs")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }

  private static JsonPath stored(String namespace, String id) {
    return mock.admin().header("X-Mock-Namespace", namespace).get("/__admin/jobs/" + id).then().statusCode(200)
        .extract().jsonPath();
  }

  /** Releases all clients at once so their requests really overlap. */
  private static List<Response> race(Callable<Response> request) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Response>> futures = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      futures.add(
          pool.submit(
              () -> {
                go.await();
                return request.call();
              }));
    }
    go.countDown();
    List<Response> answers = new ArrayList<>();
    for (Future<Response> future : futures) {
      answers.add(future.get(60, TimeUnit.SECONDS));
    }
    return answers;
  }

  private static List<Integer> statuses(List<Response> answers) {
    return answers.stream().map(Response::statusCode).toList();
  }
}
