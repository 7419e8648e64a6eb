package io.jobsconformance.conformance.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The mock's control plane ({@code /__admin/jobs}), for scenarios that need what only the mock offers: jobs in any
 * state, worker actions, settings, export files. Every call must succeed; a refusal fails the step with the mock's
 * own explanation, since it means the scenario set something up wrongly.
 */
public final class MockControl {
  private final String baseUrl;
  private final String namespace;

  public MockControl(String baseUrl, String namespace) {
    this.baseUrl = baseUrl;
    this.namespace = namespace;
  }

  /** Stores a job verbatim; {@code jobJson} is any subset of the nine Job fields. */
  public JsonNode seedJob(String jobJson) {
    return expect(201, admin().body(jobJson).post("/__admin/jobs"), "seed a job").json();
  }

  /**
   * Stores many jobs of one type in one write: {@code count}, {@code type}, and optionally {@code status},
   * {@code create_at} and {@code create_at_step}.
   */
  public JsonNode seedJobs(String bulkJson) {
    return expect(201, admin().body(bulkJson).post("/__admin/jobs/bulk"), "seed jobs in bulk").json();
  }

  public JsonNode job(String jobId) {
    return expect(200, admin().get("/__admin/jobs/" + jobId), "read job " + jobId).json();
  }

  /** A worker-side change: claim, progress, success, error, warning, canceled or pending. */
  public JsonNode work(String jobId, String actionJson) {
    return expect(200, admin().body(actionJson).post("/__admin/jobs/" + jobId + "/worker"), "work on " + jobId).json();
  }

  public void settings(String settingsJson) {
    expect(200, admin().body(settingsJson).put("/__admin/jobs/settings"), "change settings");
  }

  public void exportFile(String path, byte[] content, boolean unreadable) {
    expect(
        200,
        admin().body(content).put("/__admin/jobs/exports/" + path + (unreadable ? "?unreadable=true" : "")),
        "store export file " + path);
  }

  public JsonNode addSession(String sessionJson) {
    return expect(201, admin().body(sessionJson).post("/__admin/jobs/sessions"), "add a session").json();
  }

  /** Forgets this scenario's namespace: its jobs, files, settings and sessions. */
  public void dropNamespace() {
    admin().delete("/__admin/jobs");
  }

  private RequestSpecification admin() {
    return RestAssured.given()
        .baseUri(baseUrl)
        .urlEncodingEnabled(false)
        .contentType("application/json")
        .header("X-Mock-Namespace", namespace);
  }

  private static Exchange expect(int status, Response response, String what) {
    Exchange exchange =
        new Exchange("ADMIN", what, response.getStatusCode(), java.util.Map.of(), response.asByteArray());
    if (exchange.status() != status) {
      throw new IllegalStateException("The mock refused to " + what + ": " + exchange.status() + " " + exchange.text());
    }
    return exchange;
  }
}
