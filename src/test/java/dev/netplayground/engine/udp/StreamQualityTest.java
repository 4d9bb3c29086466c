package dev.netplayground.engine.udp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** One source's counts and jitter, fed arrivals with chosen send and arrival times (no sockets, no clock). */
class StreamQualityTest {
    private static final long MS = 1_000_000;

    private final InetSocketAddress source = new InetSocketAddress("127.0.0.1", 5000);
    private final StreamQuality quality = new StreamQuality(source);

    private void arrive(long... sequences) {
        for (long sequence : sequences) {
            quality.record(new SequenceStamp(sequence, 0), 0);
        }
    }

    @Test
    void countsGapsDuplicatesAndOvertakenDatagrams() {
        arrive(0, 1, 3, 2, 2, 5, 4, 9);
        // Distinct: 0 1 2 3 4 5 9; missing up to 9: 6 7 8. Late: 2 (after 3), 4 (after 5). Seen twice: 2.
        assertThat(quality.snapshot()).isEqualTo(new UdpQuality(source, 10, 8, 3, 1, 2, 0));
        arrive(7);
        assertThat(quality.snapshot()).as("a late arrival fills its gap")
                .isEqualTo(new UdpQuality(source, 10, 9, 2, 1, 3, 0));
    }

    @Test
    void jitterFollowsRfc3550ByHand() {
        // Sent at 0, 10, 20, 30 ms; arrived at 5, 17, 24, 40 ms: transits 5, 7, 4, 10 ms, so |D| = 2, 3, 6 ms.
        // J = 0 + (2 - 0)/16 = 0.125; J = 0.125 + (3 - 0.125)/16 = 0.3046875; J = 0.3046875 + (6 - 0.3046875)/16.
        long[][] sentAndArrived = {{0, 5}, {10, 17}, {20, 24}, {30, 40}};
        for (int i = 0; i < sentAndArrived.length; i++) {
            quality.record(new SequenceStamp(i, sentAndArrived[i][0] * MS), sentAndArrived[i][1] * MS);
        }
        assertThat(quality.snapshot().jitterMs()).isEqualTo(0.66064453125);
    }

    @Test
    void onlyDifferencesOfTheTwoClocksCount() {
        // The same transits with the sender's clock far off the receiver's, across the wrap of a long.
        long[][] sentAndArrived = {{0, 5}, {10, 17}, {20, 24}, {30, 40}};
        long offset = Long.MAX_VALUE - 12 * MS;
        for (int i = 0; i < sentAndArrived.length; i++) {
            quality.record(new SequenceStamp(i, sentAndArrived[i][0] * MS + offset), sentAndArrived[i][1] * MS);
        }
        assertThat(quality.snapshot().jitterMs()).isEqualTo(0.66064453125);
    }

    @Test
    void aNumberInTheSlotOfAForgottenOneIsLateNotADuplicate() {
        arrive(0, SequenceWindow.SPAN + 1, SequenceWindow.SPAN);
        assertThat(quality.snapshot()).isEqualTo(new UdpQuality(source, SequenceWindow.SPAN + 2, 3,
                SequenceWindow.SPAN - 1, 0, 1, 0));
    }

    @Test
    void anArrivalTooFarBehindToTellCountsAsReorderedAndStaysLost() {
        arrive(0, 100_000, 0, 99_999);
        // 0 again is 100,000 behind: it cannot be told from a duplicate. 99,999 is 1 behind: late.
        assertThat(quality.snapshot()).isEqualTo(new UdpQuality(source, 100_001, 4, 99_998, 0, 2, 0));
    }

    @Test
    void duplicatesAreToldApartLongAfterTheStreamBegan() {
        for (long sequence = 0; sequence < 1_000_000; sequence++) {
            quality.record(new SequenceStamp(sequence, 0), 0);
        }
        arrive(999_999, 999_000, 1_000_000 - SequenceWindow.SPAN);
        assertThat(quality.snapshot()).isEqualTo(new UdpQuality(source, 1_000_000, 1_000_003, 0, 3, 0, 0));
    }
}
