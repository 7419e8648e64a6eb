package io.jobsconformance.conformance.report;

import java.util.Locale;

/**
 * One entry of the golden list {@code features/requirements.yaml}: a rule the server must (or should) follow, with
 * the upstream place it comes from. Scenarios point at it with a {@code @JOBS-<AREA>-<NNN>} tag, and the conformance
 * summary reports a result per entry, so the id is the stable key and the rest is for people reading the report.
 *
 * @param id {@code JOBS-<AREA>-<NNN>}, e.g. {@code JOBS-CANCEL-002}
 * @param title one line
 * @param level MUST or SHOULD, matching the scenarios' {@code @must} / {@code @should} tag
 * @param text the requirement in full
 * @param source the upstream place (file and function) it is read from
 */
public record Requirement(String id, String title, Level level, String text, String source) {

  /** RFC 2119 strength; a scenario's {@code @must} / {@code @should} tag must agree with it. */
  public enum Level {
    MUST,
    SHOULD;

    /** The scenario tag that goes with this level: {@code @must} or {@code @should}. */
    public String tag() {
      return "@" + name().toLowerCase(Locale.ROOT);
    }
  }
}
