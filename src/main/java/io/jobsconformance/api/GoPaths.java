package io.jobsconformance.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/** Go's {@code path.Base}, {@code filepath.Clean}, {@code filepath.IsLocal} and {@code url.PathEscape} (Unix). */
final class GoPaths {
  private GoPaths() {}

  static String base(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    String p = path;
    while (!p.isEmpty() && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    p = p.substring(p.lastIndexOf('/') + 1);
    return p.isEmpty() ? "/" : p;
  }

  static String clean(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean rooted = path.startsWith("/");
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!parts.isEmpty() && !parts.peekLast().equals("..")) {
          parts.removeLast();
        } else if (!rooted) {
          parts.addLast("..");
        }
      } else {
        parts.addLast(part);
      }
    }
    String joined = String.join("/", parts);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }

  static boolean isLocal(String path) {
    if (path.isEmpty() || path.startsWith("/")) {
      return false;
    }
    String cleaned = clean(path);
    return !cleaned.equals("..") && !cleaned.startsWith("../");
  }

  /** {@code url.PathEscape}: everything but unreserved characters and {@code $&+,:;=@} is percent-encoded. */
  static String pathEscape(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean keep =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_.~$&+,:;=@".indexOf(c) >= 0;
      if (keep) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return out.toString();
  }
}
