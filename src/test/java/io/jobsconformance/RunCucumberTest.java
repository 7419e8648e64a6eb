package io.jobsconformance;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The conformance suite under {@code mvn test}: Surefire only launches test classes, so this empty {@code @Suite}
 * is what makes it hand {@code features/} (resolved against the project directory, Surefire's working directory)
 * to the Cucumber engine, with the glue, parallelism and report plugins of
 * {@code src/test/resources/junit-platform.properties}. With no {@code MM_BASE_URL} the scenarios run against the
 * embedded mock; the packaged {@code run} command is the same suite without Maven.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
public class RunCucumberTest {}
