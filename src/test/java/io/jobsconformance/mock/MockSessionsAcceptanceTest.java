package io.jobsconformance.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tokens of {@code mocks/sessions.json} work out of the box, with the permissions of their roles. */
class MockSessionsAcceptanceTest {
  @RegisterExtension
  static final RunningMock mock = RunningMock.perClass();

  @ParameterizedTest(name = "{0} reading {1} jobs gets {2}")
  @CsvSource({
    "admin-token, data_retention, 200",
    "admin-token, ldap_sync, 200",
    "manager-token, elasticsearch_post_indexing, 200",
    "manager-token, data_retention, 403",
    "readonly-token, data_retention, 200",
    "readonly-token, ldap_sync, 200",
    "user-token, data_retention, 403",
    "usermanager-token, ldap_sync, 200",
    "usermanager-token, data_retention, 403",
    "oauth-admin-token, data_retention, 200",
    "no-such-token, data_retention, 401"
  })
  void eachDefaultTokenReadsWhatItsRolesAllow(String token, String type, int status) {
    mock.api(token).get("/api/v4/jobs/type/" + type).then().statusCode(status);
  }

  @Test
  void onlyTheOAuthTokenMayTravelInTheQueryString() {
    mock.api().get("/api/v4/jobs?access_token=oauth-admin-token").then().statusCode(200);
    mock.api().get("/api/v4/jobs?access_token=admin-token").then().statusCode(401)
        .body("id", equalTo("api.context.token_provided.app_error"));
  }

  @Test
  void aCookieSessionWritesWithItsFixedCsrfToken() {
    mock.api().cookie("MMAUTHTOKEN", "admin-token").header("X-CSRF-Token", "admin-csrf")
        .contentType("application/json").body("{\"type\":\"data_retention\"}").post("/api/v4/jobs").then()
        .statusCode(201);
    mock.api().cookie("MMAUTHTOKEN", "admin-token").header("X-CSRF-Token", "manager-csrf")
        .contentType("application/json").body("{\"type\":\"data_retention\"}").post("/api/v4/jobs").then()
        .statusCode(401);
  }

  @Test
  void publicApiResponsesAreValidatedAgainstThePublishedSpec() {
    int before = RunningMock.checkedResponses();

    mock.api("user-token").get("/api/v4/jobs/type/data_retention").then().statusCode(403);

    assertThat(RunningMock.checkedResponses()).isEqualTo(before + 1);
  }

  @Test
  void theTokenSchemeWorksLikeBearer() {
    mock.api().header("Authorization", "Token admin-token").get("/api/v4/jobs").then().statusCode(200);
  }
}
