package io.jobsconformance.mock.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jobsconformance.app.AdminException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonInputTest {
  private static final Set<String> FIELDS = Set.of("name", "count", "flag", "tags", "data");

  private static JsonInput read(String json) {
    return JsonInput.object(json == null ? null : json.getBytes(StandardCharsets.UTF_8), FIELDS);
  }

  private static void refused(String json, String... fragments) {
    assertThatThrownBy(() -> read(json))
        .isInstanceOfSatisfying(AdminException.class, e -> assertThat(e.status()).isEqualTo(400))
        .message()
        .contains(fragments);
  }

  @Test
  void aWellTypedObjectIsReadFieldByField() {
    JsonInput input = read("{\"name\":\"n\",\"count\":7,\"flag\":true,\"tags\":[\"a\"],\"data\":{\"k\":\"v\"}}");

    assertThat(input.string("name")).isEqualTo("n");
    assertThat(input.integer("count")).isEqualTo(7L);
    assertThat(input.bool("flag")).isTrue();
    assertThat(input.stringList("tags")).containsExactly("a");
    assertThat(input.stringMap("data")).isEqualTo(Map.of("k", "v"));
  }

  @Test
  void absentAndNullFieldsAreBothNotGiven() {
    JsonInput input = read("{\"name\":null}");

    assertThat(input.string("name")).isNull();
    assertThat(input.integer("count")).isNull();
    assertThat(input.stringMap("data")).isNull();
  }

  @Test
  void anEmptyBodyIsRefused() {
    refused(null, "the request body is empty");
    refused("", "the request body is empty");
    refused("   ", "the request body is empty");
  }

  @Test
  void malformedJsonIsRefusedWithTheParsersReason() {
    refused("{\"name\":", "not valid JSON");
    refused("{name: 1}", "not valid JSON");
    refused("{} {}", "not valid JSON");
  }

  @Test
  void aDuplicateFieldIsRefused() {
    refused("{\"name\":\"a\",\"name\":\"b\"}", "not valid JSON", "Duplicate field 'name'");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"null|must be a JSON object, got null", "[]|must be a JSON object, got []", "42|got 42"})
  void aBodyThatIsNotAnObjectIsRefused(String json, String message) {
    refused(json, message);
  }

  @Test
  void unknownFieldsAreRefusedAndTheKnownOnesListed() {
    refused("{\"nmae\":\"x\"}", "unknown field [nmae]", "known fields: [count, data, flag, name, tags]");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\":5}|\"name\" must be a string, got 5",
        "{\"count\":\"5\"}|\"count\" must be an integer",
        "{\"count\":1.5}|\"count\" must be an integer",
        "{\"count\":99999999999999999999}|\"count\" must be an integer",
        "{\"flag\":\"true\"}|\"flag\" must be true or false",
        "{\"tags\":\"a\"}|\"tags\" must be an array of strings",
        "{\"tags\":[1]}|\"tags[0]\" must be a string",
        "{\"data\":[]}|\"data\" must be an object of string values",
        "{\"data\":{\"k\":1}}|\"data.k\" must be a string"
      })
  void aFieldOfTheWrongTypeIsRefusedByName(String json, String message) {
    JsonInput input = read(json);
    assertThatThrownBy(
            () -> {
              input.string("name");
              input.integer("count");
              input.bool("flag");
              input.stringList("tags");
              input.stringMap("data");
            })
        .isInstanceOf(AdminException.class)
        .hasMessageContaining(message);
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    assertThatThrownBy(() -> read("{}").requiredString("name"))
        .hasMessage("missing required field \"name\" (a string)");
  }
}
