package io.jobsconformance.conformance.report;

import io.jobsconformance.conformance.spec.Departure;
import io.jobsconformance.conformance.spec.SpecDepartures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The spec departures a run saw, by name, against the full list in {@code openapi/spec-departures.yaml}. Listing
 * the observable departures that did not show up as well tells a reader whether the suite still exercises them; in
 * strict mode every departure seen failed its scenario, which the summary says next to the counts.
 *
 * @param strictSpec whether departures failed their scenarios ({@code MM_STRICT_SPEC})
 * @param total responses excused by a departure (strict mode: failed by one)
 * @param observed distinct departures seen
 * @param observable departures of the list a response can show
 * @param departures one entry per listed departure, then any name seen that the list lacks
 */
public record DepartureCounts(
    boolean strictSpec, long total, int observed, int observable, List<Entry> departures) {

  /** One departure and how often a response showed it. */
  public record Entry(String name, String title, boolean observable, boolean listed, long count) {}

  public static DepartureCounts of(SpecDepartures list, Map<String, Long> seen, boolean strictSpec) {
    Map<String, Long> remaining = new TreeMap<>(seen);
    List<Entry> entries = new ArrayList<>();
    for (Departure d : list.all()) {
      Long count = remaining.remove(d.name());
      entries.add(new Entry(d.name(), d.title(), Boolean.TRUE.equals(d.observable()), true, count == null ? 0 : count));
    }
    remaining.forEach((name, count) -> entries.add(new Entry(name, "(not in spec-departures.yaml)", true, false, count)));
    return new DepartureCounts(
        strictSpec,
        seen.values().stream().mapToLong(Long::longValue).sum(),
        (int) entries.stream().filter(e -> e.count() > 0).count(),
        (int) entries.stream().filter(e -> e.observable() && e.listed()).count(),
        List.copyOf(entries));
  }
}
