package io.jobsconformance.mock;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One generated request and what the generator knows about it: the route it aimed at ({@code aim}), whether it
 * carries a bad {@code X-Mock-Namespace}, whether it is malformed on the wire (a container may refuse it before any
 * handler runs, as Go's net/http does with a plain-text 400), and whether its {@code page} can overflow Go's
 * {@code page*per_page} (upstream then fails in the store with a 500).
 */
record FuzzRequest(
    int number,
    String method,
    String target,
    List<String[]> headers,
    byte[] body,
    Aim aim,
    boolean badNamespace,
    boolean wireMalformed,
    boolean hugePage) {

  /** The route a request was generated for; {@link #ROUTE_MISS} for paths and methods that match none. */
  enum Aim {
    GET_JOBS,
    CREATE_JOB,
    GET_JOB,
    DOWNLOAD_JOB,
    CANCEL_JOB,
    GET_JOBS_BY_TYPE,
    UPDATE_JOB_STATUS,
    ROUTE_MISS
  }

  byte[] bytes() {
    return RawHttp.request(method, target, headers, body);
  }

  boolean isHead() {
    return method.equals("HEAD");
  }

  /** Enough to reproduce the request by hand: method, target, headers, and the start of the body. */
  String describe() {
    String shownTarget = target.length() > 160 ? target.substring(0, 160) + "...(" + target.length() + ")" : target;
    String shownHeaders =
        headers.stream()
            .map(h -> h[0] + ": " + (h[1].length() > 60 ? h[1].substring(0, 60) + "..." : h[1]))
            .collect(Collectors.joining(" | "));
    String shownBody = "";
    if (body != null) {
      String text = new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8);
      shownBody = " body(" + body.length + " bytes)=" + text.replaceAll("\\p{Cntrl}", "?");
    }
    return "#" + number + " [" + aim + "] " + method + " " + shownTarget + " {" + shownHeaders + "}" + shownBody;
  }
}
