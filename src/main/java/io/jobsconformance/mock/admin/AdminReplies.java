package io.jobsconformance.mock.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.jobsconformance.api.GoJson;
import io.jobsconformance.app.JobChange;
import io.jobsconformance.app.Settings;
import io.jobsconformance.model.Job;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The control plane's responses, always JSON. A job is written by {@link GoJson} exactly as the public API writes it,
 * so a test can compare the two byte for byte; everything else goes through this project's Jackson (not WireMock's
 * relocated copy).
 */
public final class AdminReplies {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AdminReplies() {}

  public static ResponseDefinition job(int status, Job job) {
    return json(status, GoJson.encodeJob(job));
  }

  public static ResponseDefinition object(int status, Map<String, ?> fields) {
    try {
      return json(status, MAPPER.writeValueAsBytes(fields));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of plain values always serialises", e);
    }
  }

  public static ResponseDefinition ok() {
    return object(200, Map.of("status", "OK"));
  }

  public static ResponseDefinition error(int status, String message) {
    return object(status, Map.of("error", message));
  }

  public static ResponseDefinition settings(Settings settings) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("download_export_results", settings.downloadExportResults());
    fields.put("enable_developer", settings.enableDeveloper());
    fields.put("store_failure", settings.storeFailure());
    fields.put("record_history", settings.recordHistory());
    return object(200, fields);
  }

  /** A job's history: {@code [{"at": ms, "status": "...", "progress": n, "cause": "..."}, ...]}, oldest first. */
  public static ResponseDefinition history(List<JobChange> changes) {
    List<Map<String, Object>> entries = new ArrayList<>(changes.size());
    for (JobChange change : changes) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("at", change.at());
      entry.put("status", change.status());
      entry.put("progress", change.progress());
      entry.put("cause", change.cause());
      entries.add(entry);
    }
    try {
      return json(200, MAPPER.writeValueAsBytes(entries));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of plain values always serialises", e);
    }
  }

  private static ResponseDefinition json(int status, byte[] body) {
    return new ResponseDefinitionBuilder()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body)
        .build();
  }
}
