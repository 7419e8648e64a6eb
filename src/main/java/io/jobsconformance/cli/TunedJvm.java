package io.jobsconformance.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

/**
 * Runs {@code mock} in a JVM sized for a long-running mock. On a server-class machine a plain {@code java -jar} gets G1
 * with a heap of up to a quarter of RAM, which a busy mock inflates to gigabytes of resident memory while its live
 * data is a few megabytes. So {@code java -jar jobs-conformance.jar mock} relaunches itself once with the parallel
 * collector and a fixed 128 MiB young generation: under full load that measured about 300 MiB resident instead of
 * 1.5 GiB, at the same throughput (the serial collector with a heap kept near the live set was smaller still but
 * halved throughput by collecting every few milliseconds). The old generation is kept within 40% free after a full
 * collection: left to itself the collector grows it to avoid full collections, which with a million jobs stored left
 * 1 GB committed for 300 MB of live jobs; with the cap it stays near 1.7 times the live set at the same throughput
 * (docs/performance.md). The cap alone shrank a small store's old generation to 30 MB, collected several times a
 * second; the 256 MiB initial heap is the floor it does not shrink below. The second JVM maps a class-data archive of
 * its own classes ({@link ClassArchive}) so that it still starts sooner than one plain start. It relaunches unless
 * the user chose heap or GC options, set {@value #OPT_OUT}=as-is, or runs from classes rather than the jar. The
 * relaunched JVM stops with its parent: SIGTERM to the parent stops the child, and a child whose parent died stops
 * itself.
 */
final class TunedJvm {
  static final String OPT_OUT = "JOBS_MOCK_JVM";
  static final String CHILD_MARKER = "JOBS_CONFORMANCE_TUNED_JVM";
  static final List<String> OPTIONS =
      List.of("-XX:+UseParallelGC", "-Xmn128m", "-Xms256m", "-Xmx2g", "-XX:MaxHeapFreeRatio=40");
  private static final Set<String> INFO_FLAGS = Set.of("-h", "--help", "-V", "--version");

  private TunedJvm() {}

  /** Whether {@code args} should run in a relaunched, tuned JVM rather than in this one. */
  static boolean shouldRelaunch(String[] args, List<String> jvmArguments, Map<String, String> env, Optional<Path> jar) {
    boolean mock = args.length > 0 && "mock".equals(args[0]) && Arrays.stream(args).noneMatch(INFO_FLAGS::contains);
    boolean userTuned =
        jvmArguments.stream()
            .anyMatch(a -> a.startsWith("-Xmx") || a.startsWith("-Xms") || a.startsWith("-XX:MaxRAM")
                || (a.startsWith("-XX:+Use") && a.endsWith("GC")));
    return mock && jar.isPresent() && !userTuned && !env.containsKey(CHILD_MARKER) && !"as-is".equals(env.get(OPT_OUT));
  }

  /** The jar this class was loaded from, if it was loaded from a jar. */
  static Optional<Path> ownJar() {
    try {
      Path location = Path.of(TunedJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return Optional.empty();
    }
  }

  /** Runs the command in the tuned JVM, passing output through, and returns its exit code. */
  static int relaunch(Path jar, String[] args) throws IOException, InterruptedException {
    // A mock that stopped at once (a bad option, a port in use) recorded too few classes to be worth keeping.
    return relaunch(jar, args, "mock", OPTIONS, exitCode -> exitCode == 0 || exitCode > 128);
  }

  /**
   * Runs the command in a JVM with {@code jvmOptions} and the class archive called {@code archiveName}, passing
   * output through, and returns its exit code; a freshly recorded archive is kept when {@code worthKeeping} the
   * exit code.
   */
  static int relaunch(Path jar, String[] args, String archiveName, List<String> jvmOptions, IntPredicate worthKeeping)
      throws IOException, InterruptedException {
    Optional<ClassArchive> archive = ClassArchive.forJar(jar, archiveName);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    archive.ifPresent(a -> command.addAll(a.jvmOptions()));
    command.add("-cp");
    command.add(jar.toString());
    command.add(Main.class.getName());
    command.addAll(Arrays.asList(args));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().put(CHILD_MARKER, "1");
    Process child = builder.start();
    Thread stopChild =
        new Thread(
            () -> {
              child.destroy();
              try {
                if (!child.waitFor(15, TimeUnit.SECONDS)) {
                  child.destroyForcibly();
                }
              } catch (InterruptedException e) {
                child.destroyForcibly();
              }
              archive.ifPresent(ClassArchive::adoptRecorded);
            },
            "stop-tuned-jvm");
    Runtime.getRuntime().addShutdownHook(stopChild);
    int exitCode = child.waitFor();
    try {
      Runtime.getRuntime().removeShutdownHook(stopChild);
    } catch (IllegalStateException shuttingDown) {
      // We were signalled: the hook has stopped the child and tidies up; this JVM ends with the signal's status.
      return exitCode;
    }
    archive.ifPresent(worthKeeping.test(exitCode) ? ClassArchive::adoptRecorded : ClassArchive::discardRecorded);
    return exitCode;
  }

  /** In a relaunched JVM: stop when the parent is gone, so no orphan keeps the port. */
  static void followParent(Map<String, String> env) {
    if (env.containsKey(CHILD_MARKER)) {
      ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(143)));
    }
  }
}
