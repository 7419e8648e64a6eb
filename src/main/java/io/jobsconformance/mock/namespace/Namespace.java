package io.jobsconformance.mock.namespace;

import io.jobsconformance.api.Api4;
import io.jobsconformance.app.Server;

/** One isolated backend of the mock: its own jobs, export files, sessions and settings, and the API serving them. */
public record Namespace(String name, Server server, Api4 api) {

  static Namespace create(String name, NamespaceConfig config) {
    Server server =
        new Server(
            config.clock(),
            config.settings(),
            config.sessions(),
            config.storage().jobs(name),
            config.storage().files(name));
    return new Namespace(name, server, new Api4(server));
  }
}
