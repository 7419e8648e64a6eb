package io.jobsconformance.conformance.report;

import java.util.List;
import java.util.Locale;

/**
 * The requirement parts of {@code conformance-summary.md}: the verdict table near the top, what went wrong for every
 * requirement that did not pass, and an appendix with each requirement's full text and upstream source, so the
 * table stays one line per requirement.
 */
final class RequirementsSection {
  private RequirementsSection() {}

  static void render(StringBuilder md, ConformanceSummary s) {
    md.append("## 1. Requirements\n\n");
    if (s.requirements().isEmpty()) {
      md.append("The golden list (`features/requirements.yaml`) is empty.\n\n");
    } else {
      md.append("| Requirement | Level | Title | Result | Scenarios passed / failed / skipped |\n")
          .append("|---|---|---|---|---|\n");
      for (RequirementResult r : s.requirements()) {
        md.append("| [").append(r.requirement().id()).append("](#").append(r.requirement().id().toLowerCase(Locale.ROOT))
            .append(") | ").append(r.requirement().level()).append(" | ")
            .append(SummaryMarkdown.cell(r.requirement().title())).append(" | ")
            .append(SummaryMarkdown.icon(r.result())).append(' ').append(r.result()).append(" | ")
            .append(r.passed()).append(" / ").append(r.failed()).append(" / ").append(r.skipped()).append(" |\n");
      }
      md.append('\n');
    }
    List<RequirementResult> notPassed = s.requirements().stream()
        .filter(r -> !r.result().equals(RequirementResult.PASSED)).toList();
    if (!notPassed.isEmpty()) {
      md.append("### Not passed\n\n");
      for (RequirementResult r : notPassed) {
        md.append("- ").append(SummaryMarkdown.icon(r.result())).append(" **").append(r.requirement().id())
            .append("** ").append(r.result()).append(": ").append(SummaryMarkdown.cell(r.requirement().title()))
            .append('\n');
        if (r.scenarios().isEmpty()) {
          md.append("  - no scenario of this run is tagged `@").append(r.requirement().id()).append("`\n");
        }
        r.scenarios().stream()
            .filter(sc -> sc.outcome() != ScenarioResult.Outcome.PASSED)
            .forEach(sc -> md.append("  - ").append(sc.outcome().label()).append(": ")
                .append(SummaryMarkdown.cell(sc.name())).append(" (`").append(sc.location()).append("`)")
                .append(sc.reason() == null ? "" : ": " + SummaryMarkdown.cell(sc.reason())).append('\n'));
      }
      md.append('\n');
    }
    if (!s.untracked().isEmpty()) {
      md.append("### Scenarios that name no requirement of the golden list\n\n");
      s.untracked().forEach(sc -> md.append("- ").append(sc.outcome().label()).append(": ")
          .append(SummaryMarkdown.cell(sc.name())).append(" (`").append(sc.location()).append("`) tags ")
          .append(String.join(" ", sc.tags())).append('\n'));
      md.append('\n');
    }
  }

  static void appendix(StringBuilder md, ConformanceSummary s) {
    if (s.requirements().isEmpty()) {
      return;
    }
    md.append("## Appendix: the requirements\n\n");
    for (RequirementResult r : s.requirements()) {
      Requirement q = r.requirement();
      md.append("### ").append(q.id()).append("\n\n**").append(SummaryMarkdown.cell(q.title())).append("** (")
          .append(q.level()).append(", ").append(SummaryMarkdown.icon(r.result())).append(' ').append(r.result())
          .append(")\n\n").append(q.text().trim()).append("\n\nSource: ").append(SummaryMarkdown.cell(q.source()))
          .append("\n\n");
      r.scenarios().forEach(sc -> md.append("- ").append(sc.outcome().label()).append(": ")
          .append(SummaryMarkdown.cell(sc.name())).append(" (`").append(sc.location()).append("`)")
          .append(sc.reason() == null ? "" : ": " + SummaryMarkdown.cell(sc.reason())).append('\n'));
      if (!r.scenarios().isEmpty()) {
        md.append('\n');
      }
    }
  }
}
