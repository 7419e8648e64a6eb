package io.jobsconformance.mock.admin;

import static com.github.tomakehurst.wiremock.http.RequestMethod.DELETE;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;
import static com.github.tomakehurst.wiremock.http.RequestMethod.PUT;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import io.jobsconformance.mock.namespace.Namespaces;

/**
 * The mock's control plane under {@code /__admin/jobs}: the route table, one task class per route, as WireMock's own
 * {@code AdminRoutes}. WireMock picks the first route that matches, and finds a route's path parameters by the task's
 * class, so fixed paths ({@code settings}, {@code sessions}, {@code bulk}) come before {@code {id}} and no class is
 * used twice.
 */
public final class JobsAdminExtension implements AdminApiExtension {
  public static final String NAME = "jobs-admin";
  private final Namespaces namespaces;

  public JobsAdminExtension(Namespaces namespaces) {
    this.namespaces = namespaces;
  }

  @Override
  public void contributeAdminApiRoutes(Router router) {
    router.add(POST, "/jobs", new SeedJobTask(namespaces));
    router.add(DELETE, "/jobs", new ResetJobsTask(namespaces));
    router.add(GET, "/jobs/settings", new GetSettingsTask(namespaces));
    router.add(PUT, "/jobs/settings", new UpdateSettingsTask(namespaces));
    router.add(POST, "/jobs/sessions", new AddSessionTask(namespaces));
    router.add(DELETE, "/jobs/sessions", new ResetSessionsTask(namespaces));
    router.add(POST, "/jobs/bulk", new BulkSeedTask(namespaces));
    router.add(PUT, "/jobs/exports/**", new PutExportFileTask(namespaces));
    router.add(GET, "/jobs/{id}", new GetJobTask(namespaces));
    router.add(GET, "/jobs/{id}/history", new GetJobHistoryTask(namespaces));
    router.add(POST, "/jobs/{id}/worker", new WorkerActionTask(namespaces));
  }

  @Override
  public String getName() {
    return NAME;
  }

  /** WireMock calls this when its admin API shuts the server down: the worker simulation stops with it. */
  @Override
  public void stop() {
    namespaces.close();
  }
}
