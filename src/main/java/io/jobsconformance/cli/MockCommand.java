package io.jobsconformance.cli;

import io.jobsconformance.mock.JobsMockServer;
import io.jobsconformance.mock.MockOptions;
import io.jobsconformance.mock.storage.StorageOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mock}: starts the Jobs API mock, prints exactly one line with the URL it listens on (the real port when
 * {@code --port 0}), and returns; the server's threads keep the process running until SIGTERM, when a shutdown hook
 * stops it cleanly.
 */
@Command(
    name = "mock",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Start the stateful Jobs API mock server (WireMock hosting the reference implementation).")
final class MockCommand implements Callable<Integer> {
  static final String PORT = "--port";
  static final String BIND = "--bind";
  static final String ROOT_DIR = "--root-dir";
  static final String DOWNLOAD_EXPORT_RESULTS = "--download-export-results";
  static final String WORKER_SIMULATION = "--worker-simulation";
  static final String WORKER_STEP_MS = "--worker-step-ms";
  static final String JOURNAL_SIZE = "--journal-size";
  static final String DATABASE_URL = "--database-url";
  static final String FILE_STORE_DIR = "--file-store-dir";
  static final String LISTENING = "Jobs API mock listening on ";

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Option(names = PORT, paramLabel = "PORT", description = "Port to listen on; 0 picks a free one (default: 8065).")
  private int port = MockOptions.DEFAULT_PORT;

  @Option(names = BIND, paramLabel = "ADDRESS", description = "Address to bind (default: 127.0.0.1).")
  private String bind = MockOptions.DEFAULT_BIND_ADDRESS;

  @Option(
      names = ROOT_DIR,
      paramLabel = "DIR",
      description = "WireMock root directory (mappings/, __files/, sessions.json). Default: ./mocks if it exists,"
          + " else the copy inside the jar.")
  private String rootDir;

  @Option(
      names = DOWNLOAD_EXPORT_RESULTS,
      description = "Allow export downloads from the start (DownloadExportResults; default: off, downloads give 501).")
  private boolean downloadExportResults;

  @Option(
      names = WORKER_SIMULATION,
      description = "Simulate the job server's workers: pending jobs are claimed, progress and succeed.")
  private boolean workerSimulation;

  @Option(
      names = WORKER_STEP_MS,
      paramLabel = "MS",
      description = "Milliseconds between two simulated worker steps (default: 500).")
  private long workerStepMs = 500;

  @Option(
      names = JOURNAL_SIZE,
      paramLabel = "N",
      description = "Requests kept in WireMock's request journal; 0 disables it (default: 1000).")
  private int journalSize = MockOptions.DEFAULT_JOURNAL_SIZE;

  @Option(
      names = DATABASE_URL,
      paramLabel = "URL",
      description = "Keep the jobs in this PostgreSQL database, in Mattermost's jobs table:"
          + " postgres://user:password@host:5432/mattermost?sslmode=disable or jdbc:postgresql://... (default: memory).")
  private String databaseUrl;

  @Option(
      names = FILE_STORE_DIR,
      paramLabel = "DIR",
      description = "Keep export files under DIR as a real server's local file driver does (export/<job_id>.zip,"
          + " export_dir folders) (default: memory).")
  private String fileStoreDir;

  @Override
  public Integer call() {
    MockOptions options = options();
    JobsMockServer server;
    try {
      server = new JobsMockServer(options).start();
    } catch (RuntimeException e) {
      // FatalStartupException (port taken), MappingFileException (a broken mapping), a bad sessions.json
      spec.commandLine().getErr().println("The mock could not start on " + bind + ":" + port + ": " + e.getMessage());
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "jobs-mock-shutdown"));
    spec.commandLine().getOut().println(LISTENING + server.baseUrl());
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** The options as a record; a value the record refuses is a usage error (exit code 2), like a malformed one. */
  private MockOptions options() {
    if (rootDir != null && !Files.isDirectory(Path.of(rootDir))) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Invalid value for option '" + ROOT_DIR + "': '" + rootDir + "' is not a directory");
    }
    try {
      return new MockOptions(
          port,
          bind,
          rootDir,
          downloadExportResults,
          workerSimulation,
          Duration.ofMillis(workerStepMs),
          journalSize,
          storage());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private StorageOptions storage() {
    try {
      return StorageOptions.of(databaseUrl, fileStoreDir);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Invalid value for option '" + DATABASE_URL + "': " + e.getMessage(), e);
    }
  }
}
