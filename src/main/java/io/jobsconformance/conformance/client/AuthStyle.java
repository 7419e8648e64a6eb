package io.jobsconformance.conformance.client;

/**
 * How a request carries its token: the ways {@code app.ParseAuthTokenFromRequest} accepts one, plus the ways to send
 * none. Cookie requests that change something need the session's CSRF token or the legacy XMLHttpRequest header.
 */
public enum AuthStyle {
  BEARER,
  TOKEN,
  COOKIE,
  COOKIE_WITH_CSRF,
  COOKIE_WITH_REQUESTED_WITH,
  QUERY,
  NONE,
  /** {@code Authorization: bearer <token>}: the scheme is matched case-insensitively. */
  BEARER_LOWER_CASE,
  /** {@code Authorization: BEARER <token>}. */
  BEARER_UPPER_CASE,
  /** A bearer token alongside an {@code MMAUTHTOKEN} cookie no server issued: the cookie is read first and wins. */
  BEARER_UNDER_AN_UNKNOWN_COOKIE
}
