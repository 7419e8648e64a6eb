package io.jobsconformance.api;

import io.jobsconformance.app.AppException;
import io.jobsconformance.model.Session;
import io.jobsconformance.store.SessionStore;
import java.util.Locale;

/**
 * Who is calling: {@code app.ParseAuthTokenFromRequest} ({@code app/authentication.go}) followed by the session
 * checks of {@code web/handlers.go} ServeHTTP, for handlers that require a session. The token comes from the
 * {@code MMAUTHTOKEN} cookie first (even an empty one), then {@code Authorization: Bearer}, then
 * {@code Authorization: Token}, then {@code ?access_token=}.
 */
final class Authentication {
  static final String SESSION_COOKIE = "MMAUTHTOKEN";

  enum Location {
    NONE,
    COOKIE,
    HEADER,
    QUERY
  }

  record Token(String value, Location location) {}

  private Authentication() {}

  static Token parse(ApiRequest request, GoQuery query) {
    String cookie = request.cookie(SESSION_COOKIE);
    if (cookie != null) {
      return new Token(cookie, Location.COOKIE);
    }
    String auth = request.header("Authorization");
    auth = auth == null ? "" : auth;
    if (auth.length() > 6 && auth.substring(0, 6).toUpperCase(Locale.ROOT).equals("BEARER")) {
      return new Token(auth.substring(7), Location.HEADER);
    }
    if (auth.length() > 5 && auth.substring(0, 5).toLowerCase(Locale.ROOT).equals("token")) {
      return new Token(auth.substring(6), Location.HEADER);
    }
    String accessToken = query.get("access_token");
    if (!accessToken.isEmpty()) {
      return new Token(accessToken, Location.QUERY);
    }
    return new Token("", Location.NONE);
  }

  /** The caller's session, or the 401 the real server gives. */
  static Session authenticate(
      ApiRequest request, GoQuery query, SessionStore sessions, boolean trustRequester) {
    Token token = parse(request, query);
    if (token.value().isEmpty()) {
      // c.SessionRequired(): no token at all
      throw AppException.of("", "api.context.session_expired.app_error", "UserRequired", 401);
    }
    Session session =
        sessions
            .get(token.value())
            .orElseThrow(
                () ->
                    AppException.of(
                        "ServeHTTP", "api.context.session_expired.app_error", "token=" + token.value(), 401));
    if (!session.isOAuth() && token.location() == Location.QUERY) {
      throw AppException.of(
          "ServeHTTP", "api.context.token_provided.app_error", "token=" + token.value(), 401);
    }
    if (token.location() == Location.COOKIE && !trustRequester && !request.isGet() && !csrfPassed(request, session)) {
      throw AppException.of(
          "ServeHTTP",
          "api.context.session_expired.app_error",
          "token=" + token.value() + " Appears to be a CSRF attempt",
          401);
    }
    return session;
  }

  /**
   * {@code checkCSRFToken}: the {@code X-CSRF-Token} header must equal the session's token; the legacy
   * {@code X-Requested-With: XMLHttpRequest} is still accepted because {@code ExperimentalStrictCSRFEnforcement} is
   * off by default.
   */
  private static boolean csrfPassed(ApiRequest request, Session session) {
    return session.csrfToken().equals(request.header("X-CSRF-Token"))
        || "XMLHttpRequest".equals(request.header("X-Requested-With"));
  }
}
