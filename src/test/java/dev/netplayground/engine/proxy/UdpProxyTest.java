package dev.netplayground.engine.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.testing.EngineExtension;
import dev.netplayground.testing.EventRecorder;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.BitSet;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The UDP proxy's conditions measured by a receiver over 100,000 numbered datagrams: each rate
 * falls within 4 standard deviations of the binomial it should follow, and every datagram is
 * accounted for (the proxy's counts equal what the receiver saw).
 */
@Timeout(120)
class UdpProxyTest {
    private static final int DATAGRAMS = 100_000;
    private static final int BATCH = 1_000;
    private static final long SEED = 21;

    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();
    private final EventRecorder recorder = engines.recorder();

    /** What the receiver saw: each number's first arrival, copies, and arrivals after a later number. */
    private static final class Seen {
        final BitSet numbers = new BitSet();
        long arrivals;
        long duplicates;
        long reordered;
        int highest = -1;

        void arrived(int number) {
            arrivals++;
            if (numbers.get(number)) {
                duplicates++;
                return;
            }
            numbers.set(number);
            if (number < highest) {
                reordered++;
            }
            highest = Math.max(highest, number);
        }

        long lost() {
            return DATAGRAMS - numbers.cardinality();
        }
    }

    @Test
    void noConditionsLoseNothing() throws Exception {
        Seen seen = relay(UdpConditions.NONE, SEED).seen;
        assertThat(seen.arrivals).isEqualTo(DATAGRAMS);
        assertThat(seen.numbers.cardinality()).isEqualTo(DATAGRAMS);
        assertThat(seen.reordered).isZero();
    }

    @Test
    void independentLossFallsWithinBinomialBoundsAndRepeatsWithItsSeed() throws Exception {
        UdpConditions loss = new UdpConditions(0, 0, 5, 1, 0, 0);
        Run first = relay(loss, SEED);
        assertWithinBinomial(first.seen.lost(), DATAGRAMS, 0.05);
        assertThat(first.proxy.conditionLog().count(ConditionKind.DROPPED)).isEqualTo(first.seen.lost());
        recorder.await(e -> e.kind() == EventKind.CONDITION && e.message().matches("dropped datagram #\\d+ .*"), 1);
        Run second = relay(loss, SEED);
        assertThat(second.seen.numbers).isEqualTo(first.seen.numbers);
    }

    @Test
    void burstLossDropsRunsAndKeepsTheAverage() throws Exception {
        int burst = 4;
        Seen seen = relay(new UdpConditions(0, 0, 5, burst, 0, 0), SEED).seen;
        int runs = 0;
        for (int start = seen.numbers.nextClearBit(0); start < DATAGRAMS;
                start = seen.numbers.nextClearBit(seen.numbers.nextSetBit(start))) {
            int end = seen.numbers.nextSetBit(start);
            int length = (end < 0 ? DATAGRAMS : end) - start;
            assertThat(length % burst).as("a run of %d dropped from #%d", length, start).isZero();
            runs += length / burst;
            if (end < 0) {
                break;
            }
        }
        double p = 0.05;
        double q = p / (burst - p * (burst - 1));
        double starts = DATAGRAMS * (1 - p);
        assertWithinBinomial(runs, (long) starts, q);
    }

    @Test
    void duplicationAndReorderingFallWithinBinomialBounds() throws Exception {
        Run run = relay(new UdpConditions(0, 0, 0, 1, 3, 2), SEED);
        assertWithinBinomial(run.seen.duplicates, DATAGRAMS, 0.03);
        assertWithinBinomial(run.seen.reordered, DATAGRAMS, 0.02);
        assertThat(run.seen.lost()).isZero();
        assertThat(run.proxy.conditionLog().count(ConditionKind.DUPLICATED)).isEqualTo(run.seen.duplicates);
    }

    @Test
    void aSilentClientLosesItsSocketAndItsNextDatagramOpensANewOne() throws Exception {
        try (DatagramChannel receiver = DatagramChannel.open(); DatagramChannel sender = DatagramChannel.open()) {
            receiver.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            receiver.socket().setSoTimeout(10_000);
            UdpProxy proxy = engine.startUdpProxy(new ProxyTarget("127.0.0.1", 0, "127.0.0.1",
                    ((InetSocketAddress) receiver.getLocalAddress()).getPort()), UdpConditions.NONE, UdpConditions.NONE,
                    SEED);
            proxy.expireIdleClientsAfter(200_000_000L);
            sender.connect(proxy.localAddress());
            DatagramPacket in = new DatagramPacket(new byte[64], 64);

            sender.write(ByteBuffer.wrap(new byte[] {1}));
            receiver.socket().receive(in);
            recorder.await(e -> e.kind() == EventKind.CLOSED && e.message().startsWith("client silent for 0.2 s"), 1);
            assertThat(proxy.clientCount()).isZero();

            sender.write(ByteBuffer.wrap(new byte[] {2}));
            receiver.socket().receive(in);
            assertThat(in.getData()[0]).isEqualTo((byte) 2);
            assertThat(proxy.clientCount()).isEqualTo(1);
            engine.release(proxy);
            recorder.await(e -> e.kind() == EventKind.STOPPED && e.message().contains("after 2 clients"), 1);
        }
    }

    private static void assertWithinBinomial(long observed, long trials, double p) {
        double mean = trials * p;
        double bound = 4 * Math.sqrt(trials * p * (1 - p));
        assertThat((double) observed).as("%d of %d at p=%s", observed, trials, p)
                .isBetween(mean - bound, mean + bound);
    }

    private record Run(UdpProxy proxy, Seen seen) {}

    /** Sends the numbered datagrams through a new proxy in batches, each taken by the proxy before the next. */
    private Run relay(UdpConditions upstream, long seed) throws Exception {
        Seen seen = new Seen();
        try (DatagramChannel receiver = DatagramChannel.open();
                DatagramChannel sender = DatagramChannel.open();
                Selector selector = Selector.open()) {
            receiver.setOption(StandardSocketOptions.SO_RCVBUF, 4 * 1024 * 1024);
            receiver.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            receiver.configureBlocking(false);
            receiver.register(selector, SelectionKey.OP_READ);
            UdpProxy proxy = engine.startUdpProxy(new ProxyTarget("127.0.0.1", 0, "127.0.0.1",
                    ((InetSocketAddress) receiver.getLocalAddress()).getPort()), upstream, UdpConditions.NONE, seed);
            sender.connect(proxy.localAddress());
            ByteBuffer out = ByteBuffer.allocate(Integer.BYTES);
            ByteBuffer in = ByteBuffer.allocate(64);
            for (int next = 0; next < DATAGRAMS; ) {
                for (int end = next + BATCH; next < end; next++) {
                    sender.write(out.clear().putInt(next).flip());
                }
                int sent = next;
                drainUntil(selector, receiver, in, seen, () -> proxy.received(ProxyDirection.UPSTREAM) == sent);
            }
            ConditionLog counts = proxy.conditionLog();
            drainUntil(selector, receiver, in, seen, () -> proxy.sent(ProxyDirection.UPSTREAM)
                    == DATAGRAMS - counts.count(ConditionKind.DROPPED) + counts.count(ConditionKind.DUPLICATED)
                    && seen.arrivals == proxy.sent(ProxyDirection.UPSTREAM));
            assertThat(counts.count(ConditionKind.UNSENT)).isZero();
            engine.release(proxy);
            return new Run(proxy, seen);
        }
    }

    /** Reads what arrives until {@code done}, waiting on the selector; fails after 20 s. */
    private static void drainUntil(Selector selector, DatagramChannel receiver, ByteBuffer in, Seen seen,
            BooleanSupplier done) throws IOException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            while (receiver.receive(in.clear()) != null) {
                seen.arrived(in.flip().getInt());
            }
            if (done.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out: the receiver saw " + seen.arrivals + " datagrams");
            }
            selector.select(5);
            selector.selectedKeys().clear();
        }
    }
}
