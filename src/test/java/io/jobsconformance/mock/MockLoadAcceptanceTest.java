package io.jobsconformance.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jobsconformance.mock.StatusChangeRules.Actor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many clients at once over HTTP, with the job history recorded and the worker simulation running: 16 threads create
 * jobs, cancel them, change their status with and without force, and drive them as workers through the control plane,
 * mostly on the same few recent jobs. Afterwards the history proves nothing was lost: each job's changes follow the
 * status-change rules (reference §3), every create is listed exactly once, every successful answer is followed by
 * exactly the change it promised, and no change happened without one. Bounded: a fixed number of requests.
 */
class MockLoadAcceptanceTest {
  private static final int THREADS = 16;
  private static final int REQUESTS_PER_THREAD = 120;
  private static final long SEED = 2_026_1129L;
  private static final String NAMESPACE = "load";
  private static final String[] PATCH_TARGETS = {
    "pending", "cancel_requested", "canceled", "in_progress", "success", "error", "warning", "bogus"
  };
  private static final ObjectMapper JSON = new ObjectMapper();

  private enum Kind {
    CREATE,
    CANCEL,
    PATCH,
    WORKER
  }

  /** One answer, with what was asked: the target status of a PATCH, the action of a worker request. */
  private record Answer(Kind kind, String jobId, int status, String requestId, String errorId, String asked) {}

  @RegisterExtension
  static final RunningMock mock =
      RunningMock.perClass(MockOptions.onAnyFreePort().withWorkerSimulation(Duration.ofMillis(15)));
  private static HttpClient http;
  private static final List<String> seeded = new CopyOnWriteArrayList<>();
  private static final List<String> jobs = new CopyOnWriteArrayList<>();
  private static final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
  private static final Map<String, List<JsonNode>> histories = new HashMap<>();
  private static final Map<String, String> storedStatus = new HashMap<>();

  @BeforeAll
  static void runTheLoad() throws Exception {
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    assertThat(send("PUT", "/__admin/jobs/settings", "{\"record_history\":true}", false).statusCode()).isEqualTo(200);
    for (int i = 0; i < 24; i++) {
      String status = i % 3 == 0 ? "in_progress" : i % 3 == 1 ? "pending" : "cancel_requested";
      String type = i % 2 == 0 ? "data_retention" : "ldap_sync";
      HttpResponse<String> seed =
          send("POST", "/__admin/jobs", "{\"type\":\"" + type + "\",\"status\":\"" + status + "\"}", false);
      seeded.add(JSON.readTree(seed.body()).get("id").asText());
    }
    jobs.addAll(seeded);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> clients = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Random random = new Random(SEED + t);
      clients.add(
          pool.submit(
              () -> {
                go.await();
                for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                  oneRequest(random);
                }
                return null;
              }));
    }
    go.countDown();
    try {
      for (Future<?> client : clients) {
        client.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    awaitQuiet();
    for (String id : jobs) {
      List<JsonNode> history = new ArrayList<>();
      readJson("/__admin/jobs/" + id + "/history").forEach(history::add);
      histories.put(id, history);
      storedStatus.put(id, readJson("/__admin/jobs/" + id).get("status").asText());
    }
    Map<String, Integer> byKindAndStatus = new java.util.TreeMap<>();
    answers.forEach(a -> byKindAndStatus.merge(a.kind() + " " + a.status(), 1, Integer::sum));
    // Printed so a run shows how much racing it did.
    System.out.println("load: " + answers.size() + " requests " + byKindAndStatus + ", " + jobs.size() + " jobs, "
        + histories.values().stream().mapToInt(List::size).sum() + " history entries");
  }

  /** One request on a recent job most of the time, so clients race on the same jobs. */
  private static void oneRequest(Random random) throws IOException, InterruptedException {
    int choice = random.nextInt(100);
    if (choice < 12) {
      String type = random.nextBoolean() ? "data_retention" : "ldap_sync";
      HttpResponse<String> created = send("POST", "/api/v4/jobs", "{\"type\":\"" + type + "\"}", true);
      String id = created.statusCode() == 201 ? JSON.readTree(created.body()).get("id").asText() : null;
      record(Kind.CREATE, id, created, type);
      if (id != null) {
        jobs.add(id);
      }
      return;
    }
    List<String> known = jobs;
    int window = Math.min(known.size(), 12);
    String id =
        random.nextInt(10) < 8
            ? known.get(known.size() - 1 - random.nextInt(window))
            : known.get(random.nextInt(known.size()));
    if (choice < 32) {
      record(Kind.CANCEL, id, send("POST", "/api/v4/jobs/" + id + "/cancel", null, true), null);
    } else if (choice < 66) {
      String target = PATCH_TARGETS[random.nextInt(PATCH_TARGETS.length)];
      boolean force = random.nextBoolean();
      String body = "{\"status\":\"" + target + "\"" + (force ? ",\"force\":true" : "") + "}";
      record(Kind.PATCH, id, send("PATCH", "/api/v4/jobs/" + id + "/status", body, true), target);
    } else {
      String action = new String[] {"claim", "progress", "success", "error", "error"}[random.nextInt(5)];
      String body =
          switch (action) {
            case "progress" -> "{\"action\":\"progress\",\"progress\":" + random.nextInt(101) + "}";
            case "error" ->
                random.nextBoolean() ? "{\"action\":\"error\",\"error\":\"boom\"}" : "{\"action\":\"error\"}";
            default -> "{\"action\":\"" + action + "\"}";
          };
      record(Kind.WORKER, id, send("POST", "/__admin/jobs/" + id + "/worker", body, false), action);
    }
  }

  private static void record(Kind kind, String id, HttpResponse<String> response, String asked) throws IOException {
    String errorId = null;
    if (response.statusCode() >= 400 && kind != Kind.WORKER) {
      errorId = JSON.readTree(response.body()).path("id").asText();
    }
    String requestId = response.headers().firstValue("X-Request-Id").orElse(null);
    answers.add(new Answer(kind, id, response.statusCode(), requestId, errorId, asked));
  }

  @Test
  void everyAnswerIsOneTheReferenceAllowsAndCarriesItsRequestId() {
    assertThat(answers).hasSize(THREADS * REQUESTS_PER_THREAD);
    for (Answer a : answers) {
      switch (a.kind()) {
        case CREATE -> assertThat(a.status()).as("%s", a).isEqualTo(201);
        case CANCEL -> {
          assertThat(a.status()).as("%s", a).isIn(200, 500);
          if (a.status() == 500) {
            assertThat(a.errorId()).as("%s", a).isEqualTo("jobs.request_cancellation.status.error");
          }
        }
        case PATCH -> {
          assertThat(a.status()).as("%s", a).isIn(200, 400, 500);
          if (a.status() == 400) {
            assertThat(a.errorId()).as("%s", a).isEqualTo("api.job.status.invalid");
          } else if (a.status() == 500) {
            assertThat(a.errorId())
                .as("%s", a)
                .isIn("app.job.update_status.app_error", "jobs.request_cancellation.status.error");
          }
        }
        case WORKER -> assertThat(a.status()).as("%s", a).isIn(200, 409);
      }
      if (a.kind() != Kind.WORKER) {
        assertThat(a.requestId()).as("X-Request-Id of %s", a).hasSize(26);
      }
    }
  }

  @Test
  void everyJobsHistoryFollowsTheStatusChangeRules() {
    for (String id : jobs) {
      List<JsonNode> history = histories.get(id);
      assertThat(history).as("history of %s", id).isNotEmpty().hasSizeLessThan(1000);
      JsonNode first = history.get(0);
      if (seeded.contains(id)) {
        assertThat(first.get("cause").asText()).as("seed of %s", id).isEqualTo("admin");
      } else {
        assertThat(first.get("status").asText()).as("creation of %s", id).isEqualTo("pending");
      }
      for (int i = 1; i < history.size(); i++) {
        String from = history.get(i - 1).get("status").asText();
        String to = history.get(i).get("status").asText();
        Actor actor = Actor.of(history.get(i).get("cause").asText());
        assertThat(StatusChangeRules.allows(actor, from, to))
            .as("job %s, entry %d: %s -> %s by %s; history %s", id, i, from, to, actor, history)
            .isTrue();
      }
    }
  }

  @Test
  void theLastRecordedStatusOfEveryJobIsItsStoredStatus() {
    for (String id : jobs) {
      List<JsonNode> history = histories.get(id);
      assertThat(history.get(history.size() - 1).get("status").asText())
          .as("job %s: history %s", id, history)
          .isEqualTo(storedStatus.get(id));
    }
  }

  @Test
  void everySuccessfulCreateIsListedExactlyOnce() throws Exception {
    List<String> listed = new ArrayList<>();
    for (int page = 0; page < 100; page++) {
      JsonNode jobsPage = readApiJson("/api/v4/jobs?per_page=200&page=" + page);
      if (jobsPage.isNull() || jobsPage.isEmpty()) {
        break;
      }
      jobsPage.forEach(job -> listed.add(job.get("id").asText()));
    }
    List<String> created =
        answers.stream().filter(a -> a.kind() == Kind.CREATE && a.status() == 201).map(Answer::jobId).toList();

    assertThat(created).doesNotHaveDuplicates();
    assertThat(listed).doesNotHaveDuplicates();
    Set<String> expected = new HashSet<>(created);
    expected.addAll(seeded);
    assertThat(new HashSet<>(listed)).isEqualTo(expected);
  }

  @Test
  void everySuccessfulAnswerIsFollowedByExactlyTheChangeItPromised() {
    Map<String, List<Change>> byCause = changesByCause();
    for (Answer a : answers) {
      if (a.kind() == Kind.WORKER || a.status() >= 300) {
        continue;
      }
      List<Change> caused = byCause.getOrDefault(a.requestId(), List.of());
      assertThat(caused).as("the changes caused by %s", a).hasSize(1);
      Change change = caused.get(0);
      assertThat(change.jobId()).as("%s", a).isEqualTo(a.jobId());
      String to = change.entry().get("status").asText();
      String from = change.previous() == null ? null : change.previous().get("status").asText();
      String what = a + " made " + from + " -> " + to;
      switch (a.kind()) {
        case CREATE -> assertThat(from == null && to.equals("pending")).as(what).isTrue();
        case CANCEL -> assertThat(isCancellation(from, to)).as(what).isTrue();
        case PATCH -> {
          if (a.asked().equals("cancel_requested")) {
            assertThat(isCancellation(from, to)).as(what).isTrue();
          } else {
            assertThat(to).as(what).isEqualTo(a.asked());
          }
        }
        default -> throw new IllegalStateException("not an API answer: " + a);
      }
    }
  }

  @Test
  void noChangeHappenedWithoutASuccessfulAnswerAndRefusedRequestsChangedNothing() {
    Set<String> successful = new HashSet<>();
    Set<String> refused = new HashSet<>();
    for (Answer a : answers) {
      if (a.requestId() != null) {
        (a.status() < 300 ? successful : refused).add(a.requestId());
      }
    }
    for (Map.Entry<String, List<Change>> caused : changesByCause().entrySet()) {
      String cause = caused.getKey();
      assertThat(refused).as("a refused request changed %s", caused.getValue()).doesNotContain(cause);
      assertThat(cause.equals("admin") || cause.equals("worker-simulation") || successful.contains(cause))
          .as("change with cause '%s' that no successful answer accounts for: %s", cause, caused.getValue())
          .isTrue();
    }
  }

  private static boolean isCancellation(String from, String to) {
    return ("pending".equals(from) && to.equals("canceled")) || ("in_progress".equals(from) && to.equals(
        "cancel_requested"));
  }

  private record Change(String jobId, JsonNode previous, JsonNode entry) {}

  private static Map<String, List<Change>> changesByCause() {
    Map<String, List<Change>> byCause = new HashMap<>();
    histories.forEach(
        (id, history) -> {
          for (int i = 0; i < history.size(); i++) {
            byCause
                .computeIfAbsent(history.get(i).get("cause").asText(), k -> new ArrayList<>())
                .add(new Change(id, i == 0 ? null : history.get(i - 1), history.get(i)));
          }
        });
    return byCause;
  }

  /** Waits until the simulated workers have nothing left to do: two reads of every job a step apart agree. */
  private static void awaitQuiet() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    Map<String, String> before = statuses();
    while (System.nanoTime() < deadline) {
      Thread.sleep(100);
      Map<String, String> now = statuses();
      if (now.equals(before)) {
        return;
      }
      before = now;
    }
  }

  private static Map<String, String> statuses() throws IOException, InterruptedException {
    Map<String, String> statuses = new HashMap<>();
    for (String id : jobs) {
      statuses.put(id, readJson("/__admin/jobs/" + id).get("status").asText() + readJson(
          "/__admin/jobs/" + id + "/history").size());
    }
    return statuses;
  }

  private static JsonNode readJson(String adminPath) throws IOException, InterruptedException {
    HttpResponse<String> response = send("GET", adminPath, null, false);
    assertThat(response.statusCode()).as("GET %s: %s", adminPath, response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static JsonNode readApiJson(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = send("GET", path, null, true);
    assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static HttpResponse<String> send(String method, String path, String body, boolean asAdmin)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + mock.port() + path))
            .timeout(Duration.ofSeconds(30))
            .header("X-Mock-Namespace", NAMESPACE)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (asAdmin) {
      request.header("Authorization", "Bearer admin-token");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
