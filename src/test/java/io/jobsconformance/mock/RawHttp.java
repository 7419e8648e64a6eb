package io.jobsconformance.mock;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * HTTP/1.1 over a plain socket, one request per connection ({@code Connection: close}), for what HTTP client libraries
 * refuse to send (raw non-ASCII bytes or spaces in the target, any method, repeated or odd headers) and to see exactly
 * what came back on the wire (nothing, a reset, a broken chunked body).
 */
final class RawHttp {
  private static final int TIMEOUT_MILLIS = 15_000;

  private RawHttp() {}

  /** A parsed answer; header names are case-insensitive and the body is de-chunked and un-gzipped. */
  record Answer(int status, Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      List<String> values = headers.get(name);
      return values == null ? null : values.get(0);
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** The request's bytes: the target and header values go out as UTF-8, exactly as given. */
  static byte[] request(String method, String target, List<String[]> headers, byte[] body) {
    return request(method, target, headers, body, false);
  }

  /** As {@link #request(String, String, List, byte[])}; a kept-alive connection is one a server may answer chunked. */
  static byte[] request(String method, String target, List<String[]> headers, byte[] body, boolean keepAlive) {
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    head.append("Host: 127.0.0.1\r\n").append(keepAlive ? "" : "Connection: close\r\n");
    for (String[] header : headers) {
      head.append(header[0]).append(": ").append(header[1]).append("\r\n");
    }
    if (body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    if (body != null) {
      out.writeBytes(body);
    }
    return out.toByteArray();
  }

  /** Sends the bytes and returns every byte the server sent until it closed the connection. */
  static byte[] exchange(int port, byte[] request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      return socket.getInputStream().readAllBytes();
    }
  }

  static Answer send(int port, byte[] request, boolean head) throws IOException {
    return parse(exchange(port, request), head);
  }

  /** Parses a complete response; throws {@link IllegalStateException} when it is not well-formed HTTP/1.1. */
  static Answer parse(byte[] raw, boolean head) {
    int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    if (end < 0) {
      throw new IllegalStateException("no complete response head in " + raw.length + " bytes");
    }
    String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    String[] statusLine = lines[0].split(" ", 3);
    if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/1.")) {
      throw new IllegalStateException("not an HTTP/1.x status line: " + lines[0]);
    }
    int status = Integer.parseInt(statusLine[1]);
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon <= 0) {
        throw new IllegalStateException("malformed header line: " + lines[i]);
      }
      headers.computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).trim());
    }
    byte[] rest = Arrays.copyOfRange(raw, end + 4, raw.length);
    byte[] body;
    if (head || status == 204 || status == 304 || status / 100 == 1) {
      if (rest.length > 0) {
        throw new IllegalStateException(rest.length + " bytes of body after a response that has none");
      }
      body = rest;
    } else if (headers.getOrDefault("Transfer-Encoding", List.of()).toString().toLowerCase(Locale.ROOT)
        .contains("chunked")) {
      body = dechunk(rest);
    } else if (headers.containsKey("Content-Length")) {
      int length = Integer.parseInt(headers.get("Content-Length").get(0));
      if (rest.length != length) {
        throw new IllegalStateException("Content-Length " + length + " but " + rest.length + " bytes of body");
      }
      body = rest;
    } else {
      body = rest;
    }
    List<String> encoding = headers.getOrDefault("Content-Encoding", List.of());
    if (!head && encoding.size() == 1 && encoding.get(0).equalsIgnoreCase("gzip")) {
      body = gunzip(body);
    }
    return new Answer(status, headers, body);
  }

  static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (true) {
      int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
      if (lineEnd < 0) {
        throw new IllegalStateException("chunked body ends without a chunk-size line");
      }
      String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
      int size;
      try {
        size = Integer.parseInt(sizeLine, 16);
      } catch (NumberFormatException e) {
        throw new IllegalStateException("malformed chunk size '" + sizeLine + "'");
      }
      at = lineEnd + 2;
      if (size == 0) {
        return out.toByteArray();
      }
      if (at + size + 2 > chunked.length) {
        throw new IllegalStateException("chunk of " + size + " bytes cut short");
      }
      out.write(chunked, at, size);
      at += size + 2;
    }
  }

  private static byte[] gunzip(byte[] gzipped) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("Content-Encoding: gzip but the body is not gzip: " + e.getMessage(), e);
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    return indexOf(haystack, needle, 0);
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
