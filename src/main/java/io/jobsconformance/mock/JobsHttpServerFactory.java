package io.jobsconformance.mock;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's own Jetty 11 server with one addition: {@link GoTolerantRequestFilter} in front of the stub servlet for
 * requests under {@code /api/v4/}. Used by {@link JobsMockServer} only: a stock WireMock standalone relocates Jetty,
 * so it cannot take this factory, and there WireMock still fails with a 500 on the input the filter tolerates.
 */
final class JobsHttpServerFactory implements HttpServerFactory {

  @Override
  public HttpServer buildHttpServer(
      Options options, AdminRequestHandler adminRequestHandler, StubRequestHandler stubRequestHandler) {
    return new Jetty11HttpServer(options, adminRequestHandler, stubRequestHandler) {
      @Override
      protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
        FilterHolder filter = new FilterHolder(new GoTolerantRequestFilter());
        filter.setAsyncSupported(true);
        // Mapped to every path: Jetty maps on the normalised path, the filter checks the raw one WireMock matches.
        context.addFilter(filter, "/*", EnumSet.of(DispatcherType.REQUEST));
      }
    };
  }

  @Override
  public String getName() {
    return "jobs-http-server";
  }
}
