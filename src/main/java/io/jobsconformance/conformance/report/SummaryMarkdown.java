package io.jobsconformance.conformance.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Renders a {@link ConformanceSummary} as {@code conformance-summary.md}: totals first, so a reader learns the verdict
 * in the first screen, then one section per view with tables, counts and percentages, and the long explanations
 * (requirement texts, reasons for undocumented codes) last. Markdown because it reads well both as plain text in a
 * CI log and rendered on a code host.
 */
public final class SummaryMarkdown {
  private static final String PASS = "✅";
  private static final String FAIL = "❌";
  private static final String SKIP = "⏭️";
  private static final String NONE = "⚪";

  private SummaryMarkdown() {}

  public static String render(ConformanceSummary s) {
    StringBuilder md = new StringBuilder();
    md.append("# Jobs API conformance summary\n\n");
    ConformanceSummary.RunInfo run = s.run();
    md.append("Target: **").append(run.target()).append("** · strict spec: **").append(run.strictSpec() ? "on" : "off")
        .append("** · order: **").append(run.order()).append(run.seed() == null ? "" : " (seed " + run.seed() + ")")
        .append("**").append(run.tags() == null ? "" : " · tags: `" + run.tags() + "`")
        .append(" · generated ").append(s.generatedAt()).append("\n\n");
    overview(md, s);
    RequirementsSection.render(md, s);
    CoverageSections.statuses(md, s.statusCoverage());
    CoverageSections.transitions(md, s.transitions());
    CoverageSections.departures(md, s.departures());
    RequirementsSection.appendix(md, s);
    return md.toString();
  }

  private static void overview(StringBuilder md, ConformanceSummary s) {
    ConformanceSummary.Totals t = s.scenarios();
    md.append("| | ").append(PASS).append(" passed | ").append(FAIL).append(" failed | ").append(SKIP)
        .append(" skipped | ").append(NONE).append(" not run | total |\n|---|---:|---:|---:|---:|---:|\n");
    md.append("| **Scenarios** | ").append(t.passed()).append(" | ").append(t.failed()).append(" | ")
        .append(t.skipped()).append(" | | ").append(t.total()).append(" |\n");
    for (Requirement.Level level : Requirement.Level.values()) {
      List<RequirementResult> rs = s.requirements().stream()
          .filter(r -> r.requirement().level() == level).toList();
      md.append("| **").append(level).append(" requirements** | ").append(count(rs, RequirementResult.PASSED))
          .append(" | ").append(count(rs, RequirementResult.FAILED)).append(" | ")
          .append(count(rs, RequirementResult.SKIPPED)).append(" | ").append(count(rs, RequirementResult.NOT_RUN))
          .append(" | ").append(rs.size()).append(" |\n");
    }
    StatusCoverage c = s.statusCoverage();
    TransitionCoverage tr = s.transitions();
    DepartureCounts d = s.departures();
    md.append("\nCoverage:\n\n");
    md.append("- **Status codes**: ").append(ratio(c.exercised(), c.rows())).append(" of the operation x status rows")
        .append(" exercised (documented ").append(ratio(c.documentedExercised(), c.documentedRows()))
        .append(", undocumented ")
        .append(ratio(c.exercised() - c.documentedExercised(), c.rows() - c.documentedRows())).append(")\n");
    md.append("- **Status changes**: ").append(ratio(tr.exercised(), tr.cases()))
        .append(" of current x requested x force; **cancel**: ").append(ratio(tr.cancelExercised(), tr.cancelCases()))
        .append(" of current statuses\n");
    md.append("- **Spec departures**: ").append(d.observed()).append(" seen (").append(d.total())
        .append(" responses); ").append(d.observable()).append(" of the listed ones are observable\n\n");
  }

  static long count(List<RequirementResult> rs, String result) {
    return rs.stream().filter(r -> r.result().equals(result)).count();
  }

  /** {@code 12 of 16 (75.0%)}, or {@code 0 of 0} without a percentage. */
  static String ratio(long part, long whole) {
    return whole == 0
        ? part + " of 0"
        : String.format(Locale.ROOT, "%d of %d (%.1f%%)", part, whole, 100.0 * part / whole);
  }

  static String icon(String result) {
    return switch (result) {
      case RequirementResult.PASSED -> PASS;
      case RequirementResult.FAILED -> FAIL;
      case RequirementResult.SKIPPED -> SKIP;
      default -> NONE;
    };
  }

  static String outcomes(Map<String, Long> outcomes) {
    if (outcomes.isEmpty()) {
      return "—";
    }
    return outcomes.entrySet().stream()
        .map(e -> e.getKey() + (outcomes.size() > 1 ? " ×" + e.getValue() : ""))
        .collect(Collectors.joining("<br>"));
  }

  /** A table cell: no pipes or line breaks from the content. */
  static String cell(String text) {
    return text == null ? "" : text.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ").trim();
  }

  static String status(String s) {
    return s.isEmpty() ? "`\"\"`" : "`" + s + "`";
  }

  static TreeSet<Integer> allStatuses(StatusCoverage c) {
    TreeSet<Integer> all = new TreeSet<>();
    c.operations().forEach(op -> op.statuses().forEach(cell -> all.add(cell.status())));
    return all;
  }
}
