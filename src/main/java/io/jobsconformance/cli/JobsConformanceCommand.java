package io.jobsconformance.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level command: only subcommands, {@code mock} (the mock server) and {@code run} (the conformance suite).
 * Picocli answers a bad option with the message and usage on stderr and exit code 2, {@code --help} and
 * {@code --version} with exit code 0.
 */
@Command(
    name = "jobs-conformance",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Conformance suite and stateful mock server for the Mattermost Jobs REST API.",
    subcommands = {MockCommand.class, RunCommand.class})
public final class JobsConformanceCommand implements Runnable {
  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  public static CommandLine commandLine() {
    return new CommandLine(new JobsConformanceCommand());
  }

  /** Without a subcommand there is nothing to do: say which exist, as a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing subcommand: give one of " + spec.subcommands().keySet());
  }
}
