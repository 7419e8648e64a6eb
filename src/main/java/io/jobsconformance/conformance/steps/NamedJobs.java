package io.jobsconformance.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The jobs a scenario refers to by name ("first", "newest", "other"), in the order it made them, as the server
 * answered when it created or stored them; plus the field value a create request sent on purpose, so a check can
 * prove the server ignored it. One per scenario (PicoContainer).
 */
public final class NamedJobs {
  private final Map<String, JsonNode> byName = new LinkedHashMap<>();
  private String sentField;
  private JsonNode sentValue;

  public void name(String name, JsonNode job) {
    if (byName.containsKey(name)) {
      throw new IllegalStateException("the scenario already has a job named '" + name + "'");
    }
    byName.put(name, job);
  }

  public JsonNode job(String name) {
    JsonNode job = byName.get(name);
    if (job == null) {
      throw new IllegalStateException("the scenario has no job named '" + name + "'; it has " + byName.keySet());
    }
    return job;
  }

  public String id(String name) {
    return job(name).path("id").asText();
  }

  public List<String> ids() {
    List<String> ids = new ArrayList<>();
    byName.values().forEach(job -> ids.add(job.path("id").asText()));
    return ids;
  }

  public void sent(String field, JsonNode value) {
    this.sentField = field;
    this.sentValue = value;
  }

  public JsonNode sentValue(String field) {
    if (!field.equals(sentField)) {
      throw new IllegalStateException("the scenario did not send its own " + field + " (it sent " + sentField + ")");
    }
    return sentValue;
  }
}
