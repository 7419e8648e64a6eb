package io.jobsconformance.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs {@code run} in a second JVM that maps a class-data archive ({@link ClassArchive} "run"), as the mock does.
 * A run loads some 11,000 classes, nearly all of them from this jar, and in a one-scenario run loading and
 * initialising them is most of the wall time (docs/performance.md); the archive takes most of that away at the price
 * of one small extra JVM start. The first run of a jar records the archive when it exits. The JVM options the user
 * gave pass on to the second JVM, except that nothing relaunches when they attach an agent or debugger (it would
 * be attached twice) or choose class-data sharing themselves, when {@value #OPT_OUT}=as-is, or from classes.
 */
final class ArchivedRun {
  static final String OPT_OUT = "JOBS_RUN_JVM";
  private static final Set<String> INFO_FLAGS = Set.of("-h", "--help", "-V", "--version");
  private static final List<String> OWN_CHOICE = List.of(
      "-agentlib", "-agentpath", "-javaagent", "-Xrun", "-Xdebug", "-Xshare", "-XX:SharedArchiveFile",
      "-XX:ArchiveClassesAtExit", "-XX:DumpLoadedClassList", "-XX:SharedClassListFile");

  private ArchivedRun() {}

  static boolean shouldRelaunch(String[] args, List<String> jvmArguments, Map<String, String> env, Optional<Path> jar) {
    boolean run = args.length > 0 && "run".equals(args[0]) && Arrays.stream(args).noneMatch(INFO_FLAGS::contains);
    boolean ownChoice = jvmArguments.stream().anyMatch(a -> OWN_CHOICE.stream().anyMatch(a::startsWith));
    return run && jar.isPresent() && !ownChoice && !env.containsKey(TunedJvm.CHILD_MARKER)
        && !"as-is".equals(env.get(OPT_OUT));
  }

  /** The run in the archived JVM; a recorded archive is kept when the suite ran (exit code 0 or 1). */
  static int relaunch(Path jar, String[] args, List<String> jvmArguments) throws IOException, InterruptedException {
    return TunedJvm.relaunch(jar, args, "run", jvmArguments, exitCode -> exitCode == 0 || exitCode == 1);
  }
}
