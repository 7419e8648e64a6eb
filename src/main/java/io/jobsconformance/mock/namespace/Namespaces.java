package io.jobsconformance.mock.namespace;

import io.jobsconformance.app.WorkerSimulation;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The mock's namespaces, by name, created on first use. This is the one object the transformer and the admin API
 * share (through {@code MockExtensionFactory}), so a job seeded through {@code /__admin/jobs} is the job the public
 * API serves. When the worker simulation is on, one daemon scheduler drives the workers of every namespace.
 */
public final class Namespaces implements AutoCloseable {
  private final NamespaceConfig config;
  private final Map<String, Namespace> byName = new ConcurrentHashMap<>();
  private final Optional<ScheduledExecutorService> scheduler;

  public Namespaces(NamespaceConfig config) {
    this.config = config;
    this.scheduler = config.workerStep().map(step -> Executors.newSingleThreadScheduledExecutor(Namespaces::daemon));
  }

  /** The namespace the header value selects, created when new; see {@link NamespaceName} for the refusals. */
  public Namespace resolve(String headerValue) {
    String name = NamespaceName.of(headerValue);
    Namespace existing = byName.get(name);
    return existing != null ? existing : create(name);
  }

  /** The namespace if it exists, without creating it. */
  public Optional<Namespace> existing(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Drops a namespace and everything in it; the default namespace is only ever reset, never dropped. */
  public Optional<Namespace> forget(String name) {
    return NamespaceName.DEFAULT.equals(name) ? Optional.empty() : Optional.ofNullable(byName.remove(name));
  }

  /**
   * Drops a named namespace: forgets it, resets it (worker steps still scheduled for it then find no job and stop)
   * and removes what it kept outside memory, its PostgreSQL schema and its directory of export files. Another mock
   * process on the same database still serving that namespace creates the schema again on its next request.
   */
  public void drop(String name) {
    forget(name)
        .ifPresent(
            dropped -> {
              dropped.server().admin().reset();
              config.storage().drop(name);
            });
  }

  public int count() {
    return byName.size();
  }

  /** Creation is serialised so the bound holds exactly; lookups of existing namespaces never wait. */
  private synchronized Namespace create(String name) {
    Namespace existing = byName.get(name);
    if (existing != null) {
      return existing;
    }
    if (byName.size() >= config.maxNamespaces()) {
      throw new RefusedRequest(
          503,
          "mock.namespace.limit",
          "The mock already holds " + byName.size() + " namespaces, its limit; namespace '" + name
              + "' was not created. Remove namespaces you no longer need with DELETE /__admin/jobs and the header "
              + NamespaceName.HEADER + ".");
    }
    Namespace created = Namespace.create(name, config);
    scheduler.ifPresent(
        s -> created.server().simulateWorkers(new WorkerSimulation(s, config.workerStep().orElseThrow())));
    byName.put(name, created);
    return created;
  }

  /** Stops the worker simulation; idempotent, so both WireMock's shutdown and the server's stop may call it. */
  @Override
  public void close() {
    scheduler.ifPresent(ScheduledExecutorService::shutdownNow);
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "jobs-mock-workers");
    thread.setDaemon(true);
    return thread;
  }
}
