package io.jobsconformance.cli;

import groovy.lang.GroovyShell;

/**
 * Runs Groovy's one-time scan of its default imports before the suite starts. That scan
 * ({@code org.codehaus.groovy.vmplugin.v9.ClassFinder}, reached by REST Assured's first path expression) opens a
 * zip file system on every jar it looks into, the jobs-conformance jar included, and closes it again. Cucumber does
 * the same, under its own lock only, each time a parallel worker thread loads the glue from the jar; when the two
 * overlap, Cucumber's {@code FileSystems.newFileSystem} throws {@code FileSystemAlreadyExistsException} and that
 * worker's scenario fails without having run. Under Maven the glue is a directory and this never happens; from the
 * single shaded jar it did, for a few scenarios in a thousand. Doing Groovy's scan first, on one thread, removes the
 * overlap: the result is cached for the JVM's life.
 */
final class JarFileSystemWarmUp {
  private JarFileSystemWarmUp() {}

  static void run() {
    new GroovyShell().evaluate("[1, 2].sum()");
  }
}
