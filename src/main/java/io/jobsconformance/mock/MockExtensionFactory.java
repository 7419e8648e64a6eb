package io.jobsconformance.mock;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import com.github.tomakehurst.wiremock.extension.WireMockServices;
import io.jobsconformance.mock.admin.JobsAdminExtension;
import io.jobsconformance.mock.namespace.NamespaceConfig;
import io.jobsconformance.mock.namespace.Namespaces;
import io.jobsconformance.mock.storage.Storage;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Wires the mock into WireMock: one {@link Namespaces} shared by the public-API transformer and the admin extension,
 * so both see the same jobs. Sessions come from {@code sessions.json} in WireMock's root directory (built-in defaults
 * when absent). The no-argument constructor is for a stock WireMock standalone, which finds this factory through
 * {@code META-INF/services} (classpath extension scanning is on by default there) and reads its settings from system
 * properties; see {@link MockSettings}.
 */
public final class MockExtensionFactory implements ExtensionFactory, AutoCloseable {
  private final MockSettings settings;
  private final int maxNamespaces;
  private final Storage storage;
  private final AtomicReference<Namespaces> created = new AtomicReference<>();

  public MockExtensionFactory() {
    this(MockSettings.fromProperties(System.getProperties()), NamespaceConfig.DEFAULT_MAX_NAMESPACES);
  }

  public MockExtensionFactory(MockSettings settings, int maxNamespaces) {
    this.settings = settings;
    this.maxNamespaces = maxNamespaces;
    // Opened here, before WireMock listens, so an unreachable database stops the start with its own message.
    this.storage = Storage.open(settings.storage());
  }

  @Override
  public List<Extension> create(WireMockServices services) {
    NamespaceConfig config =
        NamespaceConfig.of(
                settings.settings(), SessionsFile.read(services.getOptions().filesRoot()), settings.workerStep())
            .withMaxNamespaces(maxNamespaces)
            .withStorage(storage);
    Namespaces namespaces = new Namespaces(config);
    Namespaces previous = created.getAndSet(namespaces);
    if (previous != null) {
      previous.close();
    }
    return List.of(new ApiTransformer(namespaces), new JobsAdminExtension(namespaces));
  }

  /** The namespaces of the server this factory last wired, for embedding code and tests. */
  public Optional<Namespaces> namespaces() {
    return Optional.ofNullable(created.get());
  }

  /** Stops the worker simulation: {@code WireMockServer.stop()} does not stop extensions, so the owner calls this. */
  @Override
  public void close() {
    namespaces().ifPresent(Namespaces::close);
    storage.close();
  }
}
