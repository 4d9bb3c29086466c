package dev.netplayground.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineFramerTest {
    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(l -> new String(l.bytes(), StandardCharsets.UTF_8)).toList();
    }

    @Test
    void cutsLinesKeepingTheirNewline() {
        LineFramer framer = new LineFramer(100);
        List<Line> lines = framer.feed(bytes("one\ntwo\r\nthr"), 0, 12);
        assertThat(texts(lines)).containsExactly("one\n", "two\r\n");
        assertThat(lines).allMatch(Line::terminated);
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
        List<Line> last = framer.finish();
        assertThat(texts(last)).containsExactly("rest");
        assertThat(last.get(0).terminated()).isFalse();
        assertThat(framer.finish()).isEmpty();
    }

    @Test
    void deliversAnOverlongLineInMarkedPiecesWithoutLosingBytes() {
        LineFramer framer = new LineFramer(4);
        List<Line> lines = new ArrayList<>(framer.feed(bytes("abcdefghij\n"), 0, 11));
        assertThat(texts(lines)).containsExactly("abcd", "efgh", "ij\n");
        assertThat(lines.get(0).overLimit()).isTrue();
        assertThat(lines.get(1).overLimit()).isTrue();
        assertThat(lines.get(2).overLimit()).isFalse();
    }

    @Test
    void contentDropsTheLineEnding() {
        assertThat(new Line(bytes("x\r\n"), true, false).content()).isEqualTo(bytes("x"));
        assertThat(new Line(bytes("x\n"), true, false).content()).isEqualTo(bytes("x"));
        assertThat(new Line(bytes("x"), false, false).content()).isEqualTo(bytes("x"));
    }

    @Test
    void passesInvalidUtf8ThroughUnchanged() {
        byte[] data = {(byte) 0xFF, (byte) 0xFE, '\n'};
        assertThat(new LineFramer(10).feed(data, 0, 3).get(0).bytes()).isEqualTo(data);
    }
}
