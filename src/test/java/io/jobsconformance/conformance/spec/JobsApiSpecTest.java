package io.jobsconformance.conformance.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The spec in {@code openapi/jobs-api.yaml} must be the published one, uncorrected: the seed's paths verbatim and the
 * components of definitions.yaml (behaviour reference §7.1), so that every departure is recorded in the departure
 * list and never fixed quietly in the spec.
 */
class JobsApiSpecTest {

  private static final ObjectMapper YAML = new YAMLMapper();

  private final String spec = SpecValidator.readSpec();
  private final JsonNode tree = readTree(spec);

  @Test
  void theSpecParsesWithoutMessages() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(spec, null, options);

    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getPaths()).hasSize(6);
  }

  @Test
  void itsPathsAreTheSeedPathsAsYamlTrees() {
    assertThat(tree.get("paths")).isEqualTo(readTree(seed()));
  }

  @Test
  void itsPathsAreTheSeedTextVerbatim() {
    assertThat(spec).contains("\npaths:\n" + seed());
  }

  @Test
  void itKeepsThePublishedSlips() {
    JsonNode getJobs = tree.at("/paths/~1api~1v4~1jobs/get");
    assertThat(getJobs.at("/parameters/1/name").asText()).isEqualTo("per_page");
    assertThat(getJobs.at("/parameters/1/schema/default").asInt()).isEqualTo(5);
    assertThat(tree.get("paths").has("/api/v4/jobs/type/{type}")).isTrue();
    assertThat(fieldNames(tree.at("/paths/~1api~1v4~1jobs~1{job_id}~1download/get/responses")))
        .containsExactly("400", "401", "403", "404");
  }

  @Test
  void itsHeaderIsIntroductionYaml() {
    assertThat(tree.get("openapi").asText()).isEqualTo("3.0.0");
    assertThat(tree.at("/info/title").asText()).isEqualTo("Mattermost Jobs API");
    assertThat(tree.at("/info/version").asText()).isNotBlank();
    assertThat(tree.at("/servers/0/url").asText()).isEqualTo("{your-mattermost-url}");
    assertThat(tree.at("/servers/0/variables/your-mattermost-url/default").asText()).isEqualTo("http://localhost:8065");
    assertThat(tree.at("/tags/0/name").asText()).isEqualTo("jobs");
    assertThat(tree.at("/tags/0/description").asText()).isEqualTo(
        "Endpoints related to various background jobs that can be run by the server or separately by job servers.");
  }

  @Test
  void itsSecurityIsBearerAuthEverywhere() {
    assertThat(tree.at("/components/securitySchemes/bearerAuth"))
        .isEqualTo(YAML.createObjectNode().put("type", "http").put("scheme", "bearer"));
    assertThat(tree.get("security")).isEqualTo(readTree("- bearerAuth: []"));
  }

  @Test
  void itsResponsesAreDefinitionsYamlVerbatim() {
    Map<String, String> descriptions = Map.of(
        "Forbidden", "Do not have appropriate permissions",
        "Unauthorized", "No access token provided",
        "BadRequest", "Invalid or missing parameters in URL or request body",
        "NotFound", "Resource not found",
        "TooLarge", "Content too large",
        "NotImplemented", "Feature is disabled",
        "TooManyRequests", "Too many requests",
        "InternalServerError", "Something went wrong with the server",
        "BadGateway", "Bad gateway");
    JsonNode responses = tree.at("/components/responses");

    assertThat(fieldNames(responses)).containsExactlyInAnyOrderElementsOf(descriptions.keySet());
    descriptions.forEach((name, description) -> assertThat(responses.get(name)).isEqualTo(readTree(
        "description: " + description + "\ncontent:\n  application/json:\n    schema:\n"
            + "      $ref: \"#/components/schemas/AppError\"\n")));
  }

  @Test
  void itsSchemasAreDefinitionsYamlVerbatim() {
    JsonNode schemas = tree.at("/components/schemas");

    assertThat(fieldNames(schemas)).containsExactly("StatusOK", "AppError", "Job");
    assertThat(fieldNames(schemas.at("/AppError/properties")))
        .containsExactly("status_code", "id", "message", "request_id");
    assertThat(fieldNames(schemas.at("/Job/properties"))).containsExactly(
        "id", "type", "create_at", "start_at", "last_activity_at", "status", "progress", "data");
    assertThat(schemas.at("/Job/properties/create_at/format").asText()).isEqualTo("int64");
    assertThat(schemas.at("/Job/properties/progress").has("format")).isFalse();
    assertThat(schemas.at("/StatusOK/properties/status/description").asText())
        .isEqualTo("Will contain \"ok\" if the request was successful and there was nothing else to return");
    assertThat(schemas.findValues("required")).isEmpty();
    assertThat(schemas.findValues("additionalProperties")).isEmpty();
  }

  private static String seed() {
    try (InputStream in = JobsApiSpecTest.class.getClassLoader().getResourceAsStream("seed/jobs.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode readTree(String yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
