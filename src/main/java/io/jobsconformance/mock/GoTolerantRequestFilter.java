package io.jobsconformance.mock;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;

/**
 * Keeps WireMock from failing with a bare 500 HTML page on Jobs API requests that a Mattermost server answers
 * normally. Before any extension runs, WireMock decodes the query, parses an {@code application/x-www-form-urlencoded}
 * or {@code multipart/*} body, and loads the {@code charset} of the {@code Content-Type}; it throws on a malformed
 * percent-escape ({@code ?page=%zz}), a malformed form or multipart body, and a charset Java does not know
 * ({@code charset=bogus}, {@code charset="utf-8"}, {@code charset=}). Go does not: {@code url.ParseQuery} drops a pair
 * with a bad escape (reference §1.4; the mock's {@code GoQuery} does the same), and the Jobs API reads every body as
 * JSON whatever its content type. So for requests under {@code /api/v4/} this filter shows WireMock (and through it
 * the API layer) the query with each such pair blanked to as many {@code &} (no pair, same URI length for the 414
 * check), and no {@code Content-Type} when it is one of those. The request journal shows the request that way.
 */
final class GoTolerantRequestFilter implements Filter {
  static final String JOBS_API = "/api/v4/";
  private static final String CONTENT_TYPE = "Content-Type";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    // The raw URI, as WireMock matches it: /api/v4/../x is still a Jobs API request there.
    if (!http.getRequestURI().startsWith(JOBS_API)) {
      chain.doFilter(request, response);
      return;
    }
    String query = http.getQueryString();
    String tolerated = withoutMalformedPairs(query);
    String uri = http.getRequestURI();
    String toleratedUri = afterQuestionMark(uri);
    boolean hideContentType = breaksWireMock(http.getHeader(CONTENT_TYPE));
    if (tolerated == query && toleratedUri == uri && !hideContentType) {
      chain.doFilter(request, response);
    } else {
      chain.doFilter(new TolerantRequest(http, toleratedUri, tolerated, hideContentType), response);
    }
  }

  /**
   * Jetty leaves a {@code ?} in the request URI when a malformed escape runs into it ({@code /x%0?a=%zz}); WireMock
   * then splits the query off that URI, so it is made tolerable too.
   */
  private static String afterQuestionMark(String uri) {
    int question = uri.indexOf('?');
    if (question < 0) {
      return uri;
    }
    String query = uri.substring(question + 1);
    String tolerated = withoutMalformedPairs(query);
    return tolerated == query ? uri : uri.substring(0, question + 1) + tolerated;
  }

  /** The query with every {@code &}-separated pair that holds a malformed escape replaced by {@code &}s. */
  static String withoutMalformedPairs(String query) {
    if (query == null || query.indexOf('%') < 0) {
      return query;
    }
    StringBuilder out = null;
    int start = 0;
    while (start <= query.length()) {
      int end = query.indexOf('&', start);
      end = end < 0 ? query.length() : end;
      if (hasMalformedEscape(query, start, end)) {
        if (out == null) {
          out = new StringBuilder(query);
        }
        for (int i = start; i < end; i++) {
          out.setCharAt(i, '&');
        }
      }
      start = end + 1;
    }
    return out == null ? query : out.toString();
  }

  /** A content type WireMock parses the body for, or whose charset parameter it cannot load. */
  static boolean breaksWireMock(String contentType) {
    if (contentType == null) {
      return false;
    }
    String lower = contentType.toLowerCase(Locale.ROOT);
    if (lower.contains("application/x-www-form-urlencoded") || lower.trim().startsWith("multipart/")) {
      return true;
    }
    // ContentTypeHeader.encodingPart: a part matching \s*charset\s*=.* gives split("=")[1] without quotes
    for (String part : contentType.split(";")) {
      if (part.matches("\\s*charset\\s*=.*")) {
        String[] pair = part.split("=");
        if (pair.length < 2 || !loadable(pair[1].replace("\"", ""))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean loadable(String charset) {
    try {
      Charset.forName(charset);
      return true;
    } catch (IllegalArgumentException unknownOrIllegal) {
      return false;
    }
  }

  private static boolean hasMalformedEscape(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '%' && (i + 2 >= to || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHex(char c) {
    return c < 128 && Character.digit(c, 16) >= 0;
  }

  /** The request as WireMock should see it: the tolerated query, and no Content-Type when it would break WireMock. */
  private static final class TolerantRequest extends HttpServletRequestWrapper {
    private final String uri;
    private final String query;
    private final boolean hideContentType;

    TolerantRequest(HttpServletRequest request, String uri, String query, boolean hideContentType) {
      super(request);
      this.uri = uri;
      this.query = query;
      this.hideContentType = hideContentType;
    }

    @Override
    public String getRequestURI() {
      return uri;
    }

    @Override
    public String getQueryString() {
      return query;
    }

    @Override
    public String getContentType() {
      return hideContentType ? null : super.getContentType();
    }

    @Override
    public String getHeader(String name) {
      return hidden(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      if (!hideContentType) {
        return super.getHeaderNames();
      }
      return Collections.enumeration(
          Collections.list(super.getHeaderNames()).stream().filter(n -> !CONTENT_TYPE.equalsIgnoreCase(n)).toList());
    }

    private boolean hidden(String name) {
      return hideContentType && CONTENT_TYPE.equalsIgnoreCase(name);
    }
  }
}
