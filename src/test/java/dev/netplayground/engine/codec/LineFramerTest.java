package dev.netplayground.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineFramerTest {
    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> texts(List<Frame> lines) {
        return lines.stream().map(l -> new String(l.bytes(), StandardCharsets.UTF_8)).toList();
    }

    @Test
    void cutsLinesKeepingTheirNewline() {
        LineFramer framer = new LineFramer(100);
        List<Frame> lines = framer.feed(bytes("one\ntwo\r\nthr"), 0, 12);
        assertThat(texts(lines)).containsExactly("one\n", "two\r\n");
        assertThat(lines).allMatch(l -> l.cut() == Frame.Cut.WHOLE);
        assertThat(framer.pendingBytes()).isEqualTo(3);
    }

    @Test
    void joinsALineSplitAcrossReads() {
        LineFramer framer = new LineFramer(100);
        assertThat(framer.feed(bytes("hel"), 0, 3)).isEmpty();
        assertThat(texts(framer.feed(bytes("lo\n"), 0, 3))).containsExactly("hello\n");
    }

    @Test
    void deliversThePartialLastLineAtEndOfStream() {
        LineFramer framer = new LineFramer(100);
        framer.feed(bytes("a\nrest"), 0, 6);
        List<Frame> last = framer.finish();
        assertThat(texts(last)).containsExactly("rest");
        assertThat(last.get(0).cut()).isEqualTo(Frame.Cut.UNFINISHED);
        assertThat(framer.finish()).isEmpty();
    }

    @Test
    void deliversAnOverlongLineInMarkedPiecesWithoutLosingBytes() {
        LineFramer framer = new LineFramer(4);
        List<Frame> lines = new ArrayList<>(framer.feed(bytes("abcdefghij\n"), 0, 11));
        assertThat(texts(lines)).containsExactly("abcd", "efgh", "ij\n");
        assertThat(lines).extracting(Frame::cut).containsExactly(Frame.Cut.PIECE, Frame.Cut.PIECE, Frame.Cut.WHOLE);
    }

    @Test
    void theLimitCountsTheBytesBeforeTheNewline() {
        LineFramer framer = new LineFramer(4);
        assertThat(texts(framer.feed(bytes("abcd\n"), 0, 5))).containsExactly("abcd\n");
        assertThat(texts(framer.feed(bytes("abcd"), 0, 4))).isEmpty();
        assertThat(texts(framer.feed(bytes("\n"), 0, 1))).containsExactly("abcd\n");
    }

    @Test
    void thePayloadDropsTheLineEnding() {
        LineFramer framer = new LineFramer(10);
        List<Frame> lines = framer.feed(bytes("x\r\ny\n\r"), 0, 6);
        lines.addAll(framer.finish());
        assertThat(lines).extracting(l -> new String(l.payload(), StandardCharsets.UTF_8))
                .containsExactly("x", "y", "\r");
    }

    @Test
    void passesInvalidUtf8ThroughUnchanged() {
        byte[] data = {(byte) 0xFF, (byte) 0xFE, '\n'};
        assertThat(new LineFramer(10).feed(data, 0, 3).get(0).bytes()).isEqualTo(data);
    }

    @Test
    void findsTheFirstNewlineAtEveryPositionOfEveryWordOfABlock() {
        for (int from = 0; from < 8; from++) {
            for (int at = from; at < 80; at++) {
                byte[] data = new byte[80];
                java.util.Arrays.fill(data, (byte) 0x0B);
                data[at] = '\n';
                for (int later : new int[] {at + 3, at + 9, at + 33}) {
                    if (later < data.length) {
                        data[later] = '\n';
                    }
                }
                assertThat(LineFramer.indexOfNewline(data, from, data.length))
                        .as("newline at %d, from %d", at, from).isEqualTo(at);
                assertThat(LineFramer.indexOfNewline(data, from, at)).isEqualTo(-1);
            }
        }
    }

    @Test
    void cutsLikeAByteByByteReaderWhateverTheReadSizes() {
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 200; round++) {
            int max = 1 + random.nextInt(40);
            byte[] stream = new byte[random.nextInt(600)];
            for (int i = 0; i < stream.length; i++) {
                stream[i] = random.nextInt(12) == 0 ? (byte) '\n' : (byte) random.nextInt(256);
            }
            LineFramer framer = new LineFramer(max);
            List<Frame> lines = new ArrayList<>();
            for (int at = 0; at < stream.length; ) {
                int n = Math.min(stream.length - at, 1 + random.nextInt(70));
                lines.addAll(framer.feed(stream, at, n));
                at += n;
            }
            lines.addAll(framer.finish());
            assertThat(describe(lines)).as("round %d, limit %d", round, max)
                    .isEqualTo(describe(byteByByte(stream, max)));
        }
    }

    /** The reference: one byte at a time, as the contract says. */
    private static List<Frame> byteByByte(byte[] stream, int max) {
        List<Frame> lines = new ArrayList<>();
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        for (byte b : stream) {
            if (b != '\n' && line.size() == max) {
                lines.add(Frame.of(line.toByteArray(), Frame.Cut.PIECE));
                line.reset();
            }
            line.write(b);
            if (b == '\n') {
                lines.add(Frame.of(line.toByteArray(), Frame.Cut.WHOLE));
                line.reset();
            }
        }
        if (line.size() > 0) {
            lines.add(Frame.of(line.toByteArray(), Frame.Cut.UNFINISHED));
        }
        return lines;
    }

    private static List<String> describe(List<Frame> lines) {
        return lines.stream().map(l -> HexFormat.of().formatHex(l.bytes()) + " " + l.cut()).toList();
    }
}
