package io.jobsconformance.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * {@code gzhttp.GzipHandler} with its default options, which wraps every API handler in the default
 * {@code WebserverMode="gzip"} ({@code api4/handlers.go}): a body of at least 1024 bytes is gzipped when the request's
 * {@code Accept-Encoding} names gzip with a non-zero quality, unless its content type is already compressed (the
 * default filter skips types such as {@code application/zip}). {@code Vary: Accept-Encoding} is set by
 * {@link Api4} on every handled response.
 */
final class GzipEncoding {
  /** {@code gzhttp.DefaultMinSize}. */
  static final int MIN_SIZE = 1024;

  private GzipEncoding() {}

  static ApiResponse apply(ApiRequest request, ApiResponse response) {
    if (response.body().length < MIN_SIZE || !acceptsGzip(request.header("Accept-Encoding"))) {
      return response;
    }
    String contentType = String.valueOf(response.header("Content-Type")).toLowerCase(Locale.ROOT);
    if (contentType.contains("zip")
        || contentType.contains("compress")
        || response.header("Content-Encoding") != null) {
      return response;
    }
    Map<String, String> headers = new LinkedHashMap<>(response.headers());
    headers.remove("Content-Length");
    headers.put("Content-Encoding", "gzip");
    return new ApiResponse(response.status(), headers, gzip(response.body()));
  }

  /** Whether one of the comma-separated codings is {@code gzip} with a quality above zero. */
  private static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String coding : acceptEncoding.split(",")) {
      String[] parts = coding.split(";");
      if (!parts[0].trim().equalsIgnoreCase("gzip")) {
        continue;
      }
      for (int i = 1; i < parts.length; i++) {
        String param = parts[i].trim().toLowerCase(Locale.ROOT);
        if (param.startsWith("q=")) {
          try {
            return Double.parseDouble(param.substring(2)) > 0;
          } catch (NumberFormatException malformed) {
            return false;
          }
        }
      }
      return true;
    }
    return false;
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
