package io.jobsconformance.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobsconformance.app.JobSeed;
import io.jobsconformance.app.Settings;
import io.jobsconformance.model.Job;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The mock's control plane ({@code /__admin/jobs}) for one namespace: the only way acceptance tests put jobs, files,
 * settings and sessions in place or look at a stored job. Every call must succeed with its documented status.
 */
final class MockControlPlane {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Supplier<RequestSpecification> requests;

  /** {@code requests} gives a fresh request already aimed at the mock and carrying the namespace header. */
  MockControlPlane(Supplier<RequestSpecification> requests) {
    this.requests = requests;
  }

  Job seed(JobSeed seed) {
    ObjectNode body = JSON.createObjectNode();
    putIfSet(body, "id", seed.id());
    putIfSet(body, "type", seed.type());
    putIfSet(body, "priority", seed.priority());
    putIfSet(body, "create_at", seed.createAt());
    putIfSet(body, "start_at", seed.startAt());
    putIfSet(body, "last_activity_at", seed.lastActivityAt());
    putIfSet(body, "status", seed.status());
    putIfSet(body, "progress", seed.progress());
    if (seed.data() != null) {
      body.set("data", JSON.valueToTree(seed.data()));
    }
    return toJob(expect(call("POST", "", body), 201));
  }

  Optional<Job> job(String id) {
    Response response = call("GET", "/" + id, null);
    return response.getStatusCode() == 404 ? Optional.empty() : Optional.of(toJob(expect(response, 200)));
  }

  Job work(String id, String action, Long progress, String error) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("action", action);
    if (progress != null) {
      body.put("progress", progress);
    }
    if (error != null) {
      body.put("error", error);
    }
    return toJob(expect(call("POST", "/" + id + "/worker", body), 200));
  }

  void putExportFile(String path, byte[] content, boolean unreadable) {
    StringBuilder encoded = new StringBuilder();
    for (String segment : path.split("/", -1)) {
      encoded.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    expect(call("PUT", "/exports" + encoded + "?unreadable=" + unreadable, content), 200);
  }

  void settings(Settings settings) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("download_export_results", settings.downloadExportResults());
    body.put("enable_developer", settings.enableDeveloper());
    body.put("store_failure", settings.storeFailure());
    expect(call("PUT", "/settings", body), 200);
  }

  void addSession(String token, String roles, String csrf, boolean oauth) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("token", token);
    body.put("roles", roles);
    body.put("csrf", csrf);
    body.put("is_oauth", oauth);
    expect(call("POST", "/sessions", body), 201);
  }

  void addSessionWithPermissions(String token, List<String> permissionIds) {
    expect(call("POST", "/sessions", Map.of("token", token, "permissions", permissionIds)), 201);
  }

  /** {@code DELETE /__admin/jobs} with a namespace header drops that namespace and everything in it. */
  void dropNamespace() {
    expect(call("DELETE", "", null), 200);
  }

  private Response call(String method, String path, Object body) {
    RequestSpecification request = requests.get().header("Content-Type", "application/json");
    if (body != null) {
      request.body(body instanceof byte[] bytes ? bytes : json(body));
    }
    return request.request(method, "/__admin/jobs" + path);
  }

  private static byte[] expect(Response response, int status) {
    assertThat(response.getStatusCode()).as("control plane answered %s", response.asString()).isEqualTo(status);
    return response.asByteArray();
  }

  private static void putIfSet(ObjectNode body, String field, Object value) {
    if (value instanceof String s) {
      body.put(field, s);
    } else if (value instanceof Long l) {
      body.put(field, l);
    }
  }

  private static byte[] json(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The job as the control plane writes it: the public API's own encoding. */
  private static Job toJob(byte[] json) {
    try {
      JsonNode node = JSON.readTree(json);
      Map<String, String> data = null;
      if (!node.get("data").isNull()) {
        data = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.get("data").fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> entry = it.next();
          data.put(entry.getKey(), entry.getValue().asText());
        }
      }
      return new Job(
          node.get("id").asText(),
          node.get("type").asText(),
          node.get("priority").asLong(),
          node.get("create_at").asLong(),
          node.get("start_at").asLong(),
          node.get("last_activity_at").asLong(),
          node.get("status").asText(),
          node.get("progress").asLong(),
          data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
