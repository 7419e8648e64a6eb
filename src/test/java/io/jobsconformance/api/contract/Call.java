package io.jobsconformance.api.contract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request to the Jobs API exactly as a client puts it on the wire: method, raw (still percent-encoded) path and
 * query, headers and body bytes. Built fluently ({@code Call.get(path).as(Actor.ADMIN)}); every builder returns a
 * copy, so a call can be a shared constant.
 */
public record Call(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {

  public Call {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = Collections.unmodifiableMap(copy);
    body = body.clone();
  }

  /** A request to {@code target}, which is a raw path optionally followed by {@code ?query}. */
  public static Call of(String method, String target) {
    int question = target.indexOf('?');
    String path = question < 0 ? target : target.substring(0, question);
    String query = question < 0 ? "" : target.substring(question + 1);
    return new Call(method, path, query, Map.of(), new byte[0]);
  }

  public static Call get(String target) {
    return of("GET", target);
  }

  public static Call post(String target) {
    return of("POST", target);
  }

  public static Call patch(String target) {
    return of("PATCH", target);
  }

  /** Adds one header value (a repeated name keeps every value, as on the wire). */
  public Call header(String name, String value) {
    Map<String, List<String>> copy = new LinkedHashMap<>(headers);
    List<String> values = new ArrayList<>(copy.getOrDefault(name, List.of()));
    values.add(value);
    copy.put(name, values);
    return new Call(method, rawPath, rawQuery, copy, body);
  }

  /** Authenticates as the actor with {@code Authorization: Bearer}, the way Client4 does. */
  public Call as(Actor actor) {
    return bearer(actor.token());
  }

  public Call bearer(String token) {
    return header("Authorization", "Bearer " + token);
  }

  /** A JSON body, sent as UTF-8 with {@code Content-Type: application/json}. */
  public Call json(String json) {
    return body(json.getBytes(StandardCharsets.UTF_8));
  }

  public Call body(byte[] bytes) {
    Call typed = headers.containsKey("Content-Type") ? this : header("Content-Type", "application/json");
    return new Call(method, rawPath, rawQuery, typed.headers, bytes);
  }

  /** The request URI as sent: path plus {@code ?query} when there is one. */
  public String target() {
    return rawQuery.isEmpty() ? rawPath : rawPath + "?" + rawQuery;
  }

  @Override
  public String toString() {
    return method + " " + target() + (body.length == 0 ? "" : " (" + body.length + " body bytes)");
  }
}
