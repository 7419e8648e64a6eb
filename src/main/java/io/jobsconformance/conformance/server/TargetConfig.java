package io.jobsconformance.conformance.server;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the suite runs: the embedded mock (the default) or a real server named by {@code MM_BASE_URL} with a system
 * admin's {@code MM_ADMIN_TOKEN}. Each setting is read from a {@code -D} system property first, then from the
 * environment variable of the same name, so {@code mvn test}, CI and the {@code run} command share one switch.
 */
public record TargetConfig(
    String baseUrl, Map<Actor, String> tokens, String jobType, boolean strictSpec) {
  /** The type real-server runs create: harmless to run (it recounts active users) and has a worker on every server. */
  public static final String DEFAULT_JOB_TYPE = "active_users";

  public TargetConfig {
    tokens = Map.copyOf(tokens);
  }

  public static TargetConfig fromSystem() {
    return from(name -> {
      String value = System.getProperty(name);
      return value != null ? value : System.getenv(name);
    });
  }

  static TargetConfig from(UnaryOperator<String> settings) {
    String url = blankToNull(settings.apply("MM_BASE_URL"));
    Map<Actor, String> tokens = new EnumMap<>(Actor.class);
    for (Actor actor : Actor.values()) {
      String token = actor.setting() == null ? null : blankToNull(settings.apply(actor.setting()));
      if (url == null) {
        tokens.put(actor, actor.mockToken());
      } else if (token != null) {
        tokens.put(actor, token);
      }
    }
    if (url != null && !tokens.containsKey(Actor.SYSTEM_ADMIN)) {
      throw new IllegalArgumentException(
          "MM_BASE_URL is set but MM_ADMIN_TOKEN is not: a real server needs a system admin's token");
    }
    String jobType = blankToNull(settings.apply("MM_JOB_TYPE"));
    return new TargetConfig(
        url == null ? null : url.replaceAll("/+$", ""),
        tokens,
        jobType == null ? DEFAULT_JOB_TYPE : jobType,
        Boolean.parseBoolean(settings.apply("MM_STRICT_SPEC")));
  }

  /** True when the suite runs against the mock it starts itself, whose control plane it may use. */
  public boolean embedded() {
    return baseUrl == null;
  }

  public Optional<String> token(Actor actor) {
    return Optional.ofNullable(tokens.get(actor));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
