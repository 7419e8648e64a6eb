package io.jobsconformance.conformance.server;

import java.util.Arrays;
import java.util.Optional;

/**
 * The people scenarios speak of, by the phrase features use, with the setting that gives their token against a real
 * server and the token the mock knows them by. A real server run without an actor's token skips that actor's
 * scenarios.
 */
public enum Actor {
  SYSTEM_ADMIN("the system admin", "MM_ADMIN_TOKEN", "admin-token", "admin-csrf"),
  SYSTEM_MANAGER("the system manager", "MM_MANAGER_TOKEN", "manager-token", "manager-csrf"),
  READ_ONLY_ADMIN("the read-only admin", "MM_READONLY_TOKEN", "readonly-token", "readonly-csrf"),
  PLAIN_USER("a plain user", "MM_USER_TOKEN", "user-token", "user-csrf"),
  /** Only the mock has one by default: a real run has no setting for it. */
  USER_MANAGER("the user manager", null, "usermanager-token", "usermanager-csrf");

  private final String phrase;
  private final String setting;
  private final String mockToken;
  private final String mockCsrf;

  Actor(String phrase, String setting, String mockToken, String mockCsrf) {
    this.phrase = phrase;
    this.setting = setting;
    this.mockToken = mockToken;
    this.mockCsrf = mockCsrf;
  }

  public String phrase() {
    return phrase;
  }

  /** The environment variable or system property that carries this actor's token, or null. */
  public String setting() {
    return setting;
  }

  public String mockToken() {
    return mockToken;
  }

  public String mockCsrf() {
    return mockCsrf;
  }

  public static Optional<Actor> fromPhrase(String phrase) {
    return Arrays.stream(values()).filter(a -> a.phrase.equals(phrase)).findFirst();
  }
}
