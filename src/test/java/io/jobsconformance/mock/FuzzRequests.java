package io.jobsconformance.mock;

import io.jobsconformance.mock.FuzzRequest.Aim;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates requests for the fuzz test from one seed: mostly aimed at one of the seven routes with a valid or broken
 * id, type, query, body and credentials, some at no route at all. Every choice comes from the one {@link Random}, so a
 * seed always produces the same sequence. It never sends {@code X-Mock-Fault} or {@code X-Mock-Delay-Ms}.
 */
final class FuzzRequests {
  static final String NAMESPACE = "fuzz";
  static final String OTHER_NAMESPACE = "fuzz.other";
  private static final String ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String[] STATUSES = {
    "pending", "in_progress", "success", "error", "cancel_requested", "canceled", "warning", "", "PENDING", "bogus"
  };
  private static final String[] TYPES = {
    "data_retention", "message_export", "active_users", "ldap_sync", "cloud", "access_control_sync",
    "last_accessible_post", "mobile_session_metadata", "elasticsearch_post_indexing", "push_proxy_auth", "x", ""
  };
  private static final String[] TOKENS = {
    "admin-token", "manager-token", "readonly-token", "user-token", "usermanager-token", "oauth-admin-token",
    "nosuchtoken", "", "admin-token ", "ADMIN-TOKEN"
  };
  private static final String[] MISS_PATHS = {
    "/api/v4/jobs/", "/api/v4/jobs/type/", "/api/v4/jobsx", "/api/v4/job", "/api/v4/users/me", "/api/v4/JOBS",
    "/api/v4//jobs", "/api/v4/jobs/../jobs", "/api/v4/jobs/./%s", "/api/v4/jobs/%%2e%%2e/%s", "/api/v4/jobs/a%%2Fb",
    "/api/v4/jobs/%s/unknown", "/api/v4/jobs/%s/cancel/x", "/api/v4/jobs/%s/status/", "/api/v4/jobs/type/a/b",
    "/api/v4/jobs;x=1", "/api/v4/jobs/%s;x", "/api/v4/jobs/%s/download/", "/api/v4/jobs/%%C3%%A9t%%C3%%A9",
    "/api/v4/jobs/\u00e9t\u00e9", "/api/v4/jobs/type/\u00e9", "/api/v4/jobs/%s%%20", "/api/v4/../../etc/passwd",
    "/api/v4/jobs/%s/%%2E%%2E"
  };

  private final Random random;
  private final List<String> jobIds;
  private int count;

  FuzzRequests(long seed, List<String> jobIds) {
    this.random = new Random(seed);
    this.jobIds = List.copyOf(jobIds);
  }

  FuzzRequest next() {
    count++;
    Aim aim = pick(Aim.values());
    String method = methodFor(aim);
    String path = pathFor(aim);
    // a wrong method turns any route into a miss (gorilla/mux without a 405 handler, reference §1.1)
    if (aim != Aim.ROUTE_MISS && random.nextInt(12) == 0) {
      method = pick(new String[] {"PUT", "DELETE", "HEAD", "OPTIONS", "TRACE", "PROPFIND", wrongKnownMethod(aim)});
      aim = Aim.ROUTE_MISS;
    }
    boolean wireMalformed = false;
    if (random.nextInt(40) == 0) {
      path += pick(new String[] {"%zz", "%", "%0", "%00", "a b", "\t", "%7"});
      wireMalformed = true;
    }
    Query query = query(aim);
    List<String[]> headers = new ArrayList<>();
    Credentials credentials = credentials(headers);
    boolean badNamespace = namespace(headers);
    extraHeaders(headers, aim);
    String target = path + (query.text().isEmpty() ? "" : "?" + query.text());
    if (credentials.inQuery() != null) {
      target += (query.text().isEmpty() ? "?" : "&") + "access_token=" + credentials.inQuery();
    }
    byte[] body = body(aim, headers);
    return new FuzzRequest(
        count, method, target, headers, body, aim, badNamespace, wireMalformed, query.hugePage());
  }

  private String methodFor(Aim aim) {
    return switch (aim) {
      case GET_JOBS, GET_JOB, DOWNLOAD_JOB, GET_JOBS_BY_TYPE -> "GET";
      case CREATE_JOB, CANCEL_JOB -> "POST";
      case UPDATE_JOB_STATUS -> "PATCH";
      case ROUTE_MISS -> pick(new String[] {"GET", "POST", "PATCH", "PUT", "DELETE", "HEAD", "OPTIONS", "TRACE"});
    };
  }

  /** A method some route has, on a path where no route has it (chosen so that no id or type can make it match). */
  private static String wrongKnownMethod(Aim aim) {
    return switch (aim) {
      case GET_JOBS, CREATE_JOB, GET_JOB, CANCEL_JOB -> "PATCH";
      case DOWNLOAD_JOB, UPDATE_JOB_STATUS -> "POST";
      default -> "DELETE";
    };
  }

  private String pathFor(Aim aim) {
    return switch (aim) {
      case GET_JOBS, CREATE_JOB -> "/api/v4/jobs";
      case GET_JOB -> "/api/v4/jobs/" + id();
      case DOWNLOAD_JOB -> "/api/v4/jobs/" + id() + "/download";
      case CANCEL_JOB -> "/api/v4/jobs/" + id() + "/cancel";
      case UPDATE_JOB_STATUS -> "/api/v4/jobs/" + id() + "/status";
      case GET_JOBS_BY_TYPE -> "/api/v4/jobs/type/" + type();
      case ROUTE_MISS -> String.format(pick(MISS_PATHS), knownId(), knownId());
    };
  }

  /** A job id: a seeded one, unknown but valid, or wrong in length, case, characters or encoding. */
  private String id() {
    return switch (random.nextInt(14)) {
      case 0, 1, 2, 3, 4 -> knownId();
      case 5, 6 -> alnum(26);
      case 7 -> knownId().toUpperCase();
      case 8 -> alnum(25);
      case 9 -> alnum(27);
      case 10 -> "type";
      case 11 -> percentEncode(knownId());
      case 12 -> alnum(random.nextInt(3) == 0 ? 3000 : 300);
      default -> pick(new String[] {"%C3%A9".repeat(26), "\u00e9".repeat(26), "..", "%2e%2e", ".", "a.b", "-1",
        "%F0%9F%98%80".repeat(13), "0", "a_b"});
    };
  }

  private String knownId() {
    return jobIds.get(random.nextInt(jobIds.size()));
  }

  private String type() {
    return switch (random.nextInt(6)) {
      case 0, 1, 2 -> {
        String type = pick(TYPES);
        yield type.isEmpty() ? "data_retention" : type;
      }
      case 3 -> alnum(1 + random.nextInt(40));
      case 4 -> pick(new String[] {"a-b_c", "_", "-", "%64ata_retention", "type", "a".repeat(33), "\u00e9"});
      default -> alnum(26);
    };
  }

  private record Query(String text, boolean hugePage) {}

  private Query query(Aim aim) {
    boolean listing = aim == Aim.GET_JOBS || aim == Aim.GET_JOBS_BY_TYPE;
    if (random.nextInt(listing ? 4 : 8) != 0) {
      return new Query("", false);
    }
    List<String> pairs = new ArrayList<>();
    boolean hugePage = false;
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      String key = pick(new String[] {"page", "per_page", "job_type", "status", "page", "per_page", "x", "", "%zz"});
      String value =
          switch (key) {
            case "page", "per_page" -> number();
            case "job_type" -> random.nextBoolean() ? pick(TYPES) : alnum(random.nextInt(40));
            case "status" -> pick(STATUSES);
            default -> alnum(random.nextInt(5));
          };
      if (random.nextInt(10) == 0) {
        value = pick(new String[] {"%zz", "%", "a;b", "%00", "+", "%20", "%C3%A9", "x".repeat(500)});
      }
      hugePage |= key.equals("page") && isHuge(value);
      pairs.add(random.nextInt(15) == 0 ? key : key + "=" + value);
    }
    return new Query(String.join("&", pairs), hugePage);
  }

  private String number() {
    return pick(new String[] {"0", "1", "2", "5", "60", "199", "200", "201", "-1", "-60", "99999999999999999999",
      "9223372036854775807", "-9223372036854775808", "46116860184273879", "1e3", "0x10", "+5", "%35", "", "abc",
      "1.5", "\u0661"});
  }

  private static boolean isHuge(String value) {
    return value.length() >= 15 && value.chars().allMatch(Character::isDigit);
  }

  private record Credentials(String inQuery) {}

  private Credentials credentials(List<String[]> headers) {
    String token = random.nextInt(3) == 0 ? pick(TOKENS) : "admin-token";
    switch (random.nextInt(12)) {
      case 0, 1, 2, 3, 4 -> headers.add(new String[] {"Authorization", "Bearer " + token});
      case 5 -> headers.add(new String[] {"Authorization", pick(new String[] {"bearer ", "BEARER ", "Token ",
        "token ", "Basic ", "Bearer  ", "Bearer", "Token", "Negotiate "}) + token});
      case 6 -> {
        headers.add(new String[] {"Cookie", "MMAUTHTOKEN=" + token});
        headers.add(new String[] {"X-CSRF-Token", pick(new String[] {"admin-csrf", "wrong", "", "user-csrf"})});
      }
      case 7 -> {
        headers.add(new String[] {"Cookie", pick(new String[] {"MMAUTHTOKEN=" + token, "MMAUTHTOKEN=\"" + token
            + "\"", "a=b; MMAUTHTOKEN=" + token, "MMAUTHTOKEN=", "MMAUTHTOKEN", "=;;;", "MMUSERID=x"})});
        if (random.nextBoolean()) {
          headers.add(new String[] {"X-Requested-With", pick(new String[] {"XMLHttpRequest", "xmlhttprequest"})});
        }
      }
      case 8 -> {
        return new Credentials(pick(new String[] {"oauth-admin-token", "admin-token", "", "%zz", "nosuch"}));
      }
      case 9 -> headers.add(new String[] {"Authorization", "Bearer " + alnum(random.nextInt(3) == 0 ? 4000 : 26)});
      case 10 -> headers.add(new String[] {"X-Cloud-Token", token});
      default -> { }
    }
    return new Credentials(null);
  }

  /** Adds an X-Mock-Namespace header (or none); returns whether its value is malformed. */
  private boolean namespace(List<String[]> headers) {
    int choice = random.nextInt(20);
    if (choice < 13) {
      headers.add(new String[] {"X-Mock-Namespace", NAMESPACE});
      return false;
    }
    if (choice < 16) {
      return false;
    }
    if (choice < 18) {
      headers.add(new String[] {"X-Mock-Namespace", OTHER_NAMESPACE});
      return false;
    }
    headers.add(new String[] {"X-Mock-Namespace", pick(new String[] {"bad name", "x".repeat(65), "caf\u00e9", "a/b",
      "fuzz!", "*", "fu zz", ""})});
    return true;
  }

  private void extraHeaders(List<String[]> headers, Aim aim) {
    if (random.nextInt(4) == 0) {
      headers.add(new String[] {"Accept-Encoding", pick(new String[] {"gzip", "gzip;q=0", "deflate, gzip;q=0.5",
        "br", "*", "GZIP"})});
    }
    if (aim == Aim.DOWNLOAD_JOB && random.nextBoolean()) {
      headers.add(new String[] {"Range", pick(new String[] {"bytes=0-3", "bytes=-2", "bytes=5-", "bytes=9-1",
        "bytes=0-0,2-3", "bytes=99999999999999999999-", "items=0-1", "bytes=-0", "bytes=x-y"})});
    }
    if (aim == Aim.DOWNLOAD_JOB && random.nextInt(3) == 0) {
      headers.add(new String[] {"If-Modified-Since", pick(new String[] {"Mon, 01 Jan 2001 00:00:00 GMT",
        "Fri, 31 Dec 9999 23:59:59 GMT", "yesterday", ""})});
    }
    if (random.nextInt(10) == 0) {
      headers.add(new String[] {"X-Fuzz-" + alnum(3), pick(new String[] {"", "\u00ff\u00fe", "a".repeat(2000),
        "\"quoted\"", "a, b, c"})});
    }
  }

  private byte[] body(Aim aim, List<String[]> headers) {
    int choice = random.nextInt(10);
    String contentType = pick(new String[] {"application/json", "application/json", "application/json",
      "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", null,
      "application/json; charset=bogus", "application/x-www-form-urlencoded; charset=nope", "text/plain; charset=\"",
      "multipart/form-data", "application/json; charset=\"utf-8\"", "text/plain; charset=", "MULTIPART/mixed"});
    if (contentType != null) {
      headers.add(new String[] {"Content-Type", contentType});
    }
    if (aim == Aim.CREATE_JOB && choice < 4) {
      return utf8(random.nextBoolean()
          ? "{\"type\":\"" + pick(TYPES) + "\"}"
          : "{\"type\":\"" + pick(TYPES) + "\",\"data\":{\"policy_id\":\"p\",\"k\":\"" + alnum(5) + "\"}}");
    }
    if (aim == Aim.UPDATE_JOB_STATUS && choice < 4) {
      return utf8("{\"status\":\"" + pick(STATUSES) + "\",\"force\":" + pick(new String[] {"true", "false", "1",
        "\"true\"", "null"}) + "}");
    }
    if (choice < 6 && aim != Aim.CREATE_JOB && aim != Aim.UPDATE_JOB_STATUS) {
      return null;
    }
    return switch (random.nextInt(12)) {
      case 0 -> new byte[0];
      case 1 -> randomBytes(1 + random.nextInt(200));
      case 2 -> utf8("[".repeat(random.nextBoolean() ? 10_001 : 500) + "]".repeat(random.nextInt(2) * 500));
      case 3 -> utf8("{\"type\":\"" + "x".repeat(random.nextBoolean() ? 310_000 : 50_000) + "\"}");
      case 4 -> utf8(pick(new String[] {"{\"type\":5}", "{\"data\":[]}", "{\"data\":{\"a\":1}}", "{\"type\":null}",
        "{\"status\":5}", "{\"status\":\"canceled\",\"force\":true}", "{\"Status\":\"pending\"}",
        "{\"priority\":1e400}", "{\"progress\":99999999999999999999}", "[]", "null", "\"str\"", "42"}));
      case 5 -> utf8("\ufeff{\"type\":\"active_users\"}");
      case 6 -> utf8("{\"type\":\"active_users\"} trailing garbage {");
      case 7 -> utf8("{\"type\":\"\\ud800\",\"data\":{\"\\u0000\":\"\\udfff\"}}");
      case 8 -> utf8("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n");
      case 9 -> utf8("a=b&c=%zz&type=active_users");
      case 10 -> utf8("{\"type\":\"active_users\",\"data\":{" + "\"k\":\"v\",".repeat(2000) + "\"z\":\"z\"}}");
      default -> utf8("{\"status\":\"" + pick(STATUSES) + "\"}");
    };
  }

  private byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  private String percentEncode(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(random.nextBoolean() ? String.format("%%%02X", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }

  private String alnum(int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
    }
    return out.toString();
  }

  private <T> T pick(T[] options) {
    return options[random.nextInt(options.length)];
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
