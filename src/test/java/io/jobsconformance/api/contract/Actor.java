package io.jobsconformance.api.contract;

/**
 * The sessions every target knows out of the box (the mock's {@code mocks/sessions.json}): a token, the roles behind
 * it, the CSRF token a cookie-authenticated write must echo, and whether it is an OAuth session (only those may use
 * {@code ?access_token=}).
 */
public enum Actor {
  ADMIN("admin-token", "system_user system_admin", "admin-csrf", false),
  MANAGER("manager-token", "system_user system_manager", "manager-csrf", false),
  READ_ONLY_ADMIN("readonly-token", "system_user system_read_only_admin", "readonly-csrf", false),
  USER("user-token", "system_user", "user-csrf", false),
  USER_MANAGER("usermanager-token", "system_user system_user_manager", "usermanager-csrf", false),
  OAUTH_ADMIN("oauth-admin-token", "system_user system_admin", "oauth-admin-csrf", true);

  private final String token;
  private final String roles;
  private final String csrf;
  private final boolean oauth;

  Actor(String token, String roles, String csrf, boolean oauth) {
    this.token = token;
    this.roles = roles;
    this.csrf = csrf;
    this.oauth = oauth;
  }

  public String token() {
    return token;
  }

  public String roles() {
    return roles;
  }

  public String csrf() {
    return csrf;
  }

  public boolean oauth() {
    return oauth;
  }
}
