package io.jobsconformance.app;

import io.jobsconformance.model.Session;
import io.jobsconformance.store.ExportFileStore;
import io.jobsconformance.store.FailableJobStore;
import io.jobsconformance.store.InMemoryExportFileStore;
import io.jobsconformance.store.InMemoryJobStore;
import io.jobsconformance.store.JobStore;
import io.jobsconformance.store.SessionStore;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One complete, independent Jobs backend, like Mattermost's {@code app.Server}: its job store, export files,
 * sessions, settings, job server and app layer, and the mock's history of job changes. The mock runs one per
 * namespace.
 */
public final class Server {
  private final FailableJobStore store;
  private final ExportFileStore exports;
  private final SessionStore sessions;
  private final List<Session> defaultSessions;
  private final Settings defaultSettings;
  private final AtomicReference<Settings> settings;
  private final AtomicReference<JobListener> listener = new AtomicReference<>(JobListener.NONE);
  private final Clock clock;
  private final JobHistory history;
  private final JobServer jobServer;
  private final JobApp app;

  public Server(Clock clock, Settings defaultSettings, List<Session> defaultSessions) {
    this(clock, defaultSettings, defaultSessions, new InMemoryJobStore(), new InMemoryExportFileStore());
  }

  /**
   * A server on the given job store and export files (PostgreSQL, a local directory). The store is still wrapped in
   * a {@link FailableJobStore}, so the control plane's {@code store_failure} switch works on any store.
   */
  public Server(
      Clock clock, Settings defaultSettings, List<Session> defaultSessions, JobStore jobs, ExportFileStore files) {
    this.store = new FailableJobStore(jobs);
    this.exports = files;
    this.clock = clock;
    this.defaultSettings = defaultSettings;
    this.settings = new AtomicReference<>(defaultSettings);
    this.defaultSessions = List.copyOf(defaultSessions);
    this.sessions = new SessionStore(defaultSessions);
    this.history = new JobHistory(clock);
    this.jobServer = new JobServer(store, clock, job -> listener.get().jobChanged(job), history);
    this.app = new JobApp(store, jobServer);
    store.setFailing(defaultSettings.storeFailure());
    history.setEnabled(defaultSettings.recordHistory());
  }

  public JobApp app() {
    return app;
  }

  public JobServer jobServer() {
    return jobServer;
  }

  public SessionStore sessions() {
    return sessions;
  }

  public ExportArchive exportArchive() {
    return new ExportArchive(exports);
  }

  public Settings settings() {
    return settings.get();
  }

  public Clock clock() {
    return clock;
  }

  public ServerAdmin admin() {
    return new ServerAdmin(this);
  }

  /** Starts the worker simulation: from now on every pending job with a worker gets worked on. */
  public void simulateWorkers(WorkerSimulation simulation) {
    listener.set(simulation.attach(this));
  }

  FailableJobStore store() {
    return store;
  }

  ExportFileStore exports() {
    return exports;
  }

  JobHistory history() {
    return history;
  }

  JobListener listener() {
    return listener.get();
  }

  Settings applySettings(Settings updated) {
    settings.set(updated);
    store.setFailing(updated.storeFailure());
    history.setEnabled(updated.recordHistory());
    return updated;
  }

  Settings defaultSettings() {
    return defaultSettings;
  }

  List<Session> defaultSessions() {
    return defaultSessions;
  }
}
