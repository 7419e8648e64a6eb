import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The benchmark of the Jobs API mock, as one program for JDK 17's source launcher ({@code java bench/Bench.java}):
 * only the JDK, wrk and the two jars. {@code bench/run} installs wrk, builds the jar, fetches stock WireMock and
 * starts this. Every figure is a median over rounds that alternate what is compared, taken in one run on one
 * machine, so the ratios mean more than the absolute numbers. See bench/README.md.
 */
public final class Bench {
  static final String AUTH = "Authorization: Bearer admin-token";
  static final String NS = "X-Mock-Namespace";
  static final String CREATE_BODY = "{\"type\":\"data_retention\"}";
  static final String PATCH_BODY = "{\"status\":\"pending\",\"force\":true}";
  static final String LIST = "/api/v4/jobs?per_page=60";
  static final String LIST_P1 = "/api/v4/jobs?per_page=60&page=1";
  static final String LIST_STATUS = "/api/v4/jobs?per_page=60&status=success";
  static final int SMALL = 1_000;
  static final int LARGE = 1_000_000;
  static final long MIB = 1024 * 1024;

  final Options o;
  final Children children;
  final Path work;
  final Report report = new Report();
  final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
  final Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
  Path jar;
  Path stockJar;
  Path stockRoot;
  String stockJobPath;

  Bench(Options o) throws IOException {
    this.o = o;
    this.work = o.work != null ? Files.createDirectories(o.work) : Files.createTempDirectory("jobs-bench");
    this.children = new Children(work.resolve("pids"));
  }

  public static void main(String[] args) throws Exception {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    if (o.help) {
      System.out.println(Options.USAGE);
      return;
    }
    Bench bench = new Bench(o);
    Runtime.getRuntime().addShutdownHook(new Thread(bench.children::stopAll, "bench-stop-children"));
    try {
      bench.run();
    } catch (BenchFailure e) {
      Log.say("FAILED: " + e.getMessage());
      System.exit(1);
    }
  }

  void run() throws Exception {
    for (Path tool : List.of(jcmd, o.jar, o.stockJar)) {
      if (!Files.exists(tool)) throw new BenchFailure(tool + " does not exist");
    }
    // Snapshots, so a rebuild or `mvn clean` by someone else during the run cannot change or remove what is measured.
    jar = Files.copy(o.jar, work.resolve("jobs-conformance.jar"));
    stockJar = Files.copy(o.stockJar, work.resolve(o.stockJar.getFileName()));
    report.environment(this);
    Log.say("work dir " + work + "; " + o.describe() + "; about " + o.estimateMinutes() + " min");
    if (Cpu.loadAverage() > 0.7) {
      Log.say(String.format(Locale.ROOT, "WARNING: load average %.2f before starting: the machine is not idle, and "
          + "the figures will show it (see 'other CPU' in the tables)", Cpu.loadAverage()));
    }
    if (o.profile) {
      new Profiler(this).run();
      return;
    }
    if (o.wants("api")) api();
    if (o.wants("scale")) scale();
    if (o.wants("startup")) startup();
    if (o.wants("memory")) memory();
    if (o.wants("suite")) suite();
    if (o.wants("soak")) soak();
    report.finish(this);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 1. GET job: mock vs stock WireMock serving a static stub; list, create and PATCH on the mock

  void api() throws Exception {
    Log.section("GET job: mock vs stock WireMock static stub; list, create, PATCH");
    Server mock = startMock("mock");
    Seeded seeded = seed(mock, null, SMALL);
    String getPath = "/api/v4/jobs/" + seeded.getId;
    String patchPath = "/api/v4/jobs/" + seeded.patchId + "/status";
    Http.Response mockGet = Http.exchange(mock.port, "GET", getPath, List.of(AUTH), null);
    expect(mockGet, 200, "mock GET job");
    writeStockRoot(getPath, mockGet);
    Server stock = startStock("stock WireMock");
    Http.Response stockGet = Http.exchange(stock.port, "GET", getPath, List.of(AUTH), null);
    expect(stockGet, 200, "stock WireMock GET of the static stub");
    if (!Arrays.equals(mockGet.body(), stockGet.body())) {
      throw new BenchFailure("the static stub's body differs from the mock's:\n" + mockGet.text() + "\n" + stockGet.text());
    }
    report.responses(mockGet, stockGet);
    checkEndpoints(mock, patchPath);

    Log.say("warm-up: " + o.warmup + " s of GET load on the mock, " + o.warmup + " s on stock WireMock, "
        + o.warmup / 2 + " s of list/create/PATCH on the mock");
    wrk(mock, Wrk.get(getPath), o.warmup);
    wrk(mock, Wrk.mix(List.of("1|GET|" + LIST + "||" + AUTH,
        "1|POST|/api/v4/jobs|" + CREATE_BODY + "|" + AUTH + "|" + NS + ": bench-create",
        "1|PATCH|" + patchPath + "|" + PATCH_BODY + "|" + AUTH)), o.warmup / 2);
    dropNamespace(mock, "bench-create");
    wrk(stock, Wrk.get(getPath), o.warmup);

    Map<String, List<WrkResult>> r = new LinkedHashMap<>();
    for (int round = 1; round <= o.rounds; round++) {
      Log.say("round " + round + "/" + o.rounds);
      add(r, "get-mock", wrk(mock, Wrk.get(getPath), o.duration));
      add(r, "get-static", wrk(stock, Wrk.get(getPath), o.duration));
      add(r, "list", wrk(mock, Wrk.get(LIST), o.duration));
      add(r, "create", wrk(mock, Wrk.request("POST", "/api/v4/jobs", CREATE_BODY, AUTH, NS + ": bench-create"),
          o.duration));
      dropNamespace(mock, "bench-create"); // the created jobs would otherwise pile up in the heap round after round
      add(r, "patch", wrk(mock, Wrk.request("PATCH", patchPath, PATCH_BODY, AUTH), o.duration));
    }
    children.stop(mock.process);
    children.stop(stock.process);
    report.api(r);
  }

  void checkEndpoints(Server mock, String patchPath) throws IOException {
    Http.Response list = Http.exchange(mock.port, "GET", LIST, List.of(AUTH), null);
    expect(list, 200, "mock list page");
    int listed = count(list.text(), "\"id\":");
    if (listed != 60) throw new BenchFailure("the list page holds " + listed + " jobs, not 60");
    expect(Http.exchange(mock.port, "POST", "/api/v4/jobs", List.of(AUTH, NS + ": bench-create"), CREATE_BODY),
        201, "mock create");
    expect(Http.exchange(mock.port, "PATCH", patchPath, List.of(AUTH), PATCH_BODY), 200, "mock PATCH status");
    expect(Http.exchange(mock.port, "PATCH", patchPath, List.of(AUTH), PATCH_BODY), 200, "mock PATCH status again");
    dropNamespace(mock, "bench-create");
  }

  /** A stock WireMock root with one mapping: the mock's answer for that job, its body bytes and its headers. */
  void writeStockRoot(String path, Http.Response served) throws IOException {
    stockRoot = Files.createDirectories(work.resolve("stock-root"));
    Files.createDirectories(stockRoot.resolve("__files"));
    Set<String> own = Set.of("matched-stub-id", "transfer-encoding", "content-length", "date", "server", "connection");
    Map<String, Object> headers = new LinkedHashMap<>();
    for (String[] h : served.headers()) {
      if (!own.contains(h[0].toLowerCase(Locale.ROOT))) headers.put(h[0], h[1]);
    }
    Map<String, Object> mapping = new LinkedHashMap<>();
    mapping.put("request", Map.of("method", "GET", "url", path));
    mapping.put("response", Map.of("status", served.status(), "body", served.text(), "headers", headers));
    Files.writeString(Files.createDirectories(stockRoot.resolve("mappings")).resolve("job.json"), Json.write(mapping));
    stockJobPath = path;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 2. Scale: a process with 1,000 jobs and one with 1,000,000

  void scale() throws Exception {
    Log.section("scale: 1,000 vs 1,000,000 stored jobs (one process each)");
    List<Server> both = startMocks("mock 1k", "mock 1M");
    Server small = both.get(0);
    Server large = both.get(1);
    Seeded s = seed(small, null, SMALL);
    long t0 = System.nanoTime();
    Seeded l = seed(large, null, LARGE);
    double seedSeconds = (System.nanoTime() - t0) / 1e9;
    Log.say(String.format(Locale.ROOT, "seeded 1,000,000 jobs in %.1f s", seedSeconds));
    Map<String, String[]> paths = new LinkedHashMap<>();
    paths.put("GET job", new String[] {"/api/v4/jobs/" + s.getId, "/api/v4/jobs/" + l.getId});
    paths.put("list page 0", new String[] {LIST, LIST});
    paths.put("list page 1", new String[] {LIST_P1, LIST_P1});
    paths.put("list status=success", new String[] {LIST_STATUS, LIST_STATUS});
    for (String[] p : paths.values()) {
      expect(Http.exchange(small.port, "GET", p[0], List.of(AUTH), null), 200, "1k " + p[0]);
      expect(Http.exchange(large.port, "GET", p[1], List.of(AUTH), null), 200, "1M " + p[1]);
    }
    Log.say("warm-up: " + o.warmup + " s of GET/list load on each process");
    for (Server server : List.of(small, large)) {
      int i = server == small ? 0 : 1;
      wrk(server, Wrk.mix(paths.values().stream().map(p -> "1|GET|" + p[i] + "||" + AUTH).toList()), o.warmup);
    }
    Map<String, List<WrkResult>> r = new LinkedHashMap<>();
    for (int round = 1; round <= o.rounds; round++) {
      Log.say("round " + round + "/" + o.rounds);
      for (Map.Entry<String, String[]> e : paths.entrySet()) {
        add(r, e.getKey() + "|1k", wrk(small, Wrk.get(e.getValue()[0]), o.duration));
        add(r, e.getKey() + "|1M", wrk(large, Wrk.get(e.getValue()[1]), o.duration));
      }
    }
    Memory smallMem = Memory.afterGc(this, small);
    Memory largeMem = Memory.afterGc(this, large);
    children.stop(small.process);
    children.stop(large.process);
    report.scale(r, smallMem, largeMem, seedSeconds);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 3. Startup: process start to the first answered request

  void startup() throws Exception {
    Log.section("startup: process start to the first answered request");
    if (stockRoot == null) {
      Server mock = startMock("mock (for the stub)");
      Seeded seeded = seed(mock, null, 2);
      String path = "/api/v4/jobs/" + seeded.getId;
      writeStockRoot(path, Http.exchange(mock.port, "GET", path, List.of(AUTH), null));
      children.stop(mock.process);
    }
    List<Double> mock = new ArrayList<>();
    List<Double> stock = new ArrayList<>();
    Cpu.Snapshot before = Cpu.snapshot(List.of());
    for (int i = 1; i <= o.starts; i++) {
      mock.add(timeToFirstAnswer(true));
      stock.add(timeToFirstAnswer(false));
      Log.say(String.format(Locale.ROOT, "start %d/%d: mock %.3f s, stock WireMock %.3f s",
          i, o.starts, mock.get(i - 1), stock.get(i - 1)));
    }
    report.startup(mock, stock, Cpu.otherCores(before, Cpu.snapshot(List.of())));
  }

  double timeToFirstAnswer(boolean mock) throws Exception {
    int port = freePort();
    long t0 = System.nanoTime();
    Process p = mock ? launchMock(port, "startup-mock") : launchStock(port, "startup-stock");
    double seconds = Http.awaitAnswer(port, stockJobPath, p, t0, Duration.ofSeconds(60)) / 1e9;
    if (seconds < 0) throw new BenchFailure((mock ? "the mock" : "stock WireMock") + " gave no answer in 60 s");
    children.stop(p);
    return seconds;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 4. Memory after a minute of maximum load

  void memory() throws Exception {
    Log.section("memory: resident size after " + o.memorySeconds + " s of maximum load (wrk -t2 -c64)");
    Server mock = startMock("mock");
    Seeded seeded = seed(mock, null, SMALL);
    String patchPath = "/api/v4/jobs/" + seeded.patchId + "/status";
    Wrk load = Wrk.mix(List.of(
            "5|GET|/api/v4/jobs/" + seeded.getId + "||" + AUTH,
            "3|GET|" + LIST + "||" + AUTH,
            "2|PATCH|" + patchPath + "|" + PATCH_BODY + "|" + AUTH))
        .threads(2, 64);
    Sampler sampler = new Sampler(mock, 1000).start();
    WrkResult result = wrk(mock, load, o.memorySeconds);
    sampler.stop();
    long rssEnd = Memory.rss(mock);
    long hwm = Memory.sum(mock, "VmHWM");
    Memory afterGc = Memory.afterGc(this, mock);
    children.stop(mock.process);
    report.memory(o.memorySeconds, result, rssEnd, hwm, sampler.samples, afterGc);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 5. The whole conformance suite against the embedded mock

  void suite() throws Exception {
    Log.section("suite: the whole conformance suite against the embedded mock");
    List<SuiteRun> runs = new ArrayList<>();
    for (int i = 1; i <= o.suiteRuns; i++) {
      Path reports = work.resolve("suite-reports-" + i);
      Path log = work.resolve("suite-" + i + ".log");
      Cpu.Snapshot before = Cpu.snapshot(List.of());
      long t0 = System.nanoTime();
      Process p = children.start(List.of(java.toString(), "-jar", jar.toString(), "run", "--reports",
          reports.toString()), work, log);
      if (!p.waitFor(20, TimeUnit.MINUTES)) {
        children.stop(p);
        throw new BenchFailure("the suite did not finish in 20 minutes; see " + log);
      }
      double wall = (System.nanoTime() - t0) / 1e9;
      double other = Cpu.otherCores(before, Cpu.snapshot(List.of()));
      children.forget(p);
      SuiteRun run = SuiteRun.parse(Files.readString(log), wall, p.exitValue(), other);
      Log.say(String.format(Locale.ROOT, "suite run %d/%d: %.1f s, %s (exit %d)", i, o.suiteRuns, wall,
          run.summary(), run.exit()));
      if (run.passed() < 0) throw new BenchFailure("no 'N passed, N failed, N skipped' line in " + log);
      runs.add(run);
      deleteTree(reports);
    }
    report.suite(runs);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 6. Soak (only with --soak): moderate mixed load for minutes, RSS sampled every 10 s

  void soak() throws Exception {
    Log.section("soak: " + o.soakMinutes + " min of moderate mixed load, RSS every 10 s");
    Server mock = startMock("mock");
    Seeded seeded = seed(mock, null, SMALL);
    Memory before = Memory.afterGc(this, mock);
    String patchPath = "/api/v4/jobs/" + seeded.patchId + "/status";
    Wrk load = Wrk.mix(List.of(
            "5|GET|/api/v4/jobs/" + seeded.getId + "||" + AUTH,
            "2|GET|" + LIST + "||" + AUTH,
            "1|GET|" + LIST_STATUS + "||" + AUTH,
            "1|PATCH|" + patchPath + "|" + PATCH_BODY + "|" + AUTH,
            "1|POST|/api/v4/jobs|" + CREATE_BODY + "|" + AUTH + "|" + NS + ": bench-soak",
            // Drop the namespace the creates go to now and then: the store stays bounded, and namespaces come and go.
            "@2000|DELETE|/__admin/jobs||" + NS + ": bench-soak"))
        .threads(1, 8)
        .delayMs(o.soakDelayMs);
    Sampler sampler = new Sampler(mock, 10_000).start();
    WrkResult result = wrk(mock, load, o.soakMinutes * 60);
    sampler.stop();
    Memory after = Memory.afterGc(this, mock);
    children.stop(mock.process);
    report.soak(result, sampler.samples, before, after, o.soakMinutes);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // processes, seeding and helpers

  /**
   * A started server: the process launched, and {@code pid}, the JVM that listens on the port (the same process, or
   * a JVM it relaunched itself into). Resident memory and CPU count the whole tree; jcmd goes to {@code pid}.
   */
  record Server(String name, Process process, int port, long pid) {
    List<Long> tree() {
      return Procs.tree(process);
    }
  }

  record Seeded(String getId, String patchId) {}

  Server startMock(String name) throws Exception {
    return startMocks(name).get(0);
  }

  /** Starts the mocks at once, then waits for each to answer. */
  List<Server> startMocks(String... names) throws Exception {
    List<Server> launched = new ArrayList<>();
    for (String name : names) {
      int port = freePort();
      launched.add(new Server(name, launchMock(port, name.replace(' ', '-')), port, -1));
    }
    List<Server> ready = new ArrayList<>();
    for (Server s : launched) {
      if (Http.awaitAnswer(s.port(), "/__admin/health", s.process(), System.nanoTime(), Duration.ofSeconds(60)) < 0) {
        throw new BenchFailure(s.name() + " did not answer within 60 s; see " + work);
      }
      ready.add(new Server(s.name(), s.process(), s.port(), Procs.listener(s.port(), s.process())));
    }
    return ready;
  }

  Server startStock(String name) throws Exception {
    int port = freePort();
    Process p = launchStock(port, "stock");
    if (Http.awaitAnswer(port, "/__admin/health", p, System.nanoTime(), Duration.ofSeconds(60)) < 0) {
      throw new BenchFailure(name + " did not answer within 60 s; see " + work);
    }
    return new Server(name, p, port, Procs.listener(port, p));
  }

  /** The mock as shipped: no JVM options, default journal, the mappings packaged in the jar (no mocks/ in cwd). */
  Process launchMock(int port, String logName) throws IOException {
    return children.start(List.of(java.toString(), "-jar", jar.toString(), "mock", "--port", String.valueOf(port)),
        work, work.resolve(logName + ".log"));
  }

  Process launchStock(int port, String logName) throws IOException {
    return children.start(List.of(java.toString(), "-jar", stockJar.toString(), "--port", String.valueOf(port),
        "--root-dir", stockRoot.toString(), "--no-request-journal", "--disable-banner"),
        work, work.resolve(logName + ".log"));
  }

  /**
   * Exactly {@code total} jobs: {@code total - 2} in four interleaved bulk runs (two types succeeded, one type
   * failed, one pending), then the job the GETs read (in progress, with data) and the job the PATCHes change.
   */
  Seeded seed(Server server, String namespace, int total) throws IOException {
    String[][] groups = {
      {"data_retention", "success"}, {"message_export", "success"}, {"ldap_sync", "error"}, {"data_retention", "pending"}
    };
    List<String> headers = namespace == null ? List.of() : List.of(NS + ": " + namespace);
    int bulk = total - 2;
    long start = System.currentTimeMillis() - 4L * bulk - 60_000;
    for (int g = 0; g < groups.length; g++) {
      int count = bulk / 4 + (g == 3 ? bulk % 4 : 0);
      if (count == 0) continue;
      String body = String.format(Locale.ROOT,
          "{\"count\":%d,\"type\":\"%s\",\"status\":\"%s\",\"create_at\":%d,\"create_at_step\":4}",
          count, groups[g][0], groups[g][1], start + g);
      expect(Http.exchange(server.port, "POST", "/__admin/jobs/bulk", headers, body), 201, "bulk seed");
    }
    String getId = idOf(expect(Http.exchange(server.port, "POST", "/__admin/jobs", headers,
        "{\"type\":\"data_retention\",\"status\":\"in_progress\",\"progress\":42,\"data\":{\"from\":\"bench\"}}"),
        201, "seed the GET job"));
    String patchId = idOf(expect(Http.exchange(server.port, "POST", "/__admin/jobs", headers,
        "{\"type\":\"data_retention\",\"status\":\"pending\"}"), 201, "seed the PATCH job"));
    return new Seeded(getId, patchId);
  }

  void dropNamespace(Server server, String namespace) throws IOException {
    expect(Http.exchange(server.port, "DELETE", "/__admin/jobs", List.of(NS + ": " + namespace), null), 200,
        "drop namespace " + namespace);
  }

  WrkResult wrk(Server server, Wrk load, int seconds) throws Exception {
    return load.run(this, server, seconds);
  }

  static void add(Map<String, List<WrkResult>> results, String key, WrkResult result) {
    results.computeIfAbsent(key, k -> new ArrayList<>()).add(result);
  }

  static Http.Response expect(Http.Response response, int status, String what) {
    if (response.status() != status) {
      throw new BenchFailure(what + ": expected " + status + ", got " + response.status() + " " + response.text());
    }
    return response;
  }

  static String idOf(Http.Response response) {
    Matcher m = Pattern.compile("\"id\":\"([a-z0-9]{26})\"").matcher(response.text());
    if (!m.find()) throw new BenchFailure("no job id in " + response.text());
    return m.group(1);
  }

  static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
    return n;
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  String jcmd(long pid, String... command) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(jcmd.toString(), String.valueOf(pid)));
    cmd.addAll(List.of(command));
    Path log = Files.createTempFile(work, "jcmd", ".txt");
    Process p = children.start(cmd, work, log);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      children.stop(p);
      throw new BenchFailure("jcmd " + String.join(" ", command) + " did not finish");
    }
    children.forget(p);
    String out = Files.readString(log);
    Files.delete(log);
    return out;
  }
}

/** A failure that ends the run with a message instead of a stack trace. */
final class BenchFailure extends RuntimeException {
  BenchFailure(String message) {
    super(message);
  }
}

/** Progress lines on stderr, so stdout holds only the table. */
final class Log {
  static final long START = System.nanoTime();

  static void say(String line) {
    long s = (System.nanoTime() - START) / 1_000_000_000L;
    System.err.printf(Locale.ROOT, "[bench %2d:%02d] %s%n", s / 60, s % 60, line);
  }

  static void section(String title) {
    say("== " + title);
  }
}

final class Options {
  static final String USAGE = """
      usage: bench/run [--quick] [--rounds N] [--duration S] [--warmup S] [--soak] [--soak-minutes M]
                       [--only api,scale,startup,memory,suite,soak] [--profile] [--no-build] [--jar PATH]
                       [--label TEXT]
        --quick          short durations and one round, to try the script (about 2-3 minutes)
        --rounds N       rounds of alternating measurements (default 3)
        --duration S     seconds of each wrk measurement (default 10)
        --warmup S       seconds of warm-up load per server (default 30)
        --soak           also run the soak: M minutes of moderate mixed load, RSS every 10 s (default M = 10)
        --only LIST      run only these sections (soak: only with --soak or named here)
        --profile        instead of the benchmark: JFR CPU samples of the mock under each load, top frames
        --no-build       use target/jobs-conformance.jar as it is (bench/run only)
        --jar PATH       measure this jar instead (e.g. a build of another commit; implies --no-build)
        --label TEXT     what the measured jar is, for the report's heading (e.g. "HEAD e2f2e4e, clean build")""";

  boolean help;
  boolean quick;
  boolean soak;
  boolean profile;
  int rounds = 3;
  int duration = 10;
  int warmup = 30;
  int starts = 5;
  int memorySeconds = 60;
  int suiteRuns = 3;
  int soakMinutes = 10;
  int soakDelayMs = 4;
  Set<String> only = new LinkedHashSet<>(List.of("api", "scale", "startup", "memory", "suite"));
  Path jar = Path.of("target/jobs-conformance.jar");
  Path stockJar = Path.of("target/bench/wiremock-standalone-3.13.2.jar");
  Path out = Path.of("reports/bench");
  Path work;
  Path luaDir = Path.of("bench/lua");
  String label;

  static Options parse(String[] args) {
    Options o = new Options();
    Map<String, String> given = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-h", "--help" -> o.help = true;
        case "--quick" -> o.quick = true;
        case "--soak" -> o.soak = true;
        case "--profile" -> o.profile = true;
        case "--rounds", "--duration", "--warmup", "--soak-minutes", "--only", "--jar", "--wiremock", "--out",
            "--work", "--label" -> {
          if (i + 1 >= args.length) throw new IllegalArgumentException(a + " needs a value");
          given.put(a, args[++i]);
        }
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    if (o.quick) {
      o.rounds = 1;
      o.duration = 2;
      o.warmup = 4;
      o.starts = 3;
      o.memorySeconds = 8;
      o.suiteRuns = 1;
    }
    o.rounds = positive(given, "--rounds", o.rounds);
    o.duration = positive(given, "--duration", o.duration);
    o.warmup = positive(given, "--warmup", o.warmup);
    o.soakMinutes = positive(given, "--soak-minutes", o.soakMinutes);
    if (o.soakMinutes < 3) throw new IllegalArgumentException("--soak-minutes must be at least 3");
    if (!o.quick) {
      o.starts = Math.max(5, o.rounds);
      o.suiteRuns = Math.min(3, o.rounds);
    }
    if (given.containsKey("--only")) {
      o.only = new LinkedHashSet<>(Arrays.asList(given.get("--only").split(",")));
      for (String s : o.only) {
        if (!Set.of("api", "scale", "startup", "memory", "suite", "soak").contains(s)) {
          throw new IllegalArgumentException("unknown section " + s);
        }
      }
    }
    if (o.soak) o.only.add("soak");
    o.soak = o.only.contains("soak");
    if (given.containsKey("--jar")) o.jar = Path.of(given.get("--jar"));
    if (given.containsKey("--wiremock")) o.stockJar = Path.of(given.get("--wiremock"));
    if (given.containsKey("--out")) o.out = Path.of(given.get("--out"));
    if (given.containsKey("--work")) o.work = Path.of(given.get("--work"));
    o.label = given.get("--label");
    return o;
  }

  static int positive(Map<String, String> given, String name, int fallback) {
    if (!given.containsKey(name)) return fallback;
    try {
      int v = Integer.parseInt(given.get(name));
      if (v < 1) throw new NumberFormatException();
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " takes a positive whole number, got " + given.get(name));
    }
  }

  boolean wants(String section) {
    return only.contains(section);
  }

  String describe() {
    return (quick ? "quick, " : "") + rounds + " round(s) x " + duration + " s per measurement, warm-up " + warmup
        + " s, sections " + String.join(",", only) + (soak ? ", soak " + soakMinutes + " min" : "");
  }

  long estimateMinutes() {
    if (profile) return Math.round((warmup + 4 * duration + 40) / 60.0);
    double s = 0;
    if (wants("api")) s += 25 + 2.5 * warmup + rounds * 5 * (duration + 1);
    if (wants("scale")) s += 30 + 2 * warmup + rounds * 8 * (duration + 1);
    if (wants("startup")) s += starts * 2 * 2.5;
    if (wants("memory")) s += 15 + memorySeconds;
    if (wants("suite")) s += suiteRuns * 35;
    if (soak) s += 20 + soakMinutes * 60;
    return Math.max(1, Math.round(s / 60));
  }
}

/** Every child process, by PID: stopped with SIGTERM (then SIGKILL) when done, and all of them on exit. */
final class Children {
  private final List<Process> live = new CopyOnWriteArrayList<>();
  private final Path pidFile;

  Children(Path pidFile) {
    this.pidFile = pidFile;
  }

  Process start(List<String> command, Path cwd, Path log) throws IOException {
    return start(command, cwd, log, Map.of());
  }

  Process start(List<String> command, Path cwd, Path log, Map<String, String> env) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    live.add(p);
    // bench/run's exit trap reads this file, in case this JVM is killed before its shutdown hook runs
    Files.writeString(pidFile, p.pid() + " " + command.get(0) + "\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    return p;
  }

  void forget(Process p) {
    live.remove(p);
  }

  /** SIGTERM to the process, SIGKILL after 15 s; then the same to any descendant it left behind, by PID. */
  void stop(Process p) {
    List<ProcessHandle> descendants = p.descendants().toList();
    stop(p.toHandle());
    for (ProcessHandle d : descendants) stop(d);
    live.remove(p);
  }

  private static void stop(ProcessHandle h) {
    try {
      if (h.isAlive()) {
        h.destroy();
        try {
          h.onExit().get(15, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
          h.destroyForcibly();
          h.onExit().get(5, TimeUnit.SECONDS);
        }
      }
    } catch (InterruptedException e) {
      h.destroyForcibly();
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
      // SIGKILL sent; nothing more to do
    }
  }

  void stopAll() {
    for (Process p : live) stop(p);
  }
}

/** Process trees and the process that owns a listening port, from /proc. */
final class Procs {
  static List<Long> tree(Process p) {
    List<Long> pids = new ArrayList<>();
    pids.add(p.pid());
    p.descendants().forEach(d -> pids.add(d.pid()));
    return pids;
  }

  /** The PID in {@code p}'s tree whose file descriptors hold the socket listening on {@code port}; else p's own. */
  static long listener(int port, Process p) {
    Set<String> inodes = new LinkedHashSet<>();
    String hexPort = String.format(":%04X", port);
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      try {
        for (String line : Files.readAllLines(Path.of(table))) {
          String[] f = line.trim().split("\\s+");
          if (f.length > 9 && f[1].endsWith(hexPort) && f[3].equals("0A")) inodes.add("socket:[" + f[9] + "]");
        }
      } catch (IOException e) {
        // no such table
      }
    }
    for (long pid : tree(p)) {
      try (Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
        for (Path fd : fds.toList()) {
          try {
            if (inodes.contains(Files.readSymbolicLink(fd).toString())) return pid;
          } catch (IOException e) {
            // closed meanwhile
          }
        }
      } catch (IOException e) {
        // gone
      }
    }
    return p.pid();
  }
}

/** A minimal HTTP/1.1 client on a plain socket: exact bytes of head and body, one request per connection. */
final class Http {
  record Response(int status, List<String[]> headers, byte[] body, String head) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  static Response exchange(int port, String method, String path, List<String> headers, String body)
      throws IOException {
    return exchange(port, method, path, headers, body, 600_000);
  }

  static Response exchange(int port, String method, String path, List<String> headers, String body, int timeoutMs)
      throws IOException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), Math.min(timeoutMs, 5000));
      s.setSoTimeout(timeoutMs);
      byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder req = new StringBuilder()
          .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
          .append("Host: 127.0.0.1:").append(port).append("\r\n")
          .append("Connection: close\r\n");
      for (String h : headers) req.append(h).append("\r\n");
      if (body != null) {
        req.append("Content-Type: application/json\r\nContent-Length: ").append(payload.length).append("\r\n");
      }
      req.append("\r\n");
      OutputStream out = s.getOutputStream();
      out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(payload);
      out.flush();
      return parse(s.getInputStream().readAllBytes());
    }
  }

  static Response parse(byte[] all) throws IOException {
    int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
    if (end < 0) throw new IOException("no complete HTTP head in " + all.length + " bytes");
    String head = new String(all, 0, end, StandardCharsets.ISO_8859_1);
    String[] lines = head.split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    List<String[]> headers = new ArrayList<>();
    boolean chunked = false;
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      String name = lines[i].substring(0, colon);
      String value = lines[i].substring(colon + 1).trim();
      headers.add(new String[] {name, value});
      if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) chunked = true;
    }
    byte[] rest = Arrays.copyOfRange(all, end + 4, all.length);
    return new Response(status, headers, chunked ? dechunk(rest) : rest, head);
  }

  static byte[] dechunk(byte[] data) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int i = 0;
    while (i < data.length) {
      int eol = indexOf(data, new byte[] {'\r', '\n'}, i);
      String sizeLine = new String(data, i, eol - i, StandardCharsets.ISO_8859_1).split(";")[0].trim();
      int size = Integer.parseInt(sizeLine, 16);
      if (size == 0) break;
      out.write(data, eol + 2, size);
      i = eol + 2 + size + 2;
    }
    return out.toByteArray();
  }

  static int indexOf(byte[] data, byte[] needle, int from) {
    outer:
    for (int i = from; i <= data.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (data[i + j] != needle[j]) continue outer;
      }
      return i;
    }
    return -1;
  }

  /** Polls {@code path} every 5 ms until any HTTP answer arrives: nanoseconds since {@code started}, or -1. */
  static long awaitAnswer(int port, String path, Process process, long started, Duration timeout)
      throws InterruptedException {
    long deadline = started + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) return -1;
      try {
        exchange(port, "GET", path, List.of(Bench.AUTH), null, 2000);
        return System.nanoTime() - started;
      } catch (IOException | RuntimeException e) {
        Thread.sleep(5);
      }
    }
    return -1;
  }
}

/** One wrk invocation: a plain GET (wrk's own request, no Lua), a fixed request by Lua, or a weighted mix by Lua. */
final class Wrk {
  final String path;
  final String script;
  final List<String> scriptArgs;
  int threads = 1;
  int connections = 16;
  Integer delayMs;

  private Wrk(String path, String script, List<String> scriptArgs) {
    this.path = path;
    this.script = script;
    this.scriptArgs = scriptArgs;
  }

  static Wrk get(String path) {
    return new Wrk(path, null, List.of());
  }

  static Wrk request(String method, String path, String body, String... headers) {
    List<String> args = new ArrayList<>(List.of(method, path, body));
    args.addAll(List.of(headers));
    return new Wrk("/", "request.lua", args);
  }

  static Wrk mix(List<String> specs) {
    return new Wrk("/", "mix.lua", specs);
  }

  Wrk threads(int t, int c) {
    threads = t;
    connections = c;
    return this;
  }

  Wrk delayMs(int ms) {
    delayMs = ms;
    return this;
  }

  String describe() {
    return "wrk -t" + threads + " -c" + connections + (script == null ? "" : " -s " + script);
  }

  WrkResult run(Bench bench, Bench.Server server, int seconds) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
        "--latency"));
    if (script == null) {
      cmd.addAll(List.of("-H", Bench.AUTH));
    } else {
      cmd.addAll(List.of("-s", bench.o.luaDir.resolve(script).toAbsolutePath().toString()));
    }
    cmd.add("http://127.0.0.1:" + server.port() + path);
    if (script != null) {
      cmd.add("--");
      cmd.addAll(scriptArgs);
    }
    Path log = Files.createTempFile(bench.work, "wrk", ".txt");
    Cpu.Snapshot before = Cpu.snapshot(server.tree());
    Process p = bench.children.start(cmd, bench.work, log,
        delayMs == null ? Map.of() : Map.of("WRK_DELAY_MS", String.valueOf(delayMs)));
    if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
      bench.children.stop(p);
      throw new BenchFailure("wrk did not finish: " + String.join(" ", cmd));
    }
    bench.children.forget(p);
    Cpu.Snapshot after = Cpu.snapshot(server.tree());
    String out = Files.readString(log);
    Files.delete(log);
    if (p.exitValue() != 0) throw new BenchFailure("wrk failed (" + p.exitValue() + "): " + out);
    WrkResult r = WrkResult.parse(out, Cpu.otherCores(before, after), Cpu.serverCores(before, after));
    Log.say(String.format(Locale.ROOT, "  %-16s %-26s %8.0f req/s  p50 %6.2f ms  p99 %7.2f ms%s  other CPU %.2f",
        server.name(), label(), r.rps(), r.p50ms(), r.p99ms(), r.errors() > 0 ? "  ERRORS " + r.errors() : "",
        r.otherCores()));
    return r;
  }

  String label() {
    if (script == null) return "GET " + (path.length() > 22 ? path.substring(0, 22) + ".." : path);
    if (script.equals("request.lua")) return scriptArgs.get(0) + " " + scriptArgs.get(1).replaceAll("/api/v4", "")
        .replaceAll("[a-z0-9]{26}", "{id}");
    return "mix of " + scriptArgs.size();
  }
}

record WrkResult(double rps, double p50ms, double p99ms, long requests, long non2xx, long socketErrors,
    double otherCores, double serverCores, String raw) {
  long errors() {
    return non2xx + socketErrors;
  }

  /** The server's CPU time per answered request, in microseconds: barely moved by other load on the machine. */
  double cpuMicrosPerRequest() {
    return rps <= 0 ? Double.NaN : serverCores / rps * 1e6;
  }

  static WrkResult parse(String out, double otherCores, double serverCores) {
    double rps = number(out, "Requests/sec:\\s+([0-9.]+)");
    double p50 = millis(out, "50%");
    double p99 = millis(out, "99%");
    long requests = (long) number(out, "(\\d+) requests in");
    long non2xx = out.contains("Non-2xx") ? (long) number(out, "Non-2xx or 3xx responses: (\\d+)") : 0;
    long socket = 0;
    Matcher m = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(out);
    if (m.find()) {
      for (int i = 1; i <= 4; i++) socket += Long.parseLong(m.group(i));
    }
    return new WrkResult(rps, p50, p99, requests, non2xx, socket, otherCores, serverCores, out);
  }

  static double number(String out, String regex) {
    Matcher m = Pattern.compile(regex).matcher(out);
    if (!m.find()) throw new BenchFailure("no '" + regex + "' in wrk's output:\n" + out);
    return Double.parseDouble(m.group(1));
  }

  static double millis(String out, String percentile) {
    Matcher m = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s|m)\\b").matcher(out);
    if (!m.find()) throw new BenchFailure("no " + percentile + " latency in wrk's output:\n" + out);
    double v = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us" -> v / 1000;
      case "ms" -> v;
      case "s" -> v * 1000;
      default -> v * 60_000;
    };
  }
}

/**
 * CPU accounting from /proc, so each measurement says how much CPU something other than the server, wrk and this
 * program used meanwhile (other people's builds on a shared machine): the machine's busy ticks minus the server's
 * ticks minus this JVM's own and its reaped children's (wrk, jcmd).
 */
final class Cpu {
  record Snapshot(long busy, long total, long server, long self) {}

  static final int CPUS = Runtime.getRuntime().availableProcessors();

  static Snapshot snapshot(List<Long> serverPids) {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < Math.min(f.length, 9); i++) total += Long.parseLong(f[i]); // user..steal, no guest
      long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
      long server = serverPids.stream().mapToLong(pid -> ticks(pid, false)).sum();
      return new Snapshot(total - idle, total, server, ticks(ProcessHandle.current().pid(), true));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long ticks(long pid, boolean withChildren) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields after the command: state=0 ... utime=11 stime=12 cutime=13 cstime=14
      long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
      return withChildren ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
    } catch (IOException e) {
      return 0;
    }
  }

  static double otherCores(Snapshot a, Snapshot b) {
    long all = b.total - a.total;
    if (all <= 0) return 0;
    long other = (b.busy - a.busy) - (b.server - a.server) - (b.self - a.self);
    return Math.max(0, (double) other / all * CPUS);
  }

  static double serverCores(Snapshot a, Snapshot b) {
    long all = b.total - a.total;
    return all <= 0 ? 0 : (double) (b.server - a.server) / all * CPUS;
  }

  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException e) {
      return -1;
    }
  }
}

/** Resident size from /proc/PID/status and the live heap from jcmd GC.heap_info, after a jcmd GC.run. */
record Memory(long rss, long serverRss, long heapUsed, long heapCommitted) {
  static Memory afterGc(Bench bench, Bench.Server server) throws Exception {
    bench.jcmd(server.pid(), "GC.run");
    Thread.sleep(bench.o.quick ? 500 : 2000);
    String info = bench.jcmd(server.pid(), "GC.heap_info");
    // G1: one "garbage-first heap total ..K, used ..K" line; Serial and Parallel: one per generation
    Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
    long used = 0;
    long committed = 0;
    while (m.find()) {
      committed += Long.parseLong(m.group(1)) * 1024;
      used += Long.parseLong(m.group(2)) * 1024;
    }
    if (committed == 0) used = committed = -1;
    return new Memory(rss(server), status(server.pid(), "VmRSS"), used, committed);
  }

  /** VmRSS of the server's whole process tree (a launcher JVM and the JVM it relaunched into, if it does that). */
  static long rss(Bench.Server server) {
    return sum(server, "VmRSS");
  }

  static long sum(Bench.Server server, String field) {
    return server.tree().stream().mapToLong(pid -> Math.max(0, status(pid, field))).sum();
  }

  /** A field of /proc/PID/status in bytes (it is given in kB), or -1. */
  static long status(long pid, String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith(field + ":")) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
      }
    } catch (IOException e) {
      // the process is gone
    }
    return -1;
  }
}

/** RSS of one process every {@code periodMs}, on a daemon thread. */
final class Sampler {
  final List<long[]> samples = new CopyOnWriteArrayList<>(); // {millis since start, rss bytes}
  private final Bench.Server server;
  private final long periodMs;
  private Thread thread;

  Sampler(Bench.Server server, long periodMs) {
    this.server = server;
    this.periodMs = periodMs;
  }

  Sampler start() {
    long t0 = System.currentTimeMillis();
    thread = new Thread(() -> {
      try {
        while (!Thread.currentThread().isInterrupted()) {
          Thread.sleep(periodMs);
          samples.add(new long[] {System.currentTimeMillis() - t0, Memory.rss(server)});
        }
      } catch (InterruptedException e) {
        // stopped
      }
    }, "bench-rss-sampler");
    thread.setDaemon(true);
    thread.start();
    return this;
  }

  void stop() throws InterruptedException {
    thread.interrupt();
    thread.join();
  }
}

record SuiteRun(double wall, int passed, int failed, int skipped, int exit, double otherCores) {
  static SuiteRun parse(String log, double wall, int exit, double otherCores) {
    Matcher m = Pattern.compile("(?m)^(\\d+) passed, (\\d+) failed, (\\d+) skipped\\s*$").matcher(log);
    int[] last = {-1, -1, -1};
    while (m.find()) {
      last = new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }
    return new SuiteRun(wall, last[0], last[1], last[2], exit, otherCores);
  }

  int scenarios() {
    return passed + failed + skipped;
  }

  String summary() {
    return passed + " passed, " + failed + " failed, " + skipped + " skipped";
  }
}

final class Stats {
  static double median(List<Double> values) {
    List<Double> v = new ArrayList<>(values);
    Collections.sort(v);
    int n = v.size();
    return n == 0 ? Double.NaN : n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
  }

  static double median(List<WrkResult> results, java.util.function.ToDoubleFunction<WrkResult> f) {
    return median(results.stream().map(r -> f.applyAsDouble(r)).toList());
  }

  static double max(List<WrkResult> results, java.util.function.ToDoubleFunction<WrkResult> f) {
    return results.stream().mapToDouble(f).max().orElse(0);
  }
}

/** The table: every figure with its target, printed as Markdown and written as Markdown and JSON. */
final class Report {
  final StringBuilder md = new StringBuilder();
  final Map<String, Object> json = new LinkedHashMap<>();
  final List<String[]> targets = new ArrayList<>(); // figure, measured, target, verdict
  final List<Map<String, Object>> targetsJson = new ArrayList<>();
  final List<String> caveats = new ArrayList<>();
  final ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
  Double staticGet;
  double maxOther;
  String environment;

  void environment(Bench b) throws Exception {
    Map<String, Object> env = new LinkedHashMap<>();
    env.put("started", started.toString());
    env.put("commit", command(List.of("git", "rev-parse", "--short", "HEAD")).trim());
    env.put("worktree_dirty", !command(List.of("git", "status", "--porcelain", "--", "src", "pom.xml", "features",
        "mocks")).isBlank());
    env.put("jar", b.o.jar.toString());
    env.put("jar_sha256", sha256(b.jar).substring(0, 16));
    env.put("jar_modified", Files.getLastModifiedTime(b.o.jar).toString());
    env.put("stock_wiremock", b.o.stockJar.getFileName().toString());
    env.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    env.put("wrk", command(List.of("wrk", "-v")).lines().findFirst().orElse("?").replaceAll("\\s+Copyright.*", ""));
    env.put("cpus", Cpu.CPUS);
    env.put("cpu_model", Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
        .findFirst().map(l -> l.replaceAll(".*:\\s*", "")).orElse("?"));
    env.put("memory", Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll(".*:\\s*", ""));
    env.put("load_average_at_start", Cpu.loadAverage());
    env.put("options", b.o.describe());
    json.put("environment", env);
    if (b.o.label != null) env.put("label", b.o.label);
    environment = (b.o.label == null ? "" : "Measured: " + b.o.label + ". ") + String.format(Locale.ROOT,
        "work tree at commit %s%s, jar %s (sha256 %s..., built %s); %s; %s; %s; %d CPUs (%s), %s RAM; load average at start %.2f",
        env.get("commit"), (boolean) env.get("worktree_dirty") ? " + uncommitted changes" : "", env.get("jar"),
        env.get("jar_sha256"), env.get("jar_modified"), env.get("stock_wiremock"), env.get("java"), env.get("wrk"),
        Cpu.CPUS, env.get("cpu_model"), env.get("memory"), Cpu.loadAverage());
  }

  static String command(List<String> cmd) {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      return out;
    } catch (IOException | InterruptedException e) {
      return "?";
    }
  }

  static String sha256(Path file) throws Exception {
    MessageDigest d = MessageDigest.getInstance("SHA-256");
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) d.update(buf, 0, n);
    }
    return HexFormat.of().formatHex(d.digest());
  }

  // --- sections

  void responses(Http.Response mock, Http.Response stock) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("mock_head", mock.head());
    r.put("stock_head", stock.head());
    r.put("body_bytes", mock.body().length);
    json.put("get_job_responses", r);
    appendix.append("### The GET job answers compared (body identical, ").append(mock.body().length)
        .append(" bytes)\n\nmock:\n\n```\n").append(mock.head()).append("\n```\n\nstock WireMock static stub:\n\n```\n")
        .append(stock.head()).append("\n```\n\n");
  }

  final StringBuilder appendix = new StringBuilder();

  void api(Map<String, List<WrkResult>> r) {
    List<WrkResult> mock = r.get("get-mock");
    List<WrkResult> stat = r.get("get-static");
    staticGet = Stats.median(stat, WrkResult::rps);
    md.append("## GET job, list, create, PATCH (wrk -t1 -c16 --latency; medians of ").append(mock.size())
        .append(" alternating rounds)\n\n")
        .append("| measurement | req/s (median) | req/s each round | p50 | p99 | / static GET | server CPU per request"
            + " | errors | other CPU |\n")
        .append("|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
    Map<String, Object> section = new LinkedHashMap<>();
    String[][] rows = {
      {"get-static", "GET job: stock WireMock static stub", null},
      {"get-mock", "GET job: mock", "GET job: mock / static-stub WireMock (req/s)|0.9"},
      {"list", "GET list ?per_page=60 (1,000 jobs): mock", "list page (60 of 1,000 jobs) / static GET|0.5"},
      {"create", "POST create data_retention: mock", "create / static GET|0.5"},
      {"patch", "PATCH status pending+force: mock", "PATCH status / static GET|0.5"},
    };
    for (String[] row : rows) {
      List<WrkResult> rs = r.get(row[0]);
      double rps = Stats.median(rs, WrkResult::rps);
      double ratio = rps / staticGet;
      List<String> perRoundRatio = new ArrayList<>();
      for (int i = 0; i < rs.size(); i++) perRoundRatio.add(fmt2(rs.get(i).rps() / stat.get(i).rps()));
      md.append("| ").append(row[1]).append(" | ").append(fmt0(rps)).append(" | ")
          .append(rs.stream().map(x -> fmt0(x.rps())).collect(Collectors.joining(", "))).append(" | ")
          .append(ms(Stats.median(rs, WrkResult::p50ms))).append(" | ").append(ms(Stats.median(rs, WrkResult::p99ms)))
          .append(" | ").append(row[0].equals("get-static") ? "1" : fmt2(ratio) + "x (" + String.join(", ", perRoundRatio)
              + ")").append(" | ").append(us(Stats.median(rs, WrkResult::cpuMicrosPerRequest))).append(" | ")
          .append(rs.stream().mapToLong(WrkResult::errors).sum()).append(" | ")
          .append(fmt2(Stats.max(rs, WrkResult::otherCores))).append(" |\n");
      section.put(row[0], wrkJson(rs, ratio));
      noteOther(rs);
      if (row[2] != null) {
        String[] t = row[2].split("\\|");
        double min = Double.parseDouble(t[1]);
        target(t[0], fmt2(ratio) + "x (" + fmt0(rps) + " vs " + fmt0(staticGet) + " req/s; p99 "
            + ms(Stats.median(rs, WrkResult::p99ms)) + "; CPU per request " + us(Stats.median(rs,
            WrkResult::cpuMicrosPerRequest)) + " vs " + us(Stats.median(stat, WrkResult::cpuMicrosPerRequest)) + ")",
            ">= " + t[1] + "x", ratio >= min,
            ratio >= min ? "" : "by " + pct((min - ratio) / min) + " (" + fmt2(ratio) + " of " + t[1] + ")", ratio,
            Math.max(Stats.max(rs, WrkResult::otherCores), Stats.max(stat, WrkResult::otherCores)));
      }
      if (rs.stream().anyMatch(x -> x.errors() > 0)) {
        caveats.add(row[1] + ": wrk counted errors (non-2xx/3xx answers or socket errors); see the JSON");
      }
    }
    md.append("\n'/ static GET' is the ratio of medians, then each round's own ratio. 'server CPU per request' is the "
        + "server's CPU time (its whole process tree, from /proc) divided by the requests it answered: it moves little "
        + "when other processes compete for the CPU, so it is the figure to compare when 'other CPU' is high. "
        + "'other CPU' is the most CPU (in cores) that processes other than the server under test, wrk and this "
        + "program used during one measurement of that row: more than ~0.2 means the req/s of that row were "
        + "disturbed.\n\n");
    json.put("api", section);
  }

  void scale(Map<String, List<WrkResult>> r, Memory small, Memory large, double seedSeconds) {
    md.append("## Scale: 1,000 vs 1,000,000 stored jobs (one fresh process each, same load history)\n\n")
        .append("| request | req/s 1k | req/s 1M | 1M / 1k | each round 1M / 1k | p99 1k | p99 1M | CPU per request 1k "
            + "/ 1M | errors | other CPU |\n")
        .append("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|\n");
    Map<String, Object> section = new LinkedHashMap<>();
    Set<String> names = new LinkedHashSet<>();
    r.keySet().forEach(k -> names.add(k.split("\\|")[0]));
    for (String name : names) {
      List<WrkResult> a = r.get(name + "|1k");
      List<WrkResult> b = r.get(name + "|1M");
      double ra = Stats.median(a, WrkResult::rps);
      double rb = Stats.median(b, WrkResult::rps);
      double ratio = rb / ra;
      List<String> each = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) each.add(fmt2(b.get(i).rps() / a.get(i).rps()));
      md.append("| ").append(name).append(" | ").append(fmt0(ra)).append(" | ").append(fmt0(rb)).append(" | ")
          .append(fmt2(ratio)).append("x | ").append(String.join(", ", each)).append(" | ")
          .append(ms(Stats.median(a, WrkResult::p99ms))).append(" | ").append(ms(Stats.median(b, WrkResult::p99ms)))
          .append(" | ").append(us(Stats.median(a, WrkResult::cpuMicrosPerRequest))).append(" / ")
          .append(us(Stats.median(b, WrkResult::cpuMicrosPerRequest)))
          .append(" | ").append(Stream.concat(a.stream(), b.stream()).mapToLong(WrkResult::errors).sum())
          .append(" | ").append(fmt2(Math.max(Stats.max(a, WrkResult::otherCores), Stats.max(b, WrkResult::otherCores))))
          .append(" |\n");
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("1k", wrkJson(a, null));
      e.put("1M", wrkJson(b, null));
      e.put("ratio_1M_1k", ratio);
      section.put(name, e);
      noteOther(a);
      noteOther(b);
      target(name + ": 1M jobs / 1k jobs (req/s)", fmt2(ratio) + "x (" + fmt0(rb) + " vs " + fmt0(ra) + " req/s)",
          ">= 0.8x", ratio >= 0.8, ratio >= 0.8 ? "" : "by " + pct((0.8 - ratio) / 0.8), ratio,
          Math.max(Stats.max(a, WrkResult::otherCores), Stats.max(b, WrkResult::otherCores)));
    }
    double perJob = (large.rss() - small.rss()) / 999_000.0;
    double heapPerJob = (large.heapUsed() - small.heapUsed()) / 999_000.0;
    md.append("\nResident memory, read from /proc/PID/status VmRSS right after `jcmd PID GC.run`: ")
        .append(mib(small.rss())).append(" with 1k jobs, ").append(mib(large.rss())).append(" with 1M jobs -> ")
        .append(fmt0(perJob)).append(" bytes per stored job ((RSS 1M - RSS 1k) / 999,000). Live heap after that GC ")
        .append("(jcmd GC.heap_info 'used'): ").append(mib(small.heapUsed())).append(" and ")
        .append(mib(large.heapUsed())).append(" -> ").append(fmt0(heapPerJob)).append(" bytes per job; committed heap ")
        .append(mib(small.heapCommitted())).append(" and ").append(mib(large.heapCommitted()))
        .append(". Seeding 1,000,000 jobs through `POST /__admin/jobs/bulk` took ")
        .append(String.format(Locale.ROOT, "%.1f s", seedSeconds)).append(".\n\n");
    Map<String, Object> mem = new LinkedHashMap<>();
    mem.put("method", "VmRSS from /proc/PID/status (summed over the process tree) right after jcmd PID GC.run; heap from jcmd GC.heap_info");
    mem.put("rss_1k", small.rss());
    mem.put("rss_1M", large.rss());
    mem.put("heap_used_1k", small.heapUsed());
    mem.put("heap_used_1M", large.heapUsed());
    mem.put("heap_committed_1k", small.heapCommitted());
    mem.put("heap_committed_1M", large.heapCommitted());
    mem.put("rss_bytes_per_job", perJob);
    mem.put("heap_bytes_per_job", heapPerJob);
    mem.put("seed_1M_seconds", seedSeconds);
    section.put("memory", mem);
    json.put("scale", section);
    target("resident memory per stored job (RSS after GC.run)", fmt0(perJob) + " B (live heap " + fmt0(heapPerJob)
        + " B)", "<= 600 B", perJob <= 600, perJob <= 600 ? "" : "by " + fmt0(perJob - 600) + " B", perJob);
  }

  void startup(List<Double> mock, List<Double> stock, double other) {
    double m = Stats.median(mock);
    double s = Stats.median(stock);
    md.append("## Startup: process start to the first answered request (poll every 5 ms; medians of ")
        .append(mock.size()).append(" alternating starts)\n\n")
        .append("| server | median | each start |\n|---|---:|---|\n")
        .append("| mock (`java -jar jobs-conformance.jar mock`) | ").append(secs(m)).append(" | ")
        .append(mock.stream().map(Report::secs).collect(Collectors.joining(", "))).append(" |\n")
        .append("| stock WireMock (`java -jar wiremock-standalone-3.13.2.jar`, one stub) | ").append(secs(s))
        .append(" | ").append(stock.stream().map(Report::secs).collect(Collectors.joining(", "))).append(" |\n\n");
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("mock_seconds", mock);
    j.put("stock_seconds", stock);
    j.put("mock_median", m);
    j.put("stock_median", s);
    j.put("other_cpu_cores", other);
    json.put("startup", j);
    target("startup to first answer: mock vs stock WireMock", secs(m) + " vs " + secs(s) + " (" + fmt2(m / s) + "x)",
        "<= 1.0x", m <= s, m <= s ? "" : "by " + secs(m - s) + " (" + pct(m / s - 1) + ")", m / s, other);
  }

  void memory(int seconds, WrkResult load, long rssEnd, long hwm, List<long[]> samples, Memory afterGc) {
    long peak = samples.stream().mapToLong(x -> x[1]).max().orElse(rssEnd);
    md.append("## Memory: the mock after ").append(seconds)
        .append(" s of maximum load (wrk -t2 -c64, GET/list/PATCH mix, journal as shipped: 1000 entries)\n\n")
        .append("| figure | value |\n|---|---:|\n")
        .append("| VmRSS at the end of the load | ").append(mib(rssEnd)).append(" |\n")
        .append("| highest VmRSS sampled each second during the load | ").append(mib(peak)).append(" |\n")
        .append("| VmHWM (peak resident since the process started) | ").append(mib(hwm)).append(" |\n")
        .append("| VmRSS after `jcmd GC.run` | ").append(mib(afterGc.rss())).append(" |\n")
        .append("| of which the JVM that serves (when the mock relaunches itself) | ").append(mib(afterGc.serverRss()))
        .append(" |\n")
        .append("| live heap after that GC | ").append(mib(afterGc.heapUsed())).append(" |\n")
        .append("| throughput of the mix | ").append(fmt0(load.rps())).append(" req/s, p99 ").append(ms(load.p99ms()))
        .append(", errors ").append(load.errors()).append(" |\n\n");
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("rss_end", rssEnd);
    j.put("rss_peak_sampled", peak);
    j.put("vm_hwm", hwm);
    j.put("rss_after_gc", afterGc.rss());
    j.put("heap_used_after_gc", afterGc.heapUsed());
    j.put("load", wrkJson(List.of(load), null));
    j.put("rss_samples", samples.stream().map(x -> List.of(x[0], x[1])).toList());
    json.put("memory", j);
    target("RSS after the load (wrk -t2 -c64)", mib(rssEnd) + " (peak " + mib(hwm) + ")", "< 512 MiB",
        rssEnd < 512 * Bench.MIB, rssEnd < 512 * Bench.MIB ? "" : "by " + mib(rssEnd - 512 * Bench.MIB), rssEnd,
        load.otherCores());
    if (load.errors() > 0) caveats.add("the maximum-load run had " + load.errors() + " errors");
  }

  void suite(List<SuiteRun> runs) {
    double wall = Stats.median(runs.stream().map(SuiteRun::wall).toList());
    SuiteRun first = runs.get(0);
    md.append("## The conformance suite against the embedded mock (`java -jar jobs-conformance.jar run`)\n\n")
        .append("| run | wall | scenarios | scenarios/s | exit | other CPU |\n|---|---:|---|---:|---:|---:|\n");
    for (int i = 0; i < runs.size(); i++) {
      SuiteRun r = runs.get(i);
      md.append("| ").append(i + 1).append(" | ").append(secs(r.wall())).append(" | ").append(r.summary()).append(" | ")
          .append(fmt0(r.scenarios() / r.wall())).append(" | ").append(r.exit()).append(" | ")
          .append(fmt2(r.otherCores())).append(" |\n");
    }
    md.append("\nWall time includes the JVM start, the embedded mock, every scenario and every report (Allure "
        + "included).\n\n");
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("runs", runs.stream().map(r -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("wall_seconds", r.wall());
      x.put("passed", r.passed());
      x.put("failed", r.failed());
      x.put("skipped", r.skipped());
      x.put("exit", r.exit());
      x.put("other_cpu_cores", r.otherCores());
      return x;
    }).toList());
    j.put("wall_median_seconds", wall);
    j.put("scenarios_per_second", first.scenarios() / wall);
    json.put("suite", j);
    target("whole suite against the embedded mock, wall", secs(wall) + " (" + first.scenarios() + " scenarios, "
        + fmt0(first.scenarios() / wall) + "/s)", "< 30 s", wall < 30, wall < 30 ? "" : "by " + secs(wall - 30), wall,
        runs.stream().mapToDouble(SuiteRun::otherCores).max().orElse(0));
    if (runs.stream().anyMatch(r -> r.failed() > 0 || r.exit() != 0)) {
      caveats.add("the suite reported failures (exit code not 0): its wall time is still given");
    }
  }

  void soak(WrkResult load, List<long[]> samples, Memory before, Memory after, int minutes) {
    double second = avg(samples, 60_000, 120_000);
    double last = avg(samples, (minutes - 1) * 60_000L, minutes * 60_000L + 30_000);
    boolean flat = last <= second * 1.10;
    md.append("## Soak: ").append(minutes).append(" min of moderate mixed load (wrk -t1 -c8, 4 ms pause per answer; ")
        .append("GET, lists, PATCH, create, a namespace dropped every 2000 requests)\n\n")
        .append("| figure | value |\n|---|---:|\n")
        .append("| requests, rate | ").append(load.requests()).append(", ").append(fmt0(load.rps())).append(" req/s |\n")
        .append("| errors (non-2xx/3xx answers + socket errors) | ").append(load.errors()).append(" (")
        .append(load.non2xx()).append(" + ").append(load.socketErrors()).append(") |\n")
        .append("| average VmRSS in the 2nd minute | ").append(mib((long) second)).append(" |\n")
        .append("| average VmRSS in the last minute | ").append(mib((long) last)).append(" (")
        .append(String.format(Locale.ROOT, "%+.1f%%", (last / second - 1) * 100)).append(") |\n")
        .append("| live heap after GC.run before / after | ").append(mib(before.heapUsed())).append(" / ")
        .append(mib(after.heapUsed())).append(" |\n")
        .append("| VmRSS after GC.run before / after | ").append(mib(before.rss())).append(" / ")
        .append(mib(after.rss())).append(" |\n")
        .append("| p50 / p99 | ").append(ms(load.p50ms())).append(" / ").append(ms(load.p99ms())).append(" |\n\n")
        .append("RSS every 10 s (MiB): ").append(samples.stream().map(x -> String.valueOf(x[1] / Bench.MIB))
            .collect(Collectors.joining(" "))).append("\n\n");
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("minutes", minutes);
    j.put("load", wrkJson(List.of(load), null));
    j.put("rss_avg_second_minute", second);
    j.put("rss_avg_last_minute", last);
    j.put("flat", flat);
    j.put("heap_used_after_gc_before", before.heapUsed());
    j.put("heap_used_after_gc_after", after.heapUsed());
    j.put("rss_samples", samples.stream().map(x -> List.of(x[0], x[1])).toList());
    json.put("soak", j);
    target("soak: memory flat (last-minute avg RSS <= 2nd-minute avg + 10%)", mib((long) last) + " vs "
        + mib((long) second), "flat", flat, flat ? "" : "grew " + pct(last / second - 1), last / second,
        load.otherCores());
    target("soak: errors", String.valueOf(load.errors()), "0", load.errors() == 0,
        load.errors() == 0 ? "" : load.errors() + " errors", load.errors(), load.otherCores());
  }

  static double avg(List<long[]> samples, long from, long to) {
    return samples.stream().filter(x -> x[0] >= from && x[0] < to).mapToLong(x -> x[1]).average().orElse(Double.NaN);
  }

  // --- output

  void target(String figure, String measured, String target, boolean met, String miss, double value) {
    target(figure, measured, target, met, miss, value, Double.NaN);
  }

  void target(String figure, String measured, String target, boolean met, String miss, double value, double other) {
    targets.add(new String[] {figure, measured, target, met ? "met" : "MISSED " + miss,
        Double.isNaN(other) ? "" : fmt2(other)});
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("figure", figure);
    j.put("measured", measured);
    j.put("value", value);
    j.put("target", target);
    j.put("met", met);
    if (!Double.isNaN(other)) j.put("other_cpu_cores_max", other);
    targetsJson.add(j);
  }

  void noteOther(List<WrkResult> rs) {
    maxOther = Math.max(maxOther, Stats.max(rs, WrkResult::otherCores));
  }

  void finish(Bench b) throws IOException {
    StringBuilder all = new StringBuilder();
    all.append("# Jobs API mock benchmark, ").append(started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
        .append(" UTC\n\n").append(environment).append(". ").append(b.o.describe()).append(".\n\n");
    all.append("## Targets (issue 4)\n\n");
    if (b.o.quick) {
      all.append("A --quick run: one short round, for trying the script. Do not judge the mock by these figures.\n\n");
    }
    all.append("| figure | measured | target | verdict | other CPU |\n|---|---|---|---|---:|\n");
    for (String[] t : targets) all.append("| ").append(String.join(" | ", t)).append(" |\n");
    long met = targets.stream().filter(t -> t[3].equals("met")).count();
    all.append("\n").append(met).append(" of ").append(targets.size()).append(" targets met.\n\n");
    all.append(md);
    all.append("## How this was measured\n\n")
        .append("- Servers run as shipped, with no JVM options, from a snapshot of the jars taken at the start of the run,"
            + " in a working directory without `mocks/` (the mock uses the mappings packaged in its jar). The mock: "
            + "`java -jar jobs-conformance.jar mock --port P` (request journal as shipped: 1000 entries). Stock "
            + "WireMock: `java -jar wiremock-standalone-3.13.2.jar --port Q --root-dir DIR --no-request-journal "
            + "--disable-banner`, one mapping matching method and URL that answers with the mock's body bytes and "
            + "headers for that job (compared below).\n")
        .append("- Load: wrk on the same 2-core machine as the server, `-t1 -c16 -d").append(b.o.duration)
        .append("s --latency` per measurement, after ").append(b.o.warmup).append(" s of warm-up load per server; GET"
            + " and list requests are wrk's own (header `Authorization: Bearer admin-token`), create and PATCH go "
            + "through `bench/lua/request.lua`, mixes through `bench/lua/mix.lua`. Creates go to namespace "
            + "`bench-create`, dropped after every measurement so the store does not grow between rounds.\n")
        .append("- Each round measures mock GET, static GET, list, create, PATCH in that order (A/B/A/B); the scale "
            + "rounds alternate the 1k and 1M process per request kind. Figures are medians over rounds; ratios are "
            + "ratios of medians.\n")
        .append("- Stored jobs: four interleaved bulk runs (data_retention success, message_export success, ldap_sync "
            + "error, data_retention pending) plus the GET job and the PATCH job, exactly 1,000 or 1,000,000.\n")
        .append("- Resident memory is VmRSS from /proc/PID/status, summed over the server's process tree (the JVM "
            + "started and any JVM it relaunches itself into); per stored job it is read after `jcmd PID "
            + "GC.run` in both processes, so it counts the heap the JVM keeps committed after a full GC, not only "
            + "live objects (the live heap is given beside it).\n");
    if (maxOther > 0.2) {
      caveats.add(String.format(Locale.ROOT, "other processes used up to %.2f cores during some measurements (see "
          + "'other CPU'): on a 2-core machine that lowers the figures of those rounds", maxOther));
    }
    caveats.add(String.format(Locale.ROOT, "load average %.2f at the end of the run", Cpu.loadAverage()));
    all.append("\n## Caveats\n\n");
    for (String c : caveats) all.append("- ").append(c).append("\n");
    all.append("\n").append(appendix);
    json.put("targets", targetsJson);
    json.put("caveats", caveats);

    String stamp = started.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + (b.o.quick ? "-quick" : "");
    Files.createDirectories(b.o.out);
    Path mdFile = b.o.out.resolve(stamp + ".md");
    Files.writeString(mdFile, all);
    Files.writeString(b.o.out.resolve(stamp + ".json"), Json.write(json) + "\n");
    Files.writeString(b.o.out.resolve("latest.md"), all);
    Files.writeString(b.o.out.resolve("latest.json"), Json.write(json) + "\n");
    System.out.print(all);
    System.out.flush();
    Log.say("written: " + mdFile + ", " + b.o.out.resolve(stamp + ".json") + ", " + b.o.out.resolve("latest.md"));
  }

  static Map<String, Object> wrkJson(List<WrkResult> rs, Double ratio) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("rps_median", Stats.median(rs, WrkResult::rps));
    j.put("p50_ms_median", Stats.median(rs, WrkResult::p50ms));
    j.put("p99_ms_median", Stats.median(rs, WrkResult::p99ms));
    if (ratio != null) j.put("ratio_to_static_get", ratio);
    j.put("rounds", rs.stream().map(r -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("rps", r.rps());
      x.put("p50_ms", r.p50ms());
      x.put("p99_ms", r.p99ms());
      x.put("requests", r.requests());
      x.put("non_2xx_3xx", r.non2xx());
      x.put("socket_errors", r.socketErrors());
      x.put("server_cpu_cores", r.serverCores());
      x.put("server_cpu_us_per_request", r.cpuMicrosPerRequest());
      x.put("other_cpu_cores", r.otherCores());
      return x;
    }).toList());
    return j;
  }

  static String fmt0(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  static String fmt2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static String ms(double v) {
    return String.format(Locale.ROOT, v < 10 ? "%.2f ms" : "%.1f ms", v);
  }

  static String us(double v) {
    return String.format(Locale.ROOT, "%.0f us", v);
  }

  static String secs(double v) {
    return String.format(Locale.ROOT, "%.2f s", v);
  }

  static String pct(double v) {
    return String.format(Locale.ROOT, "%.0f%%", v * 100);
  }

  static String mib(long bytes) {
    return bytes < 0 ? "?" : String.format(Locale.ROOT, "%.0f MiB", bytes / (double) Bench.MIB);
  }
}

/** JSON out, for the report and the stock WireMock mapping: maps, lists, strings, numbers, booleans. */
final class Json {
  static String write(Object v) {
    StringBuilder sb = new StringBuilder();
    write(sb, v, "");
    return sb.toString();
  }

  private static void write(StringBuilder sb, Object v, String indent) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof Map<?, ?> m) {
      sb.append("{");
      String inner = indent + "  ";
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        sb.append(first ? "\n" : ",\n").append(inner);
        string(sb, String.valueOf(e.getKey()));
        sb.append(": ");
        write(sb, e.getValue(), inner);
        first = false;
      }
      sb.append(first ? "}" : "\n" + indent + "}");
    } else if (v instanceof List<?> l) {
      boolean flat = l.stream().noneMatch(x -> x instanceof Map || x instanceof List);
      sb.append("[");
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) sb.append(flat ? ", " : ",");
        if (!flat) sb.append("\n").append(indent).append("  ");
        write(sb, l.get(i), indent + "  ");
      }
      if (!flat && !l.isEmpty()) sb.append("\n").append(indent);
      sb.append("]");
    } else if (v instanceof String s) {
      string(sb, s);
    } else if (v instanceof Double d) {
      sb.append(d.isNaN() || d.isInfinite() ? "null" : String.format(Locale.ROOT, "%.4f", d)
          .replaceAll("0+$", "").replaceAll("\\.$", ""));
    } else {
      sb.append(v);
    }
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
          else sb.append(c);
        }
      }
    }
    sb.append('"');
  }
}

/**
 * {@code --profile}: where the mock spends its CPU under each load. A JFR recording (settings=profile, 10 ms
 * samples) around one wrk measurement per request kind, summarised by the top frames of {@code jdk.ExecutionSample}:
 * self time, inclusive time, and the component (first non-JDK frame) that holds the CPU.
 */
final class Profiler {
  final Bench b;

  Profiler(Bench b) {
    this.b = b;
  }

  void run() throws Exception {
    Log.section("profile: JFR CPU samples of the mock under each load");
    Bench.Server mock = b.startMock("mock");
    Bench.Seeded s = b.seed(mock, null, Bench.SMALL);
    String get = "/api/v4/jobs/" + s.getId();
    String patch = "/api/v4/jobs/" + s.patchId() + "/status";
    b.wrk(mock, Wrk.mix(List.of("3|GET|" + get + "||" + Bench.AUTH, "1|GET|" + Bench.LIST + "||" + Bench.AUTH,
        "1|POST|/api/v4/jobs|" + Bench.CREATE_BODY + "|" + Bench.AUTH + "|" + Bench.NS + ": bench-create",
        "1|PATCH|" + patch + "|" + Bench.PATCH_BODY + "|" + Bench.AUTH)), b.o.warmup);
    b.dropNamespace(mock, "bench-create");
    Map<String, Wrk> loads = new LinkedHashMap<>();
    loads.put("GET job", Wrk.get(get));
    loads.put("list page", Wrk.get(Bench.LIST));
    loads.put("create", Wrk.request("POST", "/api/v4/jobs", Bench.CREATE_BODY, Bench.AUTH,
        Bench.NS + ": bench-create"));
    loads.put("PATCH status", Wrk.request("PATCH", patch, Bench.PATCH_BODY, Bench.AUTH));
    StringBuilder out = new StringBuilder("# Where the mock spends its CPU (JFR execution samples)\n\n")
        .append(b.report.environment).append(".\n\nEach section: one `").append(Wrk.get(get).describe())
        .append(" -d").append(b.o.duration).append("s` under `jcmd PID JFR.start settings=profile`, after ")
        .append(b.o.warmup).append(" s of mixed warm-up. Percentages of CPU samples (10 ms each, Java code only) and "
            + "of sampled allocation weight.\n\n");
    for (Map.Entry<String, Wrk> e : loads.entrySet()) {
      out.append(record(mock, e.getKey(), e.getValue()));
      if (e.getKey().equals("create")) b.dropNamespace(mock, "bench-create");
    }
    // The same GET on stock WireMock serving the same answer as a static stub: what the mock adds is the difference.
    b.writeStockRoot(get, Bench.expect(Http.exchange(mock.port(), "GET", get, List.of(Bench.AUTH), null), 200, "GET"));
    b.children.stop(mock.process());
    Bench.Server stock = b.startStock("stock WireMock");
    b.wrk(stock, Wrk.get(get), b.o.warmup);
    out.append(record(stock, "GET job on stock WireMock (static stub, journal off), for comparison", Wrk.get(get)));
    b.children.stop(stock.process());
    Files.createDirectories(b.o.out);
    String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    Path file = b.o.out.resolve(stamp + "-profile.md");
    Files.writeString(file, out);
    System.out.print(out);
    Log.say("written: " + file);
  }

  String record(Bench.Server server, String name, Wrk load) throws Exception {
    Path jfr = b.work.resolve(name.replaceAll("[^A-Za-z0-9]+", "-") + ".jfr");
    b.jcmd(server.pid(), "JFR.start", "name=bench", "settings=profile", "filename=" + jfr);
    WrkResult r = b.wrk(server, load, b.o.duration);
    b.jcmd(server.pid(), "JFR.stop", "name=bench");
    return summarise(name, r, jfr);
  }

  /** One JFR event as {@code jfr print} shows it: its top-level fields and its stack, innermost frame first. */
  record Event(Map<String, String> fields, List<String> stack) {}

  List<Event> events(Path jfr, String type) throws Exception {
    Path text = b.work.resolve(jfr.getFileName() + "." + type + ".txt");
    Process p = b.children.start(List.of(Path.of(System.getProperty("java.home"), "bin", "jfr").toString(), "print",
        "--events", type, "--stack-depth", "64", jfr.toString()), b.work, text);
    p.waitFor(5, TimeUnit.MINUTES);
    b.children.forget(p);
    List<Event> events = new ArrayList<>();
    Map<String, String> fields = null;
    List<String> stack = null;
    for (String line : Files.readAllLines(text)) {
      String t = line.trim();
      if (t.equals(type + " {")) {
        fields = new HashMap<>();
        stack = new ArrayList<>();
      } else if (fields == null) {
        continue;
      } else if (line.equals("}")) {
        events.add(new Event(fields, stack));
        fields = null;
      } else if (t.startsWith("stackTrace = [")) {
        stack = new ArrayList<>();
        fields.put("stackTrace", "");
      } else if (fields.containsKey("stackTrace") && !t.equals("]") && !t.equals("...")) {
        if (line.startsWith("    ")) stack.add(t.replaceAll("\\s+line:.*$", ""));
      } else if (line.startsWith("  ") && !line.startsWith("   ") && t.contains(" = ")) {
        fields.put(t.substring(0, t.indexOf(" = ")), t.substring(t.indexOf(" = ") + 3));
      }
    }
    Files.deleteIfExists(text);
    return events;
  }

  String summarise(String name, WrkResult r, Path jfr) throws Exception {
    Map<String, Double> self = new HashMap<>();
    Map<String, Double> inclusive = new HashMap<>();
    Map<String, Double> component = new HashMap<>();
    List<Event> samples = events(jfr, "jdk.ExecutionSample").stream()
        .filter(e -> !e.stack().isEmpty() && !e.fields().getOrDefault("sampledThread", "").contains("JFR")).toList();
    for (Event e : samples) {
      self.merge(e.stack().get(0), 1.0, Double::sum);
      new LinkedHashSet<>(e.stack()).forEach(f -> inclusive.merge(f, 1.0, Double::sum));
      component.merge(componentOf(e.stack()), 1.0, Double::sum);
    }
    StringBuilder sb = new StringBuilder();
    sb.append("## ").append(name).append(String.format(Locale.ROOT, " (%,.0f req/s, p99 %.2f ms, server CPU %.0f us per "
        + "request, other CPU %.2f cores; %d CPU samples)\n\n", r.rps(), r.p99ms(), r.cpuMicrosPerRequest(),
        r.otherCores(), samples.size()));
    sb.append("Component holding the CPU (first frame outside java.*, jdk.*, sun.*):\n\n");
    top(sb, component, samples.size(), 12, "%");
    sb.append("\nTop frames, self:\n\n");
    top(sb, self, samples.size(), 20, "%");
    sb.append("\nTop frames, inclusive (only io.jobsconformance, WireMock and Jackson frames):\n\n");
    top(sb, ours(inclusive), samples.size(), 30, "%");

    List<Event> gcs = events(jfr, "jdk.GarbageCollection");
    Map<String, Double> pauses = new HashMap<>();
    Map<String, Double> counts = new HashMap<>();
    double longest = 0;
    for (Event e : gcs) {
      double pause = millis(e.fields().getOrDefault("sumOfPauses", "0 ms"));
      String gc = e.fields().getOrDefault("name", "?").replace("\"", "");
      pauses.merge(gc, pause, Double::sum);
      counts.merge(gc, 1.0, Double::sum);
      longest = Math.max(longest, millis(e.fields().getOrDefault("longestPause", "0 ms")));
    }
    sb.append("\nGarbage collections in the recording (about ").append(b.o.duration).append(" s of load): ");
    sb.append(counts.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %d, %.0f ms paused", e.getKey(),
        Math.round(e.getValue()), pauses.get(e.getKey()))).collect(Collectors.joining("; ")));
    sb.append(String.format(Locale.ROOT, "; longest pause %.1f ms.\n", longest));

    Map<String, Double> allocSite = new HashMap<>();
    Map<String, Double> allocComponent = new HashMap<>();
    Map<String, Double> allocClass = new HashMap<>();
    double allocated = 0;
    for (Event e : events(jfr, "jdk.ObjectAllocationSample")) {
      if (e.stack().isEmpty() || e.fields().getOrDefault("eventThread", "").contains("Attach Listener")) continue;
      double w = bytes(e.fields().getOrDefault("weight", "0 bytes"));
      allocated += w;
      allocClass.merge(e.fields().getOrDefault("objectClass", "?").replaceAll(" \\(classLoader.*", ""), w, Double::sum);
      allocComponent.merge(componentOf(e.stack()), w, Double::sum);
      new LinkedHashSet<>(e.stack()).forEach(f -> allocSite.merge(f, w, Double::sum));
    }
    // The exact total comes from the per-thread counters (jdk.ThreadAllocationStatistics, at the recording's start
    // and end); the samples only say where it goes.
    List<Event> threadStats = events(jfr, "jdk.ThreadAllocationStatistics");
    List<String> times = threadStats.stream().map(e -> e.fields().getOrDefault("startTime", "")).sorted().toList();
    String first = times.isEmpty() ? "" : times.get(0);
    String last = times.isEmpty() ? "" : times.get(times.size() - 1);
    Map<String, double[]> perThread = new HashMap<>(); // {at start or NaN, at end or NaN}
    for (Event e : threadStats) {
      String thread = e.fields().getOrDefault("thread", "?");
      if (thread.contains("Attach Listener") || thread.contains("JFR")) continue;
      double[] v = perThread.computeIfAbsent(thread, t -> new double[] {Double.NaN, Double.NaN});
      String at = e.fields().getOrDefault("startTime", "");
      double allocatedSoFar = bytes(e.fields().getOrDefault("allocated", "0 bytes"));
      if (at.equals(first)) v[0] = allocatedSoFar;
      if (at.equals(last)) v[1] = allocatedSoFar;
    }
    double exact = 0;
    for (double[] v : perThread.values()) {
      if (!Double.isNaN(v[1])) exact += v[1] - (Double.isNaN(v[0]) ? 0 : v[0]); // a thread born meanwhile: all of it
    }
    sb.append(String.format(Locale.ROOT, "\nAllocation: %.0f MiB by the server's threads during the recording, %.1f KiB "
        + "per request (jdk.ThreadAllocationStatistics). Where it goes, from jdk.ObjectAllocationSample weights (a "
        + "sample, so rough):\n\nBy component:\n\n", exact / 1048576, exact / 1024 / Math.max(1, r.requests())));
    top(sb, allocComponent, allocated, 10, "%");
    sb.append("\nBy class:\n\n");
    top(sb, allocClass, allocated, 10, "%");
    sb.append("\nBy frame, inclusive (only io.jobsconformance, WireMock and Jackson frames):\n\n");
    top(sb, ours(allocSite), allocated, 25, "%");
    return sb.append("\n").toString();
  }

  static Map<String, Double> ours(Map<String, Double> frames) {
    Map<String, Double> ours = new HashMap<>();
    frames.forEach((k, v) -> {
      if (k.startsWith("io.jobsconformance") || k.startsWith("com.github.tomakehurst") || k.startsWith("com.fasterxml")
          || k.startsWith("wiremock.com.fasterxml")) {
        ours.put(k, v);
      }
    });
    return ours;
  }

  static double millis(String value) {
    String[] p = value.trim().split("\\s+");
    double v = Double.parseDouble(p[0].replace(",", ""));
    return switch (p.length > 1 ? p[1] : "ms") {
      case "ns" -> v / 1e6;
      case "us" -> v / 1e3;
      case "s" -> v * 1e3;
      case "m", "min" -> v * 6e4;
      default -> v;
    };
  }

  static double bytes(String value) {
    String[] p = value.trim().split("\\s+");
    double v = Double.parseDouble(p[0].replace(",", ""));
    return switch (p.length > 1 ? p[1] : "bytes") {
      case "kB" -> v * 1024;
      case "MB" -> v * 1024 * 1024;
      case "GB" -> v * 1024 * 1024 * 1024;
      default -> v;
    };
  }

  static String componentOf(List<String> stack) {
    for (String frame : stack) {
      // stock WireMock's standalone jar shades its libraries under wiremock.: count them as the libraries
      String f = frame.startsWith("wiremock.") && !frame.startsWith("wiremock.Run") ? frame.substring(9) : frame;
      if (f.startsWith("java.") || f.startsWith("jdk.") || f.startsWith("sun.")) continue;
      String[] parts = f.split("\\.");
      if (f.startsWith("io.jobsconformance.")) return "io.jobsconformance." + parts[2];
      if (f.startsWith("com.github.tomakehurst.wiremock.")) return "wiremock." + parts[4];
      return parts.length > 2 ? parts[0] + "." + parts[1] + "." + parts[2] : f;
    }
    return "JDK only";
  }

  static void top(StringBuilder sb, Map<String, Double> counts, double total, int n, String unit) {
    counts.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(n)
        .forEach(e -> sb.append(String.format(Locale.ROOT, "    %5.1f%s  %s%n", 100.0 * e.getValue() / total, unit,
            e.getKey())));
  }

}
