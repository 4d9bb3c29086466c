package dev.netplayground.ui.lab;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netplayground.engine.codec.Csv;
import dev.netplayground.engine.core.Addresses;
import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.core.ProcessFigures;
import dev.netplayground.engine.http.DataServer;
import dev.netplayground.engine.http.DataServerConfig;
import dev.netplayground.engine.load.HttpLoadConfig;
import dev.netplayground.engine.load.HttpLoadRun;
import dev.netplayground.engine.load.LatencyHistogram;
import dev.netplayground.engine.load.LoadConfig;
import dev.netplayground.engine.load.LoadResult;
import dev.netplayground.engine.load.LoadRun;
import dev.netplayground.engine.tcp.ConcurrencyModel;
import dev.netplayground.engine.tcp.MessageHandler;
import dev.netplayground.engine.tcp.TcpServer;
import dev.netplayground.engine.tcp.TcpServerConfig;
import dev.netplayground.ui.common.ChartPoint;
import dev.netplayground.ui.common.FieldChecks;
import dev.netplayground.ui.common.Inputs;
import dev.netplayground.ui.common.ModelNames;
import dev.netplayground.ui.common.Plural;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The concurrency lab: the same echo workload against a server of each model in turn, with
 * live figures once a second and a comparison at the end. The runs happen on the engine's
 * task executor; this reads their counters once per pulse. FX thread only.
 */
public final class LabViewModel {
    private final Engine engine;
    private final Executor fx;
    private final StringProperty clients = new SimpleStringProperty("200");
    private final StringProperty seconds = new SimpleStringProperty("5");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper live = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<LabRow> results = FXCollections.observableArrayList();
    private final StringProperty target = new SimpleStringProperty("");
    private final StringProperty size = new SimpleStringProperty("32");
    private final StringProperty rate = new SimpleStringProperty("0");
    private final ObjectProperty<LabWorkload> workload = new SimpleObjectProperty<>(LabWorkload.TCP_ECHO);
    private final FieldChecks checks = new FieldChecks(error.getReadOnlyProperty(), error::set);
    private final Map<String, ObservableList<ChartPoint>> throughput = new LinkedHashMap<>();
    private final Map<String, ObservableList<ChartPoint>> p99 = new LinkedHashMap<>();
    // FX thread only: the run being sampled.
    private String currentName;
    private LabRun currentRun;
    private TcpServer currentServer;
    private long sampleNanos;
    private long sampleMessages;
    private LatencyHistogram.Snapshot sampleLatencies;
    private int peakThreads;
    // FX thread only: what the live line says once the runs are over.
    private String doneText = "";
    private long peakHeap;
    private volatile boolean stopped;

    public LabViewModel(Engine engine, Executor fx) {
        this.engine = engine;
        this.fx = fx;
        for (String series : SERIES) {
            throughput.put(series, FXCollections.observableArrayList());
            p99.put(series, FXCollections.observableArrayList());
        }
    }

    static final String TARGET = "target";
    static final String OUR_HTTP = "Our HTTP server";
    /** Chart series: our three models, our HTTP server, then an outside target. */
    public static final List<String> SERIES = List.of("NIO", "VIRTUAL", "BLOCKING", OUR_HTTP, LossyLink.TCP_ROW,
            TARGET);
    private static final byte[] DATA = "{\"number\":5,\"boolean\":true}".getBytes(StandardCharsets.UTF_8);

    /**
     * TCP echo: runs the workload against NIO, VIRTUAL and BLOCKING servers of ours, one after another;
     * or, when a target {@code host:port} is given, once against that server. HTTP: POSTs a Data to our
     * HTTP server, or to the URL given as the target.
     */
    public void run() {
        if (running.get()) {
            return;
        }
        int clientCount;
        int duration;
        int messageBytes;
        double perClient;
        Target outside;
        URI url;
        boolean http = workload.get() == LabWorkload.HTTP;
        try {
            clientCount = checks.parse(clients, text -> Inputs.intInRange(text, "Clients", 1, LoadConfig.MAX_CLIENTS));
            duration = checks.parse(seconds, text -> Inputs.intInRange(text, "Seconds per model", 1, 120));
            messageBytes = checks.parse(size, text -> Inputs.intInRange(text, "Line size (bytes)", 1, 1024 * 1024));
            perClient = checks.parse(rate,
                    text -> Inputs.intInRange(text, "Lines per second per client", 0, 1_000_000));
            outside = http || workload.get() == LabWorkload.LOSSY_LINK ? null : checks.parse(target, Target::parse);
            url = http ? checks.parse(target, LabViewModel::httpTarget) : null;
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        String warning = fileDescriptorWarning(clientCount, ProcessFigures.maxFileDescriptors());
        error.set(warning);
        if (!warning.isEmpty()) {
            return;
        }
        results.clear();
        throughput.values().forEach(ObservableList::clear);
        p99.values().forEach(ObservableList::clear);
        stopped = false;
        running.set(true);
        progress.set(0);
        doneText = "Done: see the table.";
        if (workload.get() == LabWorkload.LOSSY_LINK) {
            engine.tasks().execute(() -> runLink(clientCount, duration, messageBytes, perClient));
        } else if (http) {
            Duration length = Duration.ofSeconds(duration);
            engine.tasks().execute(() -> runHttp(url, clientCount, length, perClient * clientCount));
        } else if (outside == null) {
            engine.tasks().execute(() -> runAll(clientCount, duration, messageBytes, perClient));
        } else {
            LoadConfig config = new LoadConfig(outside.host(), outside.port(), clientCount,
                    Duration.ofSeconds(duration), messageBytes, perClient, Duration.ofSeconds(5));
            engine.tasks().execute(() -> runTarget(config));
        }
    }

    /** An outside echo server to load instead of ours. */
    private record Target(String host, int port) {
        /** The target typed as {@code host:port}, or null when empty (our three servers). */
        static Target parse(String typed) {
            String chosen = typed.trim();
            if (chosen.isEmpty()) {
                return null;
            }
            int colon = chosen.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(
                        "Target must be host:port, e.g. 127.0.0.1:5000 (empty runs our three servers).");
            }
            return new Target(Inputs.host(chosen.substring(0, colon).replace("[", "").replace("]", "")),
                    Inputs.port(chosen.substring(colon + 1), false));
        }
    }

    /** The HTTP target typed as an http:// URL, or null when empty (our HTTP server). */
    static URI httpTarget(String typed) {
        String chosen = typed.trim();
        if (chosen.isEmpty()) {
            return null;
        }
        try {
            URI url = new URI(chosen);
            if ("http".equalsIgnoreCase(url.getScheme()) && url.getHost() != null && url.getPort() <= 65535) {
                return url;
            }
        } catch (URISyntaxException e) {
            // Said below.
        }
        throw new IllegalArgumentException(
                "Target must be an http:// URL, e.g. http://127.0.0.1:8080/data (empty runs our HTTP server).");
    }

    /** Task thread: POSTs a Data to {@code url}, or to an HTTP server of ours started for the run when null. */
    private void runHttp(URI url, int connections, Duration duration, double ratePerSecond) {
        DataServer ours = null;
        try {
            String host = "127.0.0.1";
            int port;
            String path = "/data";
            if (url == null) {
                ours = engine.startDataServer(DataServerConfig.defaults(0), data -> { });
                port = ours.localAddress().getPort();
            } else {
                host = url.getHost();
                port = url.getPort() == -1 ? 80 : url.getPort();
                path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
            }
            HttpLoadRun run = engine.startHttpLoad(new HttpLoadConfig(host, port, "POST", path,
                    List.of("Content-Type: application/json"), DATA, connections, duration, ratePerSecond,
                    Duration.ofSeconds(5)));
            String series = url == null ? OUR_HTTP : TARGET;
            fx.execute(() -> begin(series, null, LabRun.of(run)));
            LoadResult result = LabRun.asRow(run.done().get());
            String row = url == null ? OUR_HTTP : url.toString();
            fx.execute(() -> finish(row, result, 1));
        } catch (EndpointStartException | IOException | ExecutionException e) {
            fx.execute(() -> error.set(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (ours != null) {
                engine.release(ours);
            }
        }
        fx.execute(this::ended);
    }

    /** Task thread: TCP echo, then a UDP stream, through a slow, lossy link of our proxies. */
    private void runLink(int clientCount, int duration, int messageBytes, double perClient) {
        try {
            LossyLink.Outcome outcome = LossyLink.run(engine, clientCount, Duration.ofSeconds(duration), messageBytes,
                    perClient, run -> fx.execute(() -> begin(LossyLink.TCP_ROW, null, LabRun.of(run))),
                    () -> stopped);
            fx.execute(() -> {
                finish(LossyLink.TCP_ROW, outcome.tcp(), 2);
                if (outcome.udpSeconds() > 0) {
                    results.add(new LabRow(LossyLink.UDP_ROW, outcome.udpRow(), peakThreads, peakHeap / (1024 * 1024)));
                    progress.set(1);
                    doneText = outcome.explanation();
                }
            });
        } catch (EndpointStartException | IOException | ExecutionException | IllegalArgumentException e) {
            fx.execute(() -> error.set(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        fx.execute(this::ended);
    }

    /** Task thread: one run against an outside server. */
    private void runTarget(LoadConfig config) {
        try {
            LoadRun run = engine.startLoad(config);
            fx.execute(() -> begin(TARGET, null, LabRun.of(run)));
            LoadResult result = run.done().get();
            fx.execute(() -> finish(Addresses.hostPort(config.host(), config.port()), result, 1));
        } catch (ExecutionException e) {
            fx.execute(() -> error.set(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        fx.execute(this::ended);
    }

    /**
     * Why {@code clients} connections will not fit under the file-descriptor limit (both ends
     * live in this process, plus about 100 for the JVM), or empty.
     */
    static String fileDescriptorWarning(int clients, long maxFileDescriptors) {
        long needed = 2L * clients + 100;
        if (maxFileDescriptors < 0 || needed <= maxFileDescriptors) {
            return "";
        }
        return String.format(Locale.ROOT, "%,d clients need about %,d file descriptors (client and server ends), "
                + "but this process may open %,d. "
                + "Use fewer clients, or raise the limit before starting the app: ulimit -n %d",
                clients, needed, maxFileDescriptors, Math.max(65_536, needed));
    }

    /** Writes the comparison as JSON (one object per model) or CSV, in the background. */
    public void exportResults(java.nio.file.Path file, boolean csv) {
        java.util.List<LabRow> rows = java.util.List.copyOf(results);
        engine.tasks().execute(() -> {
            try {
                java.util.List<Map<String, Object>> figures = new java.util.ArrayList<>();
                for (LabRow row : rows) {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("run", row.name());
                    one.putAll(row.result().figures());
                    one.put("peakPlatformThreads", row.peakThreads());
                    one.put("peakHeapMb", row.peakHeapMb());
                    figures.add(one);
                }
                if (csv) {
                    StringBuilder text = new StringBuilder();
                    if (!figures.isEmpty()) {
                        text.append(Csv.row(figures.get(0).keySet())).append("\r\n");
                    }
                    for (Map<String, Object> one : figures) {
                        text.append(Csv.row(one.values())).append("\r\n");
                    }
                    java.nio.file.Files.writeString(file, text);
                } else {
                    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), figures);
                }
                fx.execute(() -> live.set("Exported " + Plural.of(rows.size(), "result") + " to " + file));
            } catch (java.io.IOException e) {
                fx.execute(() -> error.set("Cannot write " + file + ": " + e.getMessage()));
            }
        });
    }

    /** The order of the runs: the blocking model last, so its many threads never inflate another model's count. */
    static final ConcurrencyModel[] ORDER = {ConcurrencyModel.NIO, ConcurrencyModel.VIRTUAL, ConcurrencyModel.BLOCKING};

    /** Task thread: one model after another. */
    private void runAll(int clientCount, int duration, int messageBytes, double perClient) {
        ConcurrencyModel[] models = ORDER;
        for (int i = 0; i < models.length && !stopped; i++) {
            ConcurrencyModel model = models[i];
            try {
                TcpServerConfig echoing = TcpServerConfig.defaults(0, model).withEcho(true);
                TcpServer server = engine.startTcpServer(echoing, MessageHandler.NONE);
                LoadRun run = engine.startLoad(new LoadConfig("127.0.0.1", server.localAddress().getPort(), clientCount,
                        Duration.ofSeconds(duration), messageBytes, perClient, Duration.ofSeconds(5)));
                fx.execute(() -> begin(model.name(), server, LabRun.of(run)));
                LoadResult result = run.done().get();
                fx.execute(() -> finish(model.name(), result, ORDER.length));
                engine.release(server);
            } catch (EndpointStartException | ExecutionException e) {
                fx.execute(() -> error.set(e.getMessage()));
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fx.execute(this::ended);
    }

    /** @param server our server under load, or null for an outside target */
    /** FX thread: every run of the click is over. */
    private void ended() {
        running.set(false);
        currentRun = null;
        live.set(stopped ? "Stopped." : doneText);
    }

    private void begin(String name, TcpServer server, LabRun run) {
        currentName = name;
        currentServer = server;
        currentRun = run;
        sampleNanos = System.nanoTime();
        sampleMessages = 0;
        sampleLatencies = run.latencies().get();
        peakThreads = ProcessFigures.platformThreads();
        peakHeap = ProcessFigures.heapUsedBytes();
    }

    private void finish(String name, LoadResult result, int runs) {
        addLastStretch(result);
        results.add(new LabRow(name, result, peakThreads, peakHeap / (1024 * 1024)));
        progress.set((double) results.size() / runs);
        currentRun = null;
    }

    /**
     * The stretch of the run since the last once-a-second point, as a point of its own: without
     * it, a run shorter than a second (or the end of any run) never reached the charts.
     */
    private void addLastStretch(LoadResult result) {
        ObservableList<ChartPoint> points = throughput.get(currentName);
        double lastAt = points.isEmpty() ? 0 : points.get(points.size() - 1).x();
        double stretch = result.seconds() - lastAt;
        if (currentRun == null || stretch <= 0 || !points.isEmpty() && stretch < 0.25) {
            return;
        }
        points.add(new ChartPoint(result.seconds(), (result.messages() - sampleMessages) / stretch));
        LatencyHistogram.Snapshot interval = currentRun.latencies().get().since(sampleLatencies);
        if (interval.count() > 0) {
            p99.get(currentName).add(new ChartPoint(result.seconds(), interval.percentileNanos(99) / 1e6));
        }
    }

    /** FX thread, once per pulse: samples the running model about once a second. */
    public void onPulse(long nowNanos) {
        LabRun run = currentRun;
        if (run == null) {
            return;
        }
        peakThreads = Math.max(peakThreads, ProcessFigures.platformThreads());
        peakHeap = Math.max(peakHeap, ProcessFigures.heapUsedBytes());
        long elapsed = nowNanos - sampleNanos;
        if (elapsed < 1_000_000_000L) {
            return;
        }
        long messages = run.completed().getAsLong();
        double perSecond = (messages - sampleMessages) * 1e9 / elapsed;
        LatencyHistogram.Snapshot latencies = run.latencies().get();
        // This interval's round trips, not the run's so far: a stall shows in its second and then leaves the chart.
        LatencyHistogram.Snapshot interval = latencies.since(sampleLatencies);
        double at = run.seconds().getAsDouble();
        throughput.get(currentName).add(new ChartPoint(at, perSecond));
        if (interval.count() > 0) {
            p99.get(currentName).add(new ChartPoint(at, interval.percentileNanos(99) / 1e6));
        }
        sampleNanos = nowNanos;
        sampleMessages = messages;
        sampleLatencies = latencies;
        String roundTrips = interval.count() == 0 ? "no echo this second" : String.format(Locale.ROOT,
                "p50 %.2f ms · p99 %.2f ms", interval.percentileNanos(50) / 1e6, interval.percentileNanos(99) / 1e6);
        live.set(String.format(Locale.ROOT,
                "%s: %s open · %s · heap %d MB · %,.0f messages/s · %s",
                ModelNames.of(currentName), Plural.of(currentServer == null ? run.connected().getAsLong()
                        : currentServer.connections().size(), "connection"),
                Plural.of(ProcessFigures.platformThreads(), "platform thread"),
                ProcessFigures.heapUsedBytes() / (1024 * 1024), perSecond, roundTrips));
        double done = Math.min(1, at / run.duration().toSeconds());
        progress.set((results.size() + done) / (currentServer == null ? 1 : ORDER.length));
    }

    /** Stops the current model's run and skips the rest. */
    public void stop() {
        stopped = true;
        if (currentRun != null) {
            currentRun.stop().run();
        }
    }

    public StringProperty clientsProperty() { return clients; }
    public StringProperty secondsProperty() { return seconds; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    /** The running model's figures, refreshed once a second. */
    public ReadOnlyStringProperty liveProperty() { return live.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ObservableList<LabRow> results() { return results; }
    /** An outside server to load instead of ours ({@code host:port}); empty runs our three. */
    public StringProperty targetProperty() { return target; }
    /** Bytes per line, newline included. */
    public StringProperty sizeProperty() { return size; }
    /** Lines per second per client; 0 = as fast as echoes come back. */
    public StringProperty rateProperty() { return rate; }
    /** What the runs send: TCP echo lines or HTTP requests. */
    public ObjectProperty<LabWorkload> workloadProperty() { return workload; }
    /** Which field the error line is about. */
    public FieldChecks checks() { return checks; }
    /** Points (seconds into the run, messages/s) of one series of {@link #SERIES}. */
    public ObservableList<ChartPoint> throughput(String series) { return throughput.get(series); }
    /**
     * Points (seconds into the run, p99 round trip in ms of the interval since the point before) of one
     * series of {@link #SERIES}; an interval without a round trip has no point.
     */
    public ObservableList<ChartPoint> p99(String series) { return p99.get(series); }
}
