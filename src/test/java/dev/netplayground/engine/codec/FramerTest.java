package dev.netplayground.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A framer that loops on a bad header would hang: the time limit turns that into a failure. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FramerTest {
    /** What a framer made of a stream fed in reads of the given sizes. */
    private record Fed(FramingReference.Cuts cuts, long deliveredBytes, long undeliveredBytes, long fedBytes) {}

    private static Fed feed(Framing framing, int max, byte[] stream, List<Integer> reads) {
        Framer framer = framing.framer(max);
        List<Frame> frames = new ArrayList<>();
        int at = 0;
        try {
            for (int size : reads) {
                at += size;
                framer.feed(stream, at - size, size, frames::add);
            }
            framer.finish(frames::add);
        } catch (FramingException e) {
            return new Fed(new FramingReference.Cuts(frames, true), delivered(frames), e.undeliveredBytes(), at);
        }
        return new Fed(new FramingReference.Cuts(frames, false), delivered(frames), 0, at);
    }

    private static long delivered(List<Frame> frames) {
        return frames.stream().mapToLong(f -> f.bytes().length).sum();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @EnumSource(FramingStreams.Delivery.class)
    void everyFramingCutsAsTheReferenceWhateverTheReads(FramingStreams.Delivery delivery) {
        Random random = new Random(18);
        for (int round = 0; round < 600; round++) {
            Framing framing = FramingStreams.randomFraming(random);
            int max = FramingStreams.randomMax(framing, random);
            byte[] stream = FramingStreams.randomStream(framing, max, random.nextInt(20), random);
            List<Integer> reads = delivery.reads(stream.length, random);

            Fed fed = feed(framing, max, stream, reads);

            FramingReference.Cuts expected = FramingReference.cut(framing, max, stream, reads);
            assertThat(fed.cuts().describe()).as("round %d: %s, max %d", round, framing.spec(), max)
                    .isEqualTo(expected.describe());
            assertThat(fed.deliveredBytes() + fed.undeliveredBytes())
                    .as("round %d: every byte fed is delivered or counted as not delivered", round)
                    .isEqualTo(fed.fedBytes());
        }
    }

    @Test
    void aLengthHeaderOverTheLimitIsRefusedWithTheLengthItAnnounced() {
        Framer framer = Framing.parse("length:4").framer(1000);
        byte[] attack = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 'x'};
        assertThatThrownBy(() -> framer.feed(attack, 0, attack.length, frame -> {}))
                .isInstanceOf(FramingException.class)
                .hasMessage("A length header (FF FF FF FF) announced a 4,294,967,295-byte message, "
                        + "over the 1,000-byte limit.")
                .extracting(e -> ((FramingException) e).undeliveredBytes()).isEqualTo(5L);
    }

    @Test
    void anEightByteLengthIsReadUnsigned() {
        Framer framer = Framing.parse("length:8:le").framer(10);
        byte[] huge = {0, 0, 0, 0, 0, 0, 0, (byte) 0x80};
        assertThatThrownBy(() -> framer.feed(huge, 0, huge.length, frame -> {}))
                .hasMessageContaining("announced a 9,223,372,036,854,775,808-byte message");
    }

    @Test
    void aLengthThatCountsItsHeaderCannotBeSmallerThanTheHeader() {
        Framer framer = Framing.parse("length:2:incl").framer(100);
        byte[] bad = {0, 1};
        assertThatThrownBy(() -> framer.feed(bad, 0, 2, frame -> {}))
                .hasMessage("A length header of 1 (00 01) counts its own 2 bytes, so it cannot be less than 2.")
                .extracting(e -> ((FramingException) e).closeReason()).isEqualTo("closed: a bad length header");
    }

    @Test
    void aDelimitedMessageOverTheLimitIsRefusedOnceItCannotFit() throws FramingException {
        Framer framer = Framing.parse("delimiter:0D0A").framer(4);
        List<Frame> frames = new ArrayList<>();
        framer.feed(bytes("abcd\r"), 0, 5, frames::add);
        assertThat(frames).isEmpty();
        assertThatThrownBy(() -> framer.feed(bytes("e"), 0, 1, frames::add))
                .hasMessage("A message with no delimiter in its first 6 bytes is over the 4-byte limit.");
    }

    @Test
    void aDelimiterSplitAcrossReadsIsFoundAndKept() throws FramingException {
        Framer framer = Framing.parse("delimiter:0D0A0D0A").framer(100);
        List<Frame> frames = new ArrayList<>();
        for (String read : List.of("GET / HTTP/1.1\r\nHost: x\r", "\n\r", "\nnext")) {
            framer.feed(bytes(read), 0, read.length(), frames::add);
        }
        assertThat(frames).hasSize(1);
        assertThat(new String(frames.get(0).bytes(), StandardCharsets.ISO_8859_1))
                .isEqualTo("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(new String(frames.get(0).payload(), StandardCharsets.ISO_8859_1))
                .isEqualTo("GET / HTTP/1.1\r\nHost: x");
    }

    @Test
    void endOfStreamHandsOverAnUnfinishedMessage() throws FramingException {
        Framer framer = Framing.parse("length:2").framer(100);
        List<Frame> frames = new ArrayList<>();
        framer.feed(new byte[] {0, 5, 'a', 'b'}, 0, 4, frames::add);
        framer.finish(frames::add);
        assertThat(frames).singleElement().satisfies(frame -> {
            assertThat(frame.cut()).isEqualTo(Frame.Cut.UNFINISHED);
            assertThat(frame.payload()).isEqualTo(bytes("ab"));
        });
    }
}
