package io.jobsconformance.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/** The jar's entry point: {@code java -jar jobs-conformance.jar mock|run ...}; see {@link JobsConformanceCommand}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    // Picocli would otherwise initialise Groovy (on the class path for REST Assured) to look for closures in
    // annotations, which costs the mock a third of a second of startup.
    System.setProperty("picocli.disable.closures", "true");
    Optional<Path> jar = TunedJvm.ownJar();
    List<String> jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
    if (TunedJvm.shouldRelaunch(args, jvmArguments, System.getenv(), jar)) {
      System.exit(TunedJvm.relaunch(jar.orElseThrow(), args));
    }
    if (ArchivedRun.shouldRelaunch(args, jvmArguments, System.getenv(), jar)) {
      System.exit(ArchivedRun.relaunch(jar.orElseThrow(), args, jvmArguments));
    }
    TunedJvm.followParent(System.getenv());
    CommandLine commandLine = JobsConformanceCommand.commandLine();
    int exitCode = commandLine.execute(args);
    // A started mock returns 0 and keeps the JVM alive on its server threads until SIGTERM; anything else ends here,
    // including a finished run, whose embedded mock would otherwise keep the JVM alive.
    if (exitCode != 0 || !servesTheMock(commandLine)) {
      System.exit(exitCode);
    }
  }

  private static boolean servesTheMock(CommandLine commandLine) {
    CommandLine.ParseResult parsed = commandLine.getParseResult();
    return parsed != null
        && parsed.subcommand() != null
        && "mock".equals(parsed.subcommand().commandSpec().name())
        && !parsed.subcommand().isUsageHelpRequested()
        && !parsed.subcommand().isVersionHelpRequested();
  }
}
