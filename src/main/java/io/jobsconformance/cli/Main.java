package io.jobsconformance.cli;

/** The jar's entry point: {@code java -jar jobs-conformance.jar mock ...}; see {@link JobsConformanceCommand}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int exitCode = JobsConformanceCommand.commandLine().execute(args);
    // A started mock returns 0 and keeps the JVM alive on its server threads until SIGTERM; anything else ends here.
    if (exitCode != 0) {
      System.exit(exitCode);
    }
  }
}
