package io.jobsconformance.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** {@code mvn test} and the packaged {@code run} configure Cucumber alike; only the reports directory may differ. */
class SuiteSettingsTest {
  @Test
  void theRunCommandsSettingsEqualJunitPlatformProperties() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = SuiteSettingsTest.class.getResourceAsStream("/junit-platform.properties")) {
      properties.load(in);
    }
    for (Map.Entry<String, String> setting : SuiteSettings.forReports("reports").entrySet()) {
      String value = properties.getProperty(setting.getKey());
      if (setting.getKey().equals("cucumber.plugin")) {
        assertThat(Arrays.stream(value.split(",")).map(String::strip).toList())
            .containsExactlyElementsOf(Arrays.stream(setting.getValue().split(",")).map(String::strip).toList());
      } else {
        assertThat(value).as(setting.getKey()).isEqualTo(setting.getValue());
      }
    }
  }

  @Test
  void everyReportGoesUnderTheGivenDirectory() {
    assertThat(SuiteSettings.forReports("/tmp/r/").get("cucumber.plugin")).isEqualTo(
        "html:/tmp/r/cucumber.html, json:/tmp/r/cucumber.json, message:/tmp/r/cucumber.ndjson, "
            + "junit:/tmp/r/cucumber-junit.xml, io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm, "
            + "io.jobsconformance.conformance.report.ConformanceSummaryPlugin:/tmp/r");
  }
}
