package io.jobsconformance.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasLength;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The control plane under {@code /__admin/jobs}, over HTTP: each route's success and its refusals. */
class MockAdminApiAcceptanceTest {
  private static final String ID = "ybndrfg8ejkmcpqxot1uwisza3";
  @RegisterExtension
  static final RunningMock mock = RunningMock.perClass();

  @BeforeEach
  void reset() {
    mock.admin().delete("/__admin/jobs").then().statusCode(200);
    mock.admin().delete("/__admin/jobs/sessions").then().statusCode(200);
  }

  private static Response seed(String json) {
    return mock.admin().body(json).post("/__admin/jobs");
  }

  @Test
  void aSeededJobIsStoredVerbatimAndServedByTheApiByteForByte() {
    String json =
        "{\"id\":\"" + ID + "\",\"type\":\"data_retention\",\"priority\":2,\"create_at\":1000,\"start_at\":1001,"
            + "\"last_activity_at\":1002,\"status\":\"in_progress\",\"progress\":42,\"data\":{\"k\":\"v\"}}";

    String seeded = seed(json).then().statusCode(201).contentType("application/json").extract().asString();

    assertThat(seeded).isEqualTo(json + "\n");
    assertThat(mock.api("admin-token").get("/api/v4/jobs/" + ID).then().statusCode(200).extract().asString())
        .isEqualTo(seeded);
    assertThat(mock.admin().get("/__admin/jobs/" + ID).then().statusCode(200).extract().asString()).isEqualTo(seeded);
  }

  @Test
  void aSeedNeedsNoFieldAndKeepsAnyStatusAndType() {
    Response empty = seed("{}").then().statusCode(201).extract().response();
    Response odd = seed("{\"type\":\"no_such_type\",\"status\":\"\"}").then().statusCode(201).extract().response();

    assertThat(empty.jsonPath().getString("id")).hasSize(26);
    assertThat(empty.jsonPath().getString("status")).isEqualTo("pending");
    assertThat(empty.jsonPath().getLong("create_at")).isPositive();
    assertThat(odd.jsonPath().getString("status")).isEmpty();
    assertThat(odd.jsonPath().getString("type")).isEqualTo("no_such_type");
  }

  @Test
  void badSeedsAre400sWithAClearMessage() {
    seed("{\"type\":").then().statusCode(400).body("error", containsString("not valid JSON"));
    seed("{\"progress\":\"half\"}").then().statusCode(400).body("error", containsString("\"progress\" must be an integer"));
    seed("{\"colour\":\"red\"}").then().statusCode(400).body("error", containsString("unknown field [colour]"));
    seed("").then().statusCode(400).body("error", containsString("the request body is empty"));
    seed("null").then().statusCode(400).body("error", containsString("must be a JSON object"));
    assertThat(mock.api("admin-token").get("/api/v4/jobs").then().statusCode(200).extract().asString()).isEqualTo("null");
  }

  @Test
  void seedingAnIdTwiceIsA409() {
    seed("{\"id\":\"" + ID + "\"}").then().statusCode(201);

    seed("{\"id\":\"" + ID + "\"}").then().statusCode(409).body("error", containsString(ID));
  }

  @Test
  void anUnknownJobIs404OnTheAdminApi() {
    mock.admin().get("/__admin/jobs/" + ID).then().statusCode(404).body("error", equalTo("no job with id '" + ID + "'"));
    mock.admin().body("{\"action\":\"claim\"}").post("/__admin/jobs/" + ID + "/worker").then().statusCode(404);
  }

  @Test
  void deletingRemovesJobsAndExportFilesAndRestoresTheSettings() {
    seed("{\"id\":\"" + ID + "\",\"type\":\"message_export\",\"data\":{\"is_downloadable\":\"true\"}}");
    mock.admin().body(new byte[] {1, 2}).put("/__admin/jobs/exports/export/" + ID + ".zip").then().statusCode(200);
    mock.admin().body("{\"download_export_results\":true}").put("/__admin/jobs/settings").then().statusCode(200);

    mock.admin().delete("/__admin/jobs").then().statusCode(200).body("status", equalTo("OK"));

    mock.api("admin-token").get("/api/v4/jobs/" + ID).then().statusCode(404);
    mock.admin().get("/__admin/jobs/settings").then().body("download_export_results", equalTo(false));
    seed("{\"id\":\"" + ID + "\",\"type\":\"message_export\",\"data\":{\"is_downloadable\":\"true\"}}");
    mock.admin().body("{\"download_export_results\":true}").put("/__admin/jobs/settings");
    mock.api("admin-token").get("/api/v4/jobs/" + ID + "/download").then().statusCode(404);
  }

  @Test
  void workerActionsDriveAJobThroughItsLife() {
    seed("{\"id\":\"" + ID + "\",\"type\":\"data_retention\"}");
    String worker = "/__admin/jobs/" + ID + "/worker";

    mock.admin().body("{\"action\":\"claim\"}").post(worker).then().statusCode(200).body("status", equalTo("in_progress"));
    mock.admin().body("{\"action\":\"progress\",\"progress\":50}").post(worker).then().statusCode(200)
        .body("progress", equalTo(50));
    mock.admin().body("{\"action\":\"error\",\"error\":\"disk full\"}").post(worker).then().statusCode(200)
        .body("status", equalTo("error")).body("progress", equalTo(-1)).body("data.error", equalTo("disk full"));
    mock.admin().body("{\"action\":\"pending\"}").post(worker).then().statusCode(200).body("status", equalTo("pending"));
  }

  @Test
  void badWorkerRequestsAre400AndImpossibleOnesAre409() {
    seed("{\"id\":\"" + ID + "\",\"type\":\"data_retention\"}");
    String worker = "/__admin/jobs/" + ID + "/worker";

    mock.admin().body("{\"action\":\"finish\"}").post(worker).then().statusCode(400)
        .body("error", containsString("unknown worker action 'finish'; expected one of claim, progress"));
    mock.admin().body("{}").post(worker).then().statusCode(400).body("error", containsString("\"action\""));
    mock.admin().body("{\"action\":\"claim\",\"progress\":true}").post(worker).then().statusCode(400);
    mock.admin().body("{\"action\":\"progress\",\"progress\":10}").post(worker).then().statusCode(409)
        .body("error", containsString("is 'pending', not 'in_progress'"));
  }

  @Test
  void settingsAreReadAndChangedPartially() {
    mock.admin().get("/__admin/jobs/settings").then().statusCode(200)
        .body("download_export_results", equalTo(false)).body("enable_developer", equalTo(false))
        .body("store_failure", equalTo(false));

    mock.admin().body("{\"enable_developer\":true}").put("/__admin/jobs/settings").then().statusCode(200)
        .body("enable_developer", equalTo(true)).body("download_export_results", equalTo(false));
    mock.admin().body("{\"download_export_results\":true}").put("/__admin/jobs/settings").then().statusCode(200)
        .body("enable_developer", equalTo(true)).body("download_export_results", equalTo(true));

    mock.admin().body("{\"download_export_results\":1}").put("/__admin/jobs/settings").then().statusCode(400)
        .body("error", containsString("must be true or false"));
    mock.admin().body("{\"store_failures\":true}").put("/__admin/jobs/settings").then().statusCode(400)
        .body(
            "error",
            containsString("known fields: [download_export_results, enable_developer, record_history, store_failure]"));
  }

  @Test
  void theStoreFailureSwitchMakesTheApiAnswerLikeADatabaseOutage() {
    mock.admin().body("{\"store_failure\":true}").put("/__admin/jobs/settings").then().statusCode(200);

    mock.api("admin-token").get("/api/v4/jobs/" + ID).then().statusCode(500);
  }

  @Test
  void anExportFilePutInPlaceIsWhatTheDownloadServes() {
    byte[] zip = {'P', 'K', 5, 6, 0, 0};
    seed("{\"id\":\"" + ID + "\",\"type\":\"message_export\",\"data\":{\"is_downloadable\":\"true\"}}");
    mock.admin().body("{\"download_export_results\":true}").put("/__admin/jobs/settings");

    mock.admin().body(zip).put("/__admin/jobs/exports/export/" + ID + ".zip").then().statusCode(200)
        .body("path", equalTo("export/" + ID + ".zip")).body("size", equalTo(6));

    byte[] served =
        mock.api("admin-token").get("/api/v4/jobs/" + ID + "/download").then().statusCode(200)
            .contentType("application/zip").extract().asByteArray();
    assertThat(served).isEqualTo(zip);
  }

  @Test
  void anUnreadableExportFileBreaksTheDownload() {
    seed("{\"id\":\"" + ID + "\",\"type\":\"message_export\",\"data\":{\"is_downloadable\":\"true\"}}");
    mock.admin().body("{\"download_export_results\":true}").put("/__admin/jobs/settings");

    mock.admin().body("x").put("/__admin/jobs/exports/export/" + ID + ".zip?unreadable=true").then().statusCode(200)
        .body("unreadable", equalTo(true));

    mock.api("admin-token").get("/api/v4/jobs/" + ID + "/download").then().statusCode(500);
  }

  @Test
  void exportPathsThatAreAbsoluteClimbOutOrHaveEmptySegmentsAre400() {
    mock.admin().body("x").put("/__admin/jobs/exports/%2Fetc%2Fpasswd").then().statusCode(400)
        .body("error", containsString("is absolute"));
    mock.admin().body("x").put("/__admin/jobs/exports/export/%2e%2e/x").then().statusCode(400)
        .body("error", containsString("'..' segment"));
    mock.admin().body("x").put("/__admin/jobs/exports/export/%2Fx").then().statusCode(400)
        .body("error", containsString("empty"));
    mock.admin().body("x").put("/__admin/jobs/exports/").then().statusCode(400).body("error", containsString("empty"));
    mock.admin().body("x").put("/__admin/jobs/exports/a.zip?unreadable=maybe").then().statusCode(400)
        .body("error", containsString("\"unreadable\" must be true or false"));
  }

  @Test
  void anAddedSessionWorksAtOnceAndItsCsrfTokenIsReturned() {
    mock.admin().body("{\"token\":\"tester\",\"roles\":\"system_user system_manager\",\"csrf\":\"c1\"}")
        .post("/__admin/jobs/sessions").then().statusCode(201)
        .body("token", equalTo("tester")).body("csrf", equalTo("c1")).body("roles", equalTo("system_user system_manager"))
        .body("is_oauth", equalTo(false));
    mock.admin().body("{\"token\":\"reader\",\"permissions\":[\"read_data_retention_job\"]}")
        .post("/__admin/jobs/sessions").then().statusCode(201)
        .body("permissions", equalTo(List.of("read_data_retention_job"))).body("csrf", hasLength(26));

    mock.api("tester").get("/api/v4/jobs/type/elasticsearch_post_indexing").then().statusCode(200);
    mock.api("reader").get("/api/v4/jobs/type/data_retention").then().statusCode(200);
    mock.api("reader").get("/api/v4/jobs/type/ldap_sync").then().statusCode(403);
  }

  @Test
  void resettingSessionsForgetsAddedOnesAndKeepsTheDefaults() {
    mock.admin().body("{\"token\":\"temp\",\"roles\":\"system_admin\"}").post("/__admin/jobs/sessions");

    mock.admin().delete("/__admin/jobs/sessions").then().statusCode(200);

    mock.api("temp").get("/api/v4/jobs").then().statusCode(401);
    mock.api("admin-token").get("/api/v4/jobs").then().statusCode(200);
  }

  @Test
  void badSessionsAre400() {
    mock.admin().body("{\"token\":\"t\",\"roles\":\"root\"}").post("/__admin/jobs/sessions").then().statusCode(400)
        .body("error", containsString("unknown role 'root'"));
    mock.admin().body("{\"token\":\"t\",\"permissions\":[\"fly\"]}").post("/__admin/jobs/sessions").then()
        .statusCode(400).body("error", containsString("unknown permission 'fly'"));
    mock.admin().body("{\"token\":\"t\"}").post("/__admin/jobs/sessions").then().statusCode(400)
        .body("error", containsString("exactly one of"));
  }

  @Test
  void bulkSeedingStoresManyJobsInOneRequest() {
    mock.admin().body(Map.of("count", 5000, "type", "data_retention", "status", "success", "create_at", 1_000_000,
            "create_at_step", 1))
        .post("/__admin/jobs/bulk").then().statusCode(201).body("created", equalTo(5000));

    Response page = mock.api("admin-token").queryParam("per_page", 200).get("/api/v4/jobs/type/data_retention");
    assertThat(page.jsonPath().getList("create_at", Long.class)).hasSize(200).first().isEqualTo(1_004_999L);
    mock.admin().body("{\"count\":0,\"type\":\"x\"}").post("/__admin/jobs/bulk").then().statusCode(400)
        .body("error", containsString("between 1 and 2000000"));
  }

  @Test
  void anUnknownRouteOrMethodUnderTheControlPlaneIs404() {
    mock.admin().patch("/__admin/jobs").then().statusCode(404);
    mock.admin().get("/__admin/jobs/" + ID + "/nothing").then().statusCode(404);
  }
}
