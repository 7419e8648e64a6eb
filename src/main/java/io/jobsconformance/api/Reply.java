package io.jobsconformance.api;

import java.util.Map;

/** What a handler produced on success: status, the headers it sets itself, and the body. */
record Reply(int status, Map<String, String> headers, byte[] body) {
  static Reply json(int status, byte[] body) {
    return new Reply(status, Map.of(), body);
  }
}
