package dev.netplayground.engine.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FixedLengthBodyTest {
    @Test
    void keepsEveryByteWhateverThePiecesAndStopsAtTheLength() {
        byte[] stream = new byte[20_000];
        new Random(7).nextBytes(stream);
        for (int piece : new int[] {1, 7, 4095, 4096, 5000, 20_000}) {
            FixedLengthBody body = new FixedLengthBody(10_000, true);
            int at = 0;
            while (!body.isComplete()) {
                at = body.read(stream, at, Math.min(stream.length, at + piece));
            }
            assertThat(at).as("piece %d", piece).isEqualTo(10_000);
            assertThat(body.body()).as("piece %d", piece).isEqualTo(java.util.Arrays.copyOf(stream, 10_000));
        }
    }

    @Test
    void aSkippedBodyKeepsNothing() {
        FixedLengthBody body = new FixedLengthBody(5, false);
        assertThat(body.read(new byte[8], 0, 8)).isEqualTo(5);
        assertThat(body.isComplete()).isTrue();
        assertThat(body.body()).isEmpty();
    }
}
