package io.jobsconformance.store;

import io.jobsconformance.model.Session;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sessions by token ({@code store.SessionStore}); the mock's way of knowing who is calling. */
public final class SessionStore {
  private final Map<String, Session> byToken = new ConcurrentHashMap<>();

  public SessionStore(Collection<Session> initial) {
    initial.forEach(this::save);
  }

  public Optional<Session> get(String token) {
    return Optional.ofNullable(byToken.get(token));
  }

  public void save(Session session) {
    byToken.put(session.token(), session);
  }

  /** Forgets every session and keeps only {@code sessions}. */
  public void replaceAll(Collection<Session> sessions) {
    byToken.clear();
    sessions.forEach(this::save);
  }
}
