package io.jobsconformance.store;

import io.jobsconformance.model.Job;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableSet;
import java.util.PriorityQueue;

/**
 * {@code LIMIT/OFFSET} over several sorted indexes: a lazy k-way merge that stops after {@code offset + limit} jobs,
 * so a first page never touches more than it returns.
 */
final class SlotPages {
  private SlotPages() {}

  static List<Job> page(List<NavigableSet<JobSlot>> sources, long offset, int limit) {
    return page(sources, JobSlot.NEWEST_FIRST, offset, limit);
  }

  static List<Job> page(
      List<? extends Iterable<JobSlot>> sources, Comparator<JobSlot> order, long offset, int limit) {
    PageOffset.check(offset);
    List<Job> out = new ArrayList<>(Math.min(limit, 256));
    if (limit == 0) {
      return out;
    }
    PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> order.compare(a.slot, b.slot));
    for (Iterable<JobSlot> source : sources) {
      Iterator<JobSlot> it = source.iterator();
      if (it.hasNext()) {
        heads.add(new Head(it.next(), it));
      }
    }
    long skipped = 0;
    while (!heads.isEmpty() && out.size() < limit) {
      Head head = heads.poll();
      if (skipped < offset) {
        skipped++;
      } else {
        out.add(head.slot.job);
      }
      if (head.rest.hasNext()) {
        heads.add(new Head(head.rest.next(), head.rest));
      }
    }
    return out;
  }

  private record Head(JobSlot slot, Iterator<JobSlot> rest) {}
}
