package io.jobsconformance.conformance.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The three coverage parts of {@code conformance-summary.md}. The status matrix is drawn as one operation x status
 * grid (a cell per status the operation can give, {@code *} marking the undocumented ones) so gaps stand out at a
 * glance, with the reasons for undocumented codes in a table of their own; the status-change matrix as one grid per
 * {@code force} value, current status down, requested status across.
 */
final class CoverageSections {
  private CoverageSections() {}

  static void statuses(StringBuilder md, StatusCoverage c) {
    md.append("## 2. Status codes by operation\n\n")
        .append(SummaryMarkdown.ratio(c.exercised(), c.rows()))
        .append(" rows exercised. A cell gives the number of responses: ✅ seen, ❌ never seen, `*` undocumented in ")
        .append("the published spec, ⚠️ a status neither the spec nor `undocumented-statuses.yaml` lists.\n\n");
    TreeSet<Integer> all = SummaryMarkdown.allStatuses(c);
    md.append("| Operation | exercised |");
    all.forEach(st -> md.append(' ').append(st).append(" |"));
    md.append("\n|---|---:|");
    all.forEach(st -> md.append(":---:|"));
    md.append('\n');
    for (StatusCoverage.OperationCoverage op : c.operations()) {
      md.append("| **").append(op.operationId()).append("** `").append(op.method()).append(' ').append(op.path())
          .append("` | ").append(op.exercised()).append('/').append(op.rows()).append(" |");
      for (int st : all) {
        Optional<StatusCoverage.Cell> cell = op.statuses().stream().filter(x -> x.status() == st).findFirst();
        md.append(' ').append(cell.map(CoverageSections::statusCell).orElse("")).append(" |");
      }
      md.append('\n');
    }
    md.append("\n### Undocumented statuses the server gives\n\n")
        .append("| Operation | Status | Responses | Why (behaviour reference) |\n|---|---:|---:|---|\n");
    for (StatusCoverage.OperationCoverage op : c.operations()) {
      for (StatusCoverage.Cell cell : op.statuses()) {
        if (cell.kind().equals(StatusCoverage.UNDOCUMENTED)) {
          md.append("| ").append(op.operationId()).append(" | ").append(cell.status()).append(" | ")
              .append(cell.exercised() ? "✅ " : "❌ ").append(cell.count()).append(" | ")
              .append(SummaryMarkdown.cell(cell.reason())).append(" (").append(SummaryMarkdown.cell(cell.reference()))
              .append(") |\n");
        }
      }
    }
    md.append('\n');
    if (!c.routeMisses().isEmpty()) {
      md.append("### Requests no operation owns (route misses)\n\n| Request | Status | Responses |\n|---|---:|---:|\n");
      c.routeMisses().forEach(m -> md.append("| `").append(m.method()).append(' ').append(SummaryMarkdown.cell(m.path()))
          .append("` | ").append(m.status()).append(" | ").append(m.count()).append(" |\n"));
      md.append('\n');
    }
  }

  private static String statusCell(StatusCoverage.Cell cell) {
    String mark = switch (cell.kind()) {
      case StatusCoverage.UNDOCUMENTED -> "*";
      case StatusCoverage.UNLISTED -> " ⚠️";
      default -> "";
    };
    return (cell.exercised() ? "✅ " + cell.count() : "❌") + mark;
  }

  static void transitions(StringBuilder md, TransitionCoverage t) {
    md.append("## 3. Status changes (`PATCH /api/v4/jobs/{job_id}/status`) and cancel\n\n")
        .append(SummaryMarkdown.ratio(t.exercised(), t.cases()))
        .append(" of the current x requested x force cases exercised. A cell shows the observed outcome(s): the ")
        .append("status code and the job's resulting status, or the error id; — not exercised. `(invalid)` is a ")
        .append("requested status the server does not know (the scenarios send `foo`).\n\n");
    for (boolean force : new boolean[] {false, true}) {
      List<TransitionCoverage.Cell> cells = t.cells().stream().filter(x -> x.force() == force).toList();
      long done = cells.stream().filter(TransitionCoverage.Cell::exercised).count();
      md.append("### force: ").append(force).append(" (").append(SummaryMarkdown.ratio(done, cells.size()))
          .append(")\n\n| current \\ requested |");
      TransitionCoverage.REQUESTED.forEach(r -> md.append(' ').append(header(r)).append(" |"));
      md.append("\n|---|");
      TransitionCoverage.REQUESTED.forEach(r -> md.append("---|"));
      md.append('\n');
      for (String current : TransitionCoverage.CURRENT) {
        md.append("| ").append(SummaryMarkdown.status(current)).append(" |");
        for (String requested : TransitionCoverage.REQUESTED) {
          Map<String, Long> outcomes = cells.stream()
              .filter(x -> x.current().equals(current) && x.requested().equals(requested))
              .findFirst().map(TransitionCoverage.Cell::outcomes).orElse(Map.of());
          md.append(' ').append(SummaryMarkdown.cell(SummaryMarkdown.outcomes(outcomes)))
              .append(" |");
        }
        md.append('\n');
      }
      md.append('\n');
    }
    md.append("### Cancel (`POST /api/v4/jobs/{job_id}/cancel`): ")
        .append(SummaryMarkdown.ratio(t.cancelExercised(), t.cancelCases())).append("\n\n| current | outcome |\n|---|---|\n");
    t.cancels().forEach(x -> md.append("| ").append(SummaryMarkdown.status(x.current())).append(" | ")
        .append(SummaryMarkdown.outcomes(x.outcomes())).append(" |\n"));
    md.append('\n');
  }

  private static String header(String requested) {
    return requested.equals(TransitionCoverage.INVALID) ? requested : SummaryMarkdown.status(requested);
  }

  static void departures(StringBuilder md, DepartureCounts d) {
    md.append("## 4. Spec departures observed\n\n")
        .append(d.strictSpec()
            ? "Strict mode was **on** (`MM_STRICT_SPEC=true` / `--strict-spec`): every departure seen failed its scenario."
            : "Strict mode was **off**: a listed departure is a warning in the reports and does not fail its scenario.")
        .append(" Departures are listed, with their reasons, in `openapi/spec-departures.yaml`.\n\n")
        .append("| Departure | Title | Observable | Responses |\n|---|---|:---:|---:|\n");
    d.departures().forEach(e -> md.append("| `").append(e.name()).append("` | ").append(SummaryMarkdown.cell(e.title()))
        .append(" | ").append(e.observable() ? "yes" : "no").append(" | ")
        .append(e.count() > 0 ? "**" + e.count() + "**" : e.observable() ? "0" : "—").append(" |\n"));
    md.append('\n');
  }
}
