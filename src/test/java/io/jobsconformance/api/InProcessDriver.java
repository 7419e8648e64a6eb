package io.jobsconformance.api;

import io.jobsconformance.api.contract.Actor;
import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.Call;
import io.jobsconformance.api.contract.Exchange;
import io.jobsconformance.app.AdminException;
import io.jobsconformance.app.Clock;
import io.jobsconformance.app.ServerAdmin;
import io.jobsconformance.app.JobSeed;
import io.jobsconformance.app.Server;
import io.jobsconformance.app.Sessions;
import io.jobsconformance.app.Settings;
import io.jobsconformance.app.WorkerAction;
import io.jobsconformance.model.Job;
import io.jobsconformance.model.Session;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Drives one fresh {@link Server} through {@link Api4#serve} with no network in between: the fast way to run the
 * contracts. The control plane is the server's {@link ServerAdmin}, as the mock's admin API uses it.
 */
public final class InProcessDriver implements ApiDriver {
  private final Server server = new Server(Clock.SYSTEM, Settings.DEFAULTS, defaultSessions());
  private final Api4 jobsApi = new Api4(server);
  private final ServerAdmin admin = server.admin();

  private static List<Session> defaultSessions() {
    return Arrays.stream(Actor.values())
        .map(a -> Sessions.withRoles(a.token(), a.roles(), a.csrf(), a.oauth()))
        .toList();
  }

  @Override
  public Exchange send(Call call) {
    ApiResponse response =
        jobsApi.serve(new ApiRequest(call.method(), call.rawPath(), call.rawQuery(), call.headers(), call.body()));
    return new Exchange(response.status(), response.headers(), response.body());
  }

  @Override
  public Job seed(JobSeed seed) {
    return admin.seed(seed);
  }

  @Override
  public Optional<Job> job(String id) {
    try {
      return Optional.of(admin.job(id));
    } catch (AdminException notFound) {
      return Optional.empty();
    }
  }

  @Override
  public long jobCount() {
    return admin.jobCount();
  }

  @Override
  public Job work(String id, String action, Long progress, String error) {
    return admin.work(id, WorkerAction.fromName(action), progress, error);
  }

  @Override
  public void putExportFile(String path, byte[] content, boolean unreadable) {
    admin.putExportFile(path, content, unreadable);
  }

  @Override
  public void settings(Settings settings) {
    admin.updateSettings(settings);
  }

  @Override
  public void addSession(String token, String roles, String csrf, boolean oauth) {
    admin.addSession(Sessions.withRoles(token, roles, csrf, oauth));
  }

  @Override
  public void addSessionWithPermissions(String token, List<String> permissionIds) {
    admin.addSession(Sessions.withPermissions(token, permissionIds, null, false));
  }
}
