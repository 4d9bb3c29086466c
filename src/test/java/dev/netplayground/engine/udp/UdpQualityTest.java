package dev.netplayground.engine.udp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.testing.EngineExtension;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A receiver measures stamped streams on loopback: crafted stamps with known gaps, duplicates and reorders. */
@Timeout(60)
class UdpQualityTest {
    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();
    private final LinkedBlockingQueue<Datagram> received = new LinkedBlockingQueue<>();
    private UdpReceiver receiver;

    private InetSocketAddress startReceiver() throws Exception {
        receiver = engine.startUdpReceiver(UdpReceiverConfig.defaults(0), received::add);
        return new InetSocketAddress("127.0.0.1", receiver.localAddress().getPort());
    }

    /** Sends the stamps in this order, waiting every 200 until the receiver has them all (loopback drops none). */
    private void send(DatagramChannel channel, List<Long> sequences) throws IOException {
        long before = receiver.stats().datagrams();
        for (int i = 0; i < sequences.size(); i++) {
            SequenceStamp stamp = new SequenceStamp(sequences.get(i), System.nanoTime());
            channel.write(ByteBuffer.wrap(stamp.prependTo(new byte[8])));
            if (i % 200 == 199 || i == sequences.size() - 1) {
                long expected = before + i + 1;
                Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> receiver.stats().datagrams() == expected);
            }
        }
    }

    private static DatagramChannel connectedTo(InetSocketAddress target) throws IOException {
        DatagramChannel channel = DatagramChannel.open();
        channel.connect(target);
        return channel;
    }

    @Test
    void aSeededStreamWithGapsDuplicatesAndReordersIsCountedExactly() throws Exception {
        InetSocketAddress target = startReceiver();
        List<Long> arrivals = seededArrivals(new Random(21), 5_000);
        UdpQuality expected = reference(arrivals);
        // The plan is as rough as meant: every kind of fault happens many times.
        assertThat(expected.lost()).isGreaterThan(100);
        assertThat(expected.duplicated()).isGreaterThan(100);
        assertThat(expected.reordered()).isGreaterThan(100);
        try (DatagramChannel channel = connectedTo(target)) {
            send(channel, arrivals);
            UdpQuality measured = receiver.quality().get(0);
            assertThat(measured.source()).isEqualTo(channel.getLocalAddress());
            assertThat(measured).usingRecursiveComparison().ignoringFields("source", "jitterMs").isEqualTo(expected);
        }
    }

    @Test
    void eachSourceHasItsOwnRecordInTheOrderTheySent() throws Exception {
        InetSocketAddress target = startReceiver();
        try (DatagramChannel first = connectedTo(target); DatagramChannel second = connectedTo(target)) {
            send(first, List.of(0L, 1L, 2L, 4L));
            send(second, List.of(0L, 0L, 1L));
            send(first, List.of(3L));
            assertThat(receiver.quality()).containsExactly(
                    new UdpQuality((InetSocketAddress) first.getLocalAddress(), 5, 5, 0, 0, 1,
                            receiver.quality().get(0).jitterMs()),
                    new UdpQuality((InetSocketAddress) second.getLocalAddress(), 2, 3, 0, 1, 0,
                            receiver.quality().get(1).jitterMs()));
        }
    }

    @Test
    void datagramsWithoutAStampAreInNoRecord() throws Exception {
        InetSocketAddress target = startReceiver();
        try (DatagramChannel channel = connectedTo(target)) {
            channel.write(ByteBuffer.wrap("an ordinary datagram, not stamped".getBytes(StandardCharsets.UTF_8)));
            assertThat(received.poll(10, TimeUnit.SECONDS)).isNotNull();
        }
        assertThat(receiver.quality()).isEmpty();
        assertThat(receiver.stats().datagrams()).isEqualTo(1);
    }

    @Test
    void theSendersSequenceModeStampsEachDatagramAndNumbersOnAcrossRuns() throws Exception {
        InetSocketAddress target = startReceiver();
        UdpSender sender = engine.openUdpSender("127.0.0.1", false, d -> {});
        byte[] message = "tick".getBytes(StandardCharsets.UTF_8);
        for (int count : new int[] {3, 2}) {
            SendRun run = sender.sendRepeatedly("127.0.0.1", target.getPort(), message, count, Duration.ZERO, true,
                    sent -> {});
            assertThat(run.done().get(10, TimeUnit.SECONDS).sent()).isEqualTo(count);
        }
        List<Long> sequences = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            byte[] kept = received.poll(10, TimeUnit.SECONDS).kept();
            sequences.add(SequenceStamp.read(kept).sequence());
            assertThat(Arrays.copyOfRange(kept, SequenceStamp.BYTES, kept.length)).isEqualTo(message);
        }
        assertThat(sequences).containsExactly(0L, 1L, 2L, 3L, 4L);
        UdpQuality quality = receiver.quality().get(0);
        assertThat(List.of(quality.received(), quality.lost(), quality.duplicated(), quality.reordered()))
                .containsExactly(5L, 0L, 0L, 0L);
    }

    /** Numbers 0 to count-1 in arrival order: about 5 % never sent, 3 % sent twice, 5 % held back 1 to 20 places. */
    private static List<Long> seededArrivals(Random random, int count) {
        List<Long> arrivals = new ArrayList<>();
        List<long[]> heldBack = new ArrayList<>();
        for (long sequence = 0; sequence < count; sequence++) {
            double roll = random.nextDouble();
            if (roll < 0.05) {
                continue;
            }
            if (roll < 0.10) {
                heldBack.add(new long[] {sequence, arrivals.size() + 1 + random.nextInt(20)});
            } else {
                arrivals.add(sequence);
                if (roll < 0.13) {
                    arrivals.add(random.nextBoolean() ? sequence : arrivals.get(random.nextInt(arrivals.size())));
                }
            }
            for (var it = heldBack.iterator(); it.hasNext(); ) {
                long[] held = it.next();
                if (arrivals.size() >= held[1]) {
                    arrivals.add(held[0]);
                    it.remove();
                }
            }
        }
        heldBack.forEach(held -> arrivals.add(held[0]));
        return arrivals;
    }

    /** The counts by their definition, with a set of every number (the receiver keeps a bounded window). */
    private static UdpQuality reference(List<Long> arrivals) {
        Set<Long> seen = new HashSet<>();
        long highest = -1;
        long duplicated = 0;
        long reordered = 0;
        for (long sequence : arrivals) {
            if (!seen.add(sequence)) {
                duplicated++;
            } else if (sequence < highest) {
                reordered++;
            }
            highest = Math.max(highest, sequence);
        }
        return new UdpQuality(null, highest + 1, arrivals.size(), highest + 1 - seen.size(), duplicated, reordered, 0);
    }
}
