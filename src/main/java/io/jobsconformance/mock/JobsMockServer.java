package io.jobsconformance.mock;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.jobsconformance.mock.namespace.NamespaceConfig;

/**
 * The mock as one object to start and stop: a {@link WireMockServer} over the mock's root directory with the Jobs
 * extensions, a bounded request journal, asynchronous responses (a delayed response does not hold a container thread)
 * and a notifier that reports only errors. Used by the command line and by tests that embed the mock.
 */
public final class JobsMockServer implements AutoCloseable {
  private final MockOptions options;
  private final MockExtensionFactory extensions;
  private final WireMockServer wireMock;

  public JobsMockServer(MockOptions options) {
    this.options = options;
    this.extensions = new MockExtensionFactory(options.mockSettings(), NamespaceConfig.DEFAULT_MAX_NAMESPACES);
    FileSource root = MockRoot.resolve(options.rootDir());
    WireMockConfiguration config =
        WireMockConfiguration.options()
            .port(options.port())
            .bindAddress(options.bindAddress())
            .fileSource(root)
            .extensions(extensions)
            .extensionScanningEnabled(false)
            .asynchronousResponseEnabled(true)
            // WireMock's Jetty server plus a filter, so that input WireMock itself fails on (a malformed query escape,
            // a form or multipart body, an unknown charset) gets the real server's answer instead of a bare 500.
            .httpServerFactory(new JobsHttpServerFactory())
            // The API layer compresses as gzhttp does (1024-byte threshold); Jetty's own gzip would also compress
            // the small bodies the real server sends as they are.
            .gzipDisabled(true)
            .notifier(new ConsoleNotifier(false))
            // WireMock otherwise renders every request and response definition as pretty JSON for a log line that
            // the quiet notifier then drops: a tenth of the CPU of a GET.
            .stubRequestLoggingDisabled(true);
    if (options.journalSize() == 0) {
      config.disableRequestJournal();
    } else {
      // Bounded by the store itself, in constant time: WireMock's own bound recounts the journal on every request.
      config.withStores(new BoundedJournalStores(root, options.journalSize()));
    }
    this.wireMock = new WireMockServer(config);
  }

  public JobsMockServer start() {
    wireMock.start();
    return this;
  }

  public void stop() {
    wireMock.stop();
    extensions.close();
  }

  @Override
  public void close() {
    stop();
  }

  /** The port actually listened on, also when the options asked for any free port. */
  public int port() {
    return wireMock.port();
  }

  public String baseUrl() {
    return "http://" + options.bindAddress() + ":" + port();
  }

  public boolean isRunning() {
    return wireMock.isRunning();
  }
}
