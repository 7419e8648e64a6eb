package io.jobsconformance.cli;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine;

/**
 * Turns {@code run}'s {@code --threads} and {@code --order} into the Cucumber JUnit Platform engine's configuration
 * parameters. A random order without a seed gets one chosen here rather than by the engine, which would only log it
 * at a level nobody sees: a failing random run is worth little if it cannot be repeated.
 */
final class SuiteOptions {
  private SuiteOptions() {}

  static Map<String, String> parallelism(CommandLine commandLine, Integer threads) {
    if (threads == null) {
      // Scenarios wait on HTTP most of the time: two per core, as junit-platform.properties sets for mvn test.
      return Map.of(
          "cucumber.execution.parallel.config.strategy", "dynamic",
          "cucumber.execution.parallel.config.dynamic.factor", "2");
    }
    if (threads < 1) {
      throw new CommandLine.ParameterException(commandLine, "--threads must be at least 1, not " + threads);
    }
    return Map.of(
        "cucumber.execution.parallel.config.strategy", "fixed",
        "cucumber.execution.parallel.config.fixed.parallelism", String.valueOf(threads),
        "cucumber.execution.parallel.config.fixed.max-pool-size", String.valueOf(threads));
  }

  static Map<String, String> order(CommandLine commandLine, String order) {
    String[] parts = order.split(":", 2);
    switch (parts[0]) {
      case "file", "lexical":
        return Map.of("cucumber.execution.order", "lexical");
      case "reverse":
        return Map.of("cucumber.execution.order", "reverse");
      case "random":
        long seed;
        try {
          seed = parts.length == 2 ? Long.parseLong(parts[1]) : ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        } catch (NumberFormatException e) {
          throw new CommandLine.ParameterException(commandLine, "--order random:SEED needs a whole number, not " + parts[1]);
        }
        return Map.of("cucumber.execution.order", "random", "cucumber.execution.order.random.seed", String.valueOf(seed));
      default:
        throw new CommandLine.ParameterException(
            commandLine, "--order must be file, reverse, random or random:SEED, not " + order);
    }
  }
}
