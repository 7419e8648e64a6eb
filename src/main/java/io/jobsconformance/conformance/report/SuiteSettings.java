package io.jobsconformance.conformance.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Cucumber engine's configuration for a run that writes its reports into a given directory: the same glue,
 * plugins and naming as {@code src/test/resources/junit-platform.properties} gives {@code mvn test}, so the
 * packaged {@code run} command produces the same reports without that test resource. A test keeps the two equal.
 */
public final class SuiteSettings {
  public static final String GLUE = "io.jobsconformance.conformance.steps";
  public static final String HTML = "cucumber.html";
  public static final String JSON = "cucumber.json";
  public static final String NDJSON = "cucumber.ndjson";
  public static final String JUNIT_XML = "cucumber-junit.xml";
  static final String ALLURE_PLUGIN = "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm";

  private SuiteSettings() {}

  /** Glue, plugins and output settings; parallelism, order and tags are the caller's. */
  public static Map<String, String> forReports(String reportsDir) {
    String dir = reportsDir.replace('\\', '/').replaceAll("/+$", "");
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("cucumber.glue", GLUE);
    settings.put("cucumber.plugin", String.join(", ",
        "html:" + dir + "/" + HTML,
        "json:" + dir + "/" + JSON,
        "message:" + dir + "/" + NDJSON,
        "junit:" + dir + "/" + JUNIT_XML,
        ALLURE_PLUGIN,
        ConformanceSummaryPlugin.class.getName() + ":" + dir));
    settings.put("cucumber.publish.quiet", "true");
    settings.put("cucumber.ansi-colors.disabled", "true");
    settings.put("cucumber.junit-platform.naming-strategy", "long");
    settings.put("cucumber.execution.parallel.enabled", "true");
    return settings;
  }

  /** As {@link #forReports(String)}, for a directory. */
  public static Map<String, String> forReports(Path reportsDir) {
    return forReports(reportsDir.toString());
  }
}
