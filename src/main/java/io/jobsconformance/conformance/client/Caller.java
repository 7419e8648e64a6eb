package io.jobsconformance.conformance.client;

/**
 * Who sends a request and how: the token (null for none), the session's CSRF token when known, and the way the token
 * travels.
 */
public record Caller(String token, String csrf, AuthStyle style) {
  public static final Caller ANONYMOUS = new Caller(null, null, AuthStyle.NONE);

  public static Caller bearer(String token) {
    return new Caller(token, null, AuthStyle.BEARER);
  }

  public Caller sending(AuthStyle newStyle) {
    return new Caller(token, csrf, newStyle);
  }
}
