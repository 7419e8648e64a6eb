package io.jobsconformance.api.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** What came back: status, headers (names case-insensitive) and the body bytes, whichever way the call travelled. */
public record Exchange(int status, Map<String, String> headers, byte[] body) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public Exchange {
    Map<String, String> insensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    insensitive.putAll(headers);
    headers = Collections.unmodifiableMap(insensitive);
    body = body.clone();
  }

  /** The header's value, or null when absent. */
  public String header(String name) {
    return headers.get(name);
  }

  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  public JsonNode json() {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + text(), e);
    }
  }

  @Override
  public String toString() {
    return status + " " + headers + " " + (body.length > 600 ? text().substring(0, 600) + "..." : text());
  }
}
