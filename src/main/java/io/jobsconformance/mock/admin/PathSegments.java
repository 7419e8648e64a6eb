package io.jobsconformance.mock.admin;

import io.jobsconformance.app.AdminException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Admin paths arrive still percent-encoded (WireMock matches routes on the raw URL), so path parameters are decoded
 * here: {@code %XX} escapes as UTF-8, and {@code +} kept as a plus, as in any URL path.
 */
final class PathSegments {
  private PathSegments() {}

  static String decode(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
    byte[] in = raw.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < in.length; i++) {
      if (in[i] != '%') {
        out.write(in[i]);
        continue;
      }
      int high = i + 2 < in.length ? Character.digit(in[i + 1], 16) : -1;
      int low = high >= 0 ? Character.digit(in[i + 2], 16) : -1;
      if (low < 0) {
        throw AdminException.badRequest("malformed percent-escape in the URL path '" + raw + "'");
      }
      out.write(high * 16 + low);
      i += 2;
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
