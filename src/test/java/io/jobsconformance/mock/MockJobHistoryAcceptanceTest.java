package io.jobsconformance.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /__admin/jobs/{id}/history} over HTTP: off by default (409), switched on per namespace with
 * {@code PUT /__admin/jobs/settings {"record_history": true}}; each change is attributed to the {@code X-Request-Id}
 * of the API answer that made it, or to {@code "admin"}; refused requests leave nothing; reset forgets it all.
 */
class MockJobHistoryAcceptanceTest {
  @RegisterExtension
  static final RunningMock mock = RunningMock.perClass();

  private static RequestSpecification admin(String namespace) {
    return mock.admin().header("X-Mock-Namespace", namespace);
  }

  private static RequestSpecification api(String namespace) {
    return mock.api("admin-token").header("X-Mock-Namespace", namespace);
  }

  private static void recordHistory(String namespace) {
    admin(namespace).body("{\"record_history\":true}").put("/__admin/jobs/settings").then().statusCode(200)
        .body("record_history", equalTo(true));
  }

  private static JsonPath history(String namespace, String id) {
    return admin(namespace).get("/__admin/jobs/" + id + "/history").then().statusCode(200)
        .contentType("application/json").extract().jsonPath();
  }

  @Test
  void recordingIsOffByDefaultAndAskingThenIsAConflictThatSaysHowToSwitchItOn() {
    admin("history-off").get("/__admin/jobs/settings").then().statusCode(200).body("record_history", equalTo(false));
    String id = admin("history-off").body("{}").post("/__admin/jobs").then().statusCode(201).extract().path("id");

    admin("history-off").get("/__admin/jobs/" + id + "/history").then().statusCode(409)
        .body("error", containsString("PUT /__admin/jobs/settings {\"record_history\": true}"));
  }

  @Test
  void eachChangeNamesTheRequestThatMadeIt() {
    recordHistory("history-causes");
    Response created =
        api("history-causes").contentType("application/json").body("{\"type\":\"data_retention\"}")
            .post("/api/v4/jobs").then().statusCode(201).extract().response();
    String id = created.path("id");
    admin("history-causes").body("{\"action\":\"claim\"}").post("/__admin/jobs/" + id + "/worker").then()
        .statusCode(200);
    Response canceled = api("history-causes").post("/api/v4/jobs/" + id + "/cancel").then().statusCode(200)
        .extract().response();

    JsonPath history = history("history-causes", id);

    assertThat(history.getList("status")).containsExactly("pending", "in_progress", "cancel_requested");
    assertThat(history.getList("cause"))
        .containsExactly(created.header("X-Request-Id"), "admin", canceled.header("X-Request-Id"));
    assertThat(history.getList("progress", Integer.class)).containsExactly(0, 0, 0);
    List<Long> at = history.getList("at", Long.class);
    assertThat(at).isSorted().allSatisfy(t -> assertThat(t).isPositive());
  }

  @Test
  void aRefusedRequestLeavesNoEntry() {
    recordHistory("history-refused");
    String id =
        admin("history-refused").body("{\"type\":\"data_retention\",\"status\":\"success\"}").post("/__admin/jobs")
            .then().statusCode(201).extract().path("id");

    api("history-refused").post("/api/v4/jobs/" + id + "/cancel").then().statusCode(500);
    api("history-refused").contentType("application/json").body("{\"status\":\"pending\"}")
        .patch("/api/v4/jobs/" + id + "/status").then().statusCode(400);
    mock.api("user-token").header("X-Mock-Namespace", "history-refused").contentType("application/json")
        .body("{\"status\":\"pending\",\"force\":true}").patch("/api/v4/jobs/" + id + "/status").then()
        .statusCode(403);

    assertThat(history("history-refused", id).getList("status")).containsExactly("success");
  }

  @Test
  void anUnknownJobIsA404() {
    recordHistory("history-unknown");

    admin("history-unknown").get("/__admin/jobs/ybndrfg8ejkmcpqxot1uwisza3/history").then().statusCode(404)
        .body("error", containsString("ybndrfg8ejkmcpqxot1uwisza3"));
  }

  @Test
  void resetForgetsTheHistoryAndSwitchesRecordingOff() {
    recordHistory("default");
    String id = mock.admin().body("{}").post("/__admin/jobs").then().statusCode(201).extract().path("id");
    assertThat(history("default", id).getList("status")).containsExactly("pending");

    mock.admin().delete("/__admin/jobs").then().statusCode(200);

    mock.admin().get("/__admin/jobs/settings").then().body("record_history", equalTo(false));
    recordHistory("default");
    mock.admin().get("/__admin/jobs/" + id + "/history").then().statusCode(404);
    mock.admin().delete("/__admin/jobs").then().statusCode(200);
  }

  @Test
  void recordingIsPerNamespace() {
    recordHistory("history-on");
    String on = admin("history-on").body("{}").post("/__admin/jobs").then().statusCode(201).extract().path("id");
    String off = admin("history-elsewhere").body("{}").post("/__admin/jobs").then().statusCode(201).extract()
        .path("id");

    assertThat(history("history-on", on).getList("cause")).containsExactly("admin");
    admin("history-elsewhere").get("/__admin/jobs/" + off + "/history").then().statusCode(409);
  }
}
