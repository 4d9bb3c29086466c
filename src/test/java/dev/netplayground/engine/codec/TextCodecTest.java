package dev.netplayground.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextCodecTest {
    @Test
    void parsesEscapesIntoBytes() {
        assertThat(TextCodec.parseEscaped("a\\tb\\r\\n\\x00\\xff\\\\"))
                .containsExactly('a', '\t', 'b', '\r', '\n', 0, 0xff, '\\');
    }

    @Test
    void encodesPlainTextAsUtf8() {
        assertThat(TextCodec.parseEscaped("héllo ✓")).isEqualTo("héllo ✓".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rejectsUnknownEscapeNamingIt() {
        assertThatThrownBy(() -> TextCodec.parseEscaped("ab\\q"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\\q")
                .hasMessageContaining("position 3");
    }

    @Test
    void rejectsShortHexEscape() {
        assertThatThrownBy(() -> TextCodec.parseEscaped("\\x4")).hasMessageContaining("two hex digits");
        assertThatThrownBy(() -> TextCodec.parseEscaped("\\xZZ")).hasMessageContaining("two hex digits");
    }

    @Test
    void rejectsTrailingBackslash() {
        assertThatThrownBy(() -> TextCodec.parseEscaped("abc\\")).hasMessageContaining("lone backslash");
    }

    @Test
    void parsesHexWithSeparators() {
        assertThat(TextCodec.parseHex("48 69:0a 0xFF")).containsExactly(0x48, 0x69, 0x0a, 0xff);
    }

    @Test
    void rejectsOddOrInvalidHex() {
        assertThatThrownBy(() -> TextCodec.parseHex("486")).hasMessageContaining("odd");
        assertThatThrownBy(() -> TextCodec.parseHex("4G")).hasMessageContaining("'G' is not a hex digit");
    }

    @Test
    void displaysUtf8AsTextWithControlsEscaped() {
        assertThat(TextCodec.display("hi\r\n\u0001".getBytes(StandardCharsets.UTF_8))).isEqualTo("hi\\r\\n\\x01");
    }

    @Test
    void displaysInvalidUtf8AsHexInsteadOfThrowing() {
        byte[] invalid = {(byte) 0xC3, 0x28, (byte) 0xFF};
        assertThat(TextCodec.decodeUtf8(invalid)).isEmpty();
        assertThat(TextCodec.display(invalid)).isEqualTo("hex: C3 28 FF");
    }

    @Test
    void lineEndingsAppendTheirBytes() {
        assertThat(LineEnding.CRLF.append("a".getBytes(StandardCharsets.UTF_8))).containsExactly('a', '\r', '\n');
        assertThat(LineEnding.LF.append(new byte[0])).containsExactly('\n');
        assertThat(LineEnding.NONE.append(new byte[] {1})).containsExactly(1);
    }

    @Test
    void escapesC1ControlsSeparatorsAndBidiOverridesSoTextReadsAsItsBytes() {
        // "Trojan Source": a right-to-left override makes "abc" display as "cba".
        assertThat(TextCodec.display("x\u202Eabc\u202C".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("x\\u202Eabc\\u202C");
        assertThat(TextCodec.display("a\u0085b\u009Bc".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("a\\u0085b\\u009Bc");
        assertThat(TextCodec.display("one\u2028two".getBytes(StandardCharsets.UTF_8))).isEqualTo("one\\u2028two");
        assertThat(TextCodec.display("\u2067x\u2069\u200F".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("\\u2067x\\u2069\\u200F");
        assertThat(TextCodec.display("é ✓ עברית".getBytes(StandardCharsets.UTF_8))).isEqualTo("é ✓ עברית");
    }

    @Test
    void unitEscapesParseBackToTheSameText() {
        assertThat(TextCodec.parseEscaped("x\\u202Eabc")).isEqualTo("x\u202Eabc".getBytes(StandardCharsets.UTF_8));
        assertThat(TextCodec.parseEscaped("\\uD83D\\uDE00!"))
                .isEqualTo("\uD83D\uDE00!".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> TextCodec.parseEscaped("\\u12")).hasMessageContaining("four hex digits");
    }
}
