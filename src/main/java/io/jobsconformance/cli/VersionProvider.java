package io.jobsconformance.cli;

import picocli.CommandLine.IVersionProvider;

/** The version the jar's manifest carries; a build run from classes (an IDE, tests) has none and says so. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"jobs-conformance " + (version == null ? "(development build)" : version)};
  }
}
