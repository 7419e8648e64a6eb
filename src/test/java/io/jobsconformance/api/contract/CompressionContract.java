package io.jobsconformance.api.contract;

import static io.jobsconformance.api.contract.Actor.ADMIN;
import static io.jobsconformance.api.contract.Call.get;
import static io.jobsconformance.api.contract.JobsPaths.JOBS;
import static org.assertj.core.api.Assertions.assertThat;

import io.jobsconformance.model.Job;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code ServiceSettings.WebserverMode="gzip"}, the default (behaviour reference §1.1 item 4): every API handler is
 * wrapped in {@code gzhttp.GzipHandler}, which adds {@code Vary: Accept-Encoding} and gzips a body of at least 1024
 * bytes when the client accepts gzip.
 */
public abstract class CompressionContract extends JobsContract {
  private List<Job> jobs;

  @BeforeEach
  void tenJobs() {
    jobs = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      jobs.add(seed(Seed.job("data_retention").createAt(i).data(Map.of("detail", "x".repeat(100)))));
    }
    jobs.sort(Comparator.comparingLong(Job::createAt).reversed());
  }

  private static String gunzip(byte[] body) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "Accept-Encoding: {0}")
  @ValueSource(strings = {"gzip", "gzip, deflate, br", "deflate, gzip;q=0.5", "GZIP"})
  void aBodyOfAtLeast1024BytesIsGzippedForAClientThatAcceptsGzip(String acceptEncoding) {
    String json = GoJsonText.jobs(jobs);
    assertThat(json.length()).isGreaterThan(1024);

    Exchange r = send(get(JOBS).as(ADMIN).header("Accept-Encoding", acceptEncoding));

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Encoding")).isEqualTo("gzip");
    assertThat(r.header("Vary")).isEqualTo("Accept-Encoding");
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(gunzip(r.body())).isEqualTo(json);
  }

  @Test
  protected void aBodyUnder1024BytesIsSentAsIs() {
    Job job = jobs.get(0);

    Exchange r = send(get(JobsPaths.job(job.id())).as(ADMIN).header("Accept-Encoding", "gzip"));

    assertThat(r.header("Content-Encoding")).isNull();
    Expect.job(r, 200, job);
  }

  @ParameterizedTest(name = "Accept-Encoding: \"{0}\"")
  @ValueSource(strings = {"", "identity", "deflate", "gzip;q=0"})
  void aClientThatDoesNotAcceptGzipGetsThePlainBody(String acceptEncoding) {
    Call call = get(JOBS).as(ADMIN);
    Exchange r = send(acceptEncoding.isEmpty() ? call : call.header("Accept-Encoding", acceptEncoding));

    assertThat(r.header("Content-Encoding")).isNull();
    assertThat(r.header("Vary")).isEqualTo("Accept-Encoding");
    Expect.jobs(r, jobs);
  }
}
