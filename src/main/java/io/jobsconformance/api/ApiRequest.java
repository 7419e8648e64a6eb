package io.jobsconformance.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A framework-free HTTP request: what the handler needs and nothing of the server that received it. The path and
 * query are raw (still percent-encoded), as they arrived; header names are case-insensitive.
 */
public record ApiRequest(
    String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {

  public ApiRequest {
    rawQuery = rawQuery == null ? "" : rawQuery;
    body = body == null ? new byte[0] : body;
    Map<String, List<String>> normalized = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> normalized.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
    headers = normalized;
  }

  /** {@code http.Header.Get}: the first value, or null. */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The request URI as sent: path plus {@code ?query} when there is one. */
  public String requestUri() {
    return rawQuery.isEmpty() ? rawPath : rawPath + "?" + rawQuery;
  }

  /**
   * {@code http.Request.Cookie}: the first cookie of that name across all {@code Cookie} headers, or null. As in Go,
   * a value in double quotes is unquoted.
   */
  public String cookie(String name) {
    List<String> lines = headers.getOrDefault("Cookie", List.of());
    for (String line : lines) {
      for (String part : line.split(";")) {
        String pair = part.trim();
        int eq = pair.indexOf('=');
        if (eq > 0 && pair.substring(0, eq).trim().equals(name)) {
          String value = pair.substring(eq + 1).trim();
          if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
          }
          return value;
        }
      }
    }
    return null;
  }

  public boolean isGet() {
    return "GET".equals(method.toUpperCase(Locale.ROOT));
  }
}
