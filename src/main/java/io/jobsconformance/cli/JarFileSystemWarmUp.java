package io.jobsconformance.cli;

/**
 * Runs Groovy's one-time scan of its default imports before the suite starts. That scan
 * ({@code org.codehaus.groovy.vmplugin.v9.ClassFinder}, reached by REST Assured's first path expression) opens a
 * zip file system on every jar it looks into, the jobs-conformance jar included, and closes it again. Cucumber does
 * the same, under its own lock only, each time a parallel worker thread loads the glue from the jar; when the two
 * overlap, Cucumber's {@code FileSystems.newFileSystem} throws {@code FileSystemAlreadyExistsException} and that
 * worker's scenario fails without having run. Under Maven the glue is a directory and this never happens; from the
 * single shaded jar it did, for a few scenarios in a thousand. Doing Groovy's scan first, on one thread, removes the
 * overlap: the result is cached for the JVM's life.
 *
 * <p>The scan runs in the static initialiser of Groovy's {@code ResolveVisitor} (it fills the default-import cache
 * from {@code VMPluginFactory.getPlugin().getDefaultImportClasses}), so initialising that class is enough. Compiling a
 * throwaway script, as this did first, also loaded Groovy's parser and class generator, which nothing else in a run
 * needs: 1.2 s of a one-scenario run's 8.4 s.
 */
final class JarFileSystemWarmUp {
  private JarFileSystemWarmUp() {}

  private static final String SCANNING_CLASS = "org.codehaus.groovy.control.ResolveVisitor";

  static void run() {
    try {
      Class.forName(SCANNING_CLASS, true, JarFileSystemWarmUp.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("Groovy is not on the class path: " + SCANNING_CLASS, e);
    }
  }
}
