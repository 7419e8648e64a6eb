package io.jobsconformance.conformance.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** One request's answer as the steps see it: status, headers (names case-insensitive) and the raw body. */
public record Exchange(String method, String path, int status, Map<String, String> headers, byte[] body) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public Exchange {
    Map<String, String> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    sorted.putAll(headers);
    headers = sorted;
  }

  public String header(String name) {
    return headers.get(name);
  }

  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The body as JSON; a body that is not JSON fails the step with the body in the message. */
  public JsonNode json() {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " answered " + status + " with a body that is not JSON: " + text(), e);
    }
  }

  /** The error id of an AppError body, or null when the body has none. */
  public String errorId() {
    JsonNode id = json().get("id");
    return id == null || !id.isTextual() ? null : id.textValue();
  }

  @Override
  public String toString() {
    String text = text();
    return method + " " + path + " -> " + status + " " + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
  }

}
