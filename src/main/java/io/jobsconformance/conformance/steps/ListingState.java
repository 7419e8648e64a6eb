package io.jobsconformance.conformance.steps;

import io.jobsconformance.conformance.client.Exchange;
import java.util.List;

/**
 * What the scenario listed: the pages of its last walk through a list, and the stored run of jobs it seeded in bulk
 * (their count and the create_at of the newest one, one millisecond apart). One per scenario (PicoContainer).
 */
public final class ListingState {
  private List<Exchange> pages = List.of();
  private int storedCount;
  private long newestStoredCreateAt;

  void pages(List<Exchange> walked) {
    this.pages = List.copyOf(walked);
  }

  /** The pages of the last walk, or the scenario's last answer alone when that came later. */
  List<Exchange> pagesOrLast(ScenarioContext context) {
    Exchange last = context.last();
    return !pages.isEmpty() && pages.get(pages.size() - 1) == last ? pages : List.of(last);
  }

  void stored(int count, long newestCreateAt) {
    this.storedCount = count;
    this.newestStoredCreateAt = newestCreateAt;
  }

  int storedCount() {
    return storedCount;
  }

  long newestStoredCreateAt() {
    return newestStoredCreateAt;
  }
}
