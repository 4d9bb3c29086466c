package dev.netplayground.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.testing.EngineExtension;
import dev.netplayground.testing.Queues;
import dev.netplayground.testing.SlowEchoServer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(60)
class LabViewModelTest {
    private static final long SECOND = 1_000_000_000L;

    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();

    @Test
    void warnsWhenConnectionsWouldExceedTheFileDescriptorLimit() {
        assertThat(LabViewModel.fileDescriptorWarning(10_000, 1024))
                .contains("10,000 clients need about 20,100 file descriptors")
                .contains("may open 1,024")
                .contains("ulimit -n 65536");
        assertThat(LabViewModel.fileDescriptorWarning(200, 1024)).isEmpty();
        assertThat(LabViewModel.fileDescriptorWarning(10_000, -1)).isEmpty();
    }

    @Test
    void theP99ChartShowsEachIntervalsP99NotTheRunsSoFar() throws Exception {
        AtomicReference<Duration> holdBack = new AtomicReference<>(Duration.ZERO);
        BlockingQueue<Runnable> fxTasks = new LinkedBlockingQueue<>();
        try (SlowEchoServer server = new SlowEchoServer(line -> holdBack.get())) {
            LabViewModel lab = new LabViewModel(engine, fxTasks::add);
            lab.targetProperty().set("127.0.0.1:" + server.port());
            lab.clientsProperty().set("1");
            lab.secondsProperty().set("60");
            lab.run();
            assertThat(lab.errorProperty().get()).isEmpty();
            runNextFxTask(fxTasks); // the run began

            // Pulses at made-up times a second apart sample exactly where the test says.
            long now = System.nanoTime() + 10 * SECOND;
            Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> server.echoed() >= 300);
            holdBack.set(Duration.ofMillis(200));
            int fast = server.echoed();
            lab.onPulse(now);
            Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> server.echoed() >= fast + 3);
            lab.onPulse(now + SECOND);

            // The one client is sequential: the second interval holds at most one fast round trip (in flight
            // when the server slowed) and at least one of 200 ms, so its p99 is 200 ms or more; over the run
            // so far, 300 fast ones would put the p99 among them.
            assertThat(lab.p99(LabViewModel.TARGET)).hasSize(2);
            assertThat(lab.p99(LabViewModel.TARGET).get(1).y()).isGreaterThanOrEqualTo(200);
            lab.stop();
            while (lab.runningProperty().get()) {
                runNextFxTask(fxTasks);
            }
        }
    }

    @Test
    void theLossyLinkRunsTcpAndUdpThroughTheSameLatencyAndSaysWhatEachMadeOfIt() {
        LabViewModel lab = ranForASecond(LabWorkload.LOSSY_LINK, 2);
        assertThat(lab.results()).extracting(LabRow::name).containsExactly(LossyLink.TCP_ROW, LossyLink.UDP_ROW);
        LabRow tcp = lab.results().get(0);
        // 20 ms +- 5 ms each way: a round trip waits at least 30 ms; the echo loses nothing.
        assertThat(tcp.result().latencies().p50Nanos()).isGreaterThanOrEqualTo(30_000_000L);
        assertThat(tcp.result().errors()).isEmpty();
        LabRow udp = lab.results().get(1);
        // 2,000 stamped datagrams through 5 % loss (seeded): some lost, none resent; no round trips shown.
        assertThat(udp.result().errors()).containsKey("lost");
        assertThat(udp.result().messages() + udp.result().errors().get("lost")).isEqualTo(2_000);
        assertThat(udp.p99()).isEqualTo("–");
        assertThat(lab.liveProperty().get()).startsWith("TCP echoed every line, in order").contains("UDP kept")
                .contains("nothing resends or reorders datagrams");
        assertThat(lab.throughput(LossyLink.TCP_ROW)).isNotEmpty();
    }

    @Test
    void theHttpWorkloadLoadsOurHttpServerAndAddsARowAndChartPoints() {
        LabViewModel lab = ranForASecond(LabWorkload.HTTP, 4);
        assertThat(lab.results()).hasSize(1);
        LabRow row = lab.results().get(0);
        assertThat(row.name()).isEqualTo(LabViewModel.OUR_HTTP);
        assertThat(row.result().connected()).isEqualTo(4);
        assertThat(row.result().messages()).isPositive();
        assertThat(row.result().errors()).isEmpty();
        assertThat(lab.throughput(LabViewModel.OUR_HTTP)).isNotEmpty();
    }

    /** A lab that ran {@code workload} with {@code clients} for one second, to its end, without an error. */
    private LabViewModel ranForASecond(LabWorkload workload, int clients) {
        LabViewModel lab = new LabViewModel(engine, Runnable::run); // FX work runs on the engine's task thread
        lab.workloadProperty().set(workload);
        lab.clientsProperty().set(String.valueOf(clients));
        lab.secondsProperty().set("1");
        lab.run();
        assertThat(lab.errorProperty().get()).isEmpty();

        Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> !lab.runningProperty().get());

        assertThat(lab.errorProperty().get()).isEmpty();
        return lab;
    }

    @Test
    void anHttpTargetMustBeAnHttpUrl() {
        assertThat(LabViewModel.httpTarget(" ")).isNull();
        assertThat(LabViewModel.httpTarget("http://127.0.0.1:8080/data")).hasPort(8080);
        for (String bad : new String[] {"127.0.0.1:8080", "https://127.0.0.1/data", "http://"}) {
            assertThatThrownBy(() -> LabViewModel.httpTarget(bad)).as(bad)
                    .hasMessageStartingWith("Target must be an http:// URL");
        }
    }

    private static void runNextFxTask(BlockingQueue<Runnable> fxTasks) throws InterruptedException {
        Queues.next(fxTasks, "task for the FX thread").run();
    }
}
