package io.jobsconformance.mock;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code X-Mock-Namespace}: parallel test runs against one mock do not see each other's jobs, files or settings. */
class MockNamespacesAcceptanceTest {
  private static final String ID = "ybndrfg8ejkmcpqxot1uwisza3";
  private static final String NAMESPACE = "X-Mock-Namespace";
  @RegisterExtension
  static final RunningMock mock = RunningMock.perClass();

  private static RequestSpecification admin(String namespace) {
    return mock.admin().header(NAMESPACE, namespace);
  }

  private static RequestSpecification api(String namespace) {
    return mock.api("admin-token").header(NAMESPACE, namespace);
  }

  @Test
  void aJobSeededInOneNamespaceIsInvisibleInTheOthers() {
    admin("ns-jobs-a").body("{\"id\":\"" + ID + "\",\"type\":\"data_retention\"}").post("/__admin/jobs").then()
        .statusCode(201);

    api("ns-jobs-a").get("/api/v4/jobs/" + ID).then().statusCode(200).body("id", equalTo(ID));
    api("ns-jobs-b").get("/api/v4/jobs/" + ID).then().statusCode(404);
    mock.api("admin-token").get("/api/v4/jobs/" + ID).then().statusCode(404);
    admin("ns-jobs-b").get("/__admin/jobs/" + ID).then().statusCode(404);
  }

  @Test
  void settingsAndExportFilesBelongToTheirNamespace() {
    for (String ns : new String[] {"ns-files-a", "ns-files-b"}) {
      admin(ns).body("{\"id\":\"" + ID + "\",\"type\":\"message_export\",\"data\":{\"is_downloadable\":\"true\"}}")
          .post("/__admin/jobs");
    }
    admin("ns-files-a").body("{\"download_export_results\":true}").put("/__admin/jobs/settings");
    admin("ns-files-a").body(new byte[] {'P', 'K'}).put("/__admin/jobs/exports/export/" + ID + ".zip");
    admin("ns-files-b").body("{\"download_export_results\":true}").put("/__admin/jobs/settings");

    api("ns-files-a").get("/api/v4/jobs/" + ID + "/download").then().statusCode(200);
    api("ns-files-b").get("/api/v4/jobs/" + ID + "/download").then().statusCode(404);
    admin("ns-files-c").get("/__admin/jobs/settings").then().body("download_export_results", equalTo(false));
    api("ns-files-c").get("/api/v4/jobs/" + ID + "/download").then().statusCode(501);
  }

  @Test
  void sessionsAddedToOneNamespaceWorkOnlyThere() {
    admin("ns-sessions-a").body("{\"token\":\"only-in-a\",\"roles\":\"system_admin\"}").post("/__admin/jobs/sessions")
        .then().statusCode(201);

    mock.api("only-in-a").header(NAMESPACE, "ns-sessions-a").get("/api/v4/jobs").then().statusCode(200);
    mock.api("only-in-a").header(NAMESPACE, "ns-sessions-b").get("/api/v4/jobs").then().statusCode(401);
  }

  @Test
  void deletingANamedNamespaceForgetsEverythingInIt() {
    admin("ns-gone").body("{\"id\":\"" + ID + "\"}").post("/__admin/jobs").then().statusCode(201);
    admin("ns-gone").body("{\"token\":\"gone-token\",\"roles\":\"system_admin\"}").post("/__admin/jobs/sessions");

    admin("ns-gone").delete("/__admin/jobs").then().statusCode(200);

    admin("ns-gone").get("/__admin/jobs/" + ID).then().statusCode(404);
    mock.api("gone-token").header(NAMESPACE, "ns-gone").get("/api/v4/jobs").then().statusCode(401);
  }

  @Test
  void aMalformedNamespaceOnThePublicApiGetsAnAppErrorShaped400() {
    mock.plain().header("Authorization", "Bearer admin-token").header(NAMESPACE, "has space")
        .get("/api/v4/jobs").then().statusCode(400).contentType("application/json")
        .body("id", equalTo("mock.namespace.invalid"))
        .body("message", containsString("1 to 64 characters"))
        .body("detailed_error", equalTo(""))
        .body("status_code", equalTo(400));
  }

  @Test
  void aMalformedNamespaceOnTheAdminApiGetsA400WithTheRule() {
    admin("").get("/__admin/jobs/settings").then().statusCode(400)
        .body("error", containsString("Invalid X-Mock-Namespace header ''"));
    admin("a/b").body("{}").post("/__admin/jobs").then().statusCode(400).body("error", containsString("'a/b'"));
  }
}
