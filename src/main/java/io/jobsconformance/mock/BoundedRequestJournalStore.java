package io.jobsconformance.mock;

import com.github.tomakehurst.wiremock.http.Body;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * WireMock's request journal, bounded in constant time. WireMock's own bound ({@code maxRequestJournalEntries})
 * counts every stored entry on every request ({@code AbstractRequestJournal.removeOldEntries} streams all keys) and its
 * in-memory store scans the whole queue on each update, which at a thousand entries cost a third of the mock's
 * throughput. This store trims itself on {@code add} instead, so WireMock is configured with no bound of its own.
 *
 * <p>It also keeps each answered body once. A completed WireMock event holds the body twice: in the response
 * definition the transformer returned and in the logged response. At a thousand entries of list pages that is some
 * 27 MB of journal turning over every few dozen milliseconds under load, more than the young generation's survivor
 * space holds, so it was promoted and collected by full collections that grew the old generation (to 1.3 GB with a
 * million jobs stored, p99 of list pages 300 ms; see docs/performance.md). A completed event keeps the logged response
 * ({@code response.body} in {@code /__admin/requests}) and drops the definition's copy.
 */
final class BoundedRequestJournalStore implements RequestJournalStore {
  private final int capacity;
  private final ConcurrentLinkedDeque<UUID> newestFirst = new ConcurrentLinkedDeque<>();
  private final Map<UUID, ServeEvent> events = new ConcurrentHashMap<>();
  private final AtomicInteger size = new AtomicInteger();

  BoundedRequestJournalStore(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a bounded journal keeps at least one request");
    }
    this.capacity = capacity;
  }

  @Override
  public void add(ServeEvent event) {
    events.put(event.getId(), event);
    newestFirst.addFirst(event.getId());
    if (size.incrementAndGet() > capacity) {
      removeLast();
    }
  }

  @Override
  public void removeLast() {
    UUID oldest = newestFirst.pollLast();
    if (oldest != null && events.remove(oldest) != null) {
      size.decrementAndGet();
    }
  }

  @Override
  public Stream<ServeEvent> getAll() {
    return newestFirst.stream().map(events::get).filter(Objects::nonNull);
  }

  @Override
  public Stream<UUID> getAllKeys() {
    return newestFirst.stream();
  }

  @Override
  public Optional<ServeEvent> get(UUID id) {
    return Optional.ofNullable(events.get(id));
  }

  /** Updates an event still in the journal (WireMock does so when the response has been sent); never adds one. */
  @Override
  public void put(UUID id, ServeEvent event) {
    events.replace(id, withoutDefinitionBody(event));
  }

  /** The event with its response definition's body dropped when the logged response holds the body sent. */
  static ServeEvent withoutDefinitionBody(ServeEvent event) {
    ResponseDefinition definition = event.getResponseDefinition();
    if (event.getResponse() == null
        || event.getResponse().getBody() == null
        || definition == null
        || definition.getReponseBody() == null
        || definition.getReponseBody().isAbsent()) {
      return event;
    }
    // The same fields ResponseDefinition.copy() carries, with no body.
    return event.withResponseDefinition(
        new ResponseDefinition(
            definition.getStatus(),
            definition.getStatusMessage(),
            Body.none(),
            definition.getBodyFileName(),
            definition.getHeaders(),
            definition.getAdditionalProxyRequestHeaders(),
            definition.getRemoveProxyRequestHeaders(),
            definition.getFixedDelayMilliseconds(),
            definition.getDelayDistribution(),
            definition.getChunkedDribbleDelay(),
            definition.getProxyBaseUrl(),
            definition.getProxyUrlPrefixToRemove(),
            definition.getFault(),
            definition.getTransformers(),
            definition.getTransformerParameters(),
            definition.wasConfigured()));
  }

  @Override
  public void remove(UUID id) {
    if (events.remove(id) != null) {
      newestFirst.remove(id);
      size.decrementAndGet();
    }
  }

  @Override
  public void clear() {
    newestFirst.clear();
    events.clear();
    size.set(0);
  }
}
