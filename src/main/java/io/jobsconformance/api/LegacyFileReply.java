package io.jobsconformance.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code http.ServeContent} for the legacy export file: {@code Accept-Ranges}, {@code Last-Modified} from the job's
 * {@code last_activity_at} (omitted for the Unix epoch, as Go does), {@code If-Modified-Since} answered with 304, and
 * one byte range answered with 206 or 416. Several ranges in one request are served as the whole file (Go would send
 * multipart/byteranges).
 */
final class LegacyFileReply {
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final Pattern SINGLE_RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  private LegacyFileReply() {}

  static Reply serve(ApiRequest request, Map<String, String> baseHeaders, byte[] content, long lastActivityAt) {
    Map<String, String> headers = new LinkedHashMap<>(baseHeaders);
    long modifiedSeconds = Math.floorDiv(lastActivityAt, 1000);
    boolean hasModTime = lastActivityAt != 0;
    if (hasModTime) {
      headers.put("Last-Modified", HTTP_DATE.format(Instant.ofEpochSecond(modifiedSeconds)));
      Long since = parseHttpDate(request.header("If-Modified-Since"));
      if (since != null && modifiedSeconds <= since) {
        headers.remove("Content-Type");
        return new Reply(304, headers, new byte[0]);
      }
    }
    headers.put("Accept-Ranges", "bytes");
    String range = request.header("Range");
    if (range != null && !range.contains(",")) {
      Matcher m = SINGLE_RANGE.matcher(range.trim());
      long[] span = m.matches() ? span(m.group(1), m.group(2), content.length) : null;
      if (span == null) {
        headers.put("Content-Range", "bytes */" + content.length);
        headers.put("Content-Type", "text/plain; charset=utf-8");
        return new Reply(416, headers, "invalid range: failed to overlap\n".getBytes(StandardCharsets.UTF_8));
      }
      headers.put("Content-Range", "bytes " + span[0] + "-" + span[1] + "/" + content.length);
      return new Reply(206, headers, Arrays.copyOfRange(content, (int) span[0], (int) span[1] + 1));
    }
    return new Reply(200, headers, content);
  }

  /** First and last byte of a {@code first-last}, {@code first-} or {@code -suffix} range; null if unsatisfiable. */
  private static long[] span(String first, String last, long size) {
    try {
      if (first.isEmpty()) {
        if (last.isEmpty()) {
          return null;
        }
        long suffix = Math.min(Long.parseLong(last), size);
        return suffix == 0 ? null : new long[] {size - suffix, size - 1};
      }
      long start = Long.parseLong(first);
      if (start >= size) {
        return null;
      }
      long end = last.isEmpty() ? size - 1 : Math.min(Long.parseLong(last), size - 1);
      return end < start ? null : new long[] {start, end};
    } catch (NumberFormatException tooBig) {
      return null;
    }
  }

  private static Long parseHttpDate(String value) {
    if (value == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
