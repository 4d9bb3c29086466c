package dev.netplayground.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FramingTest {
    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"line", "raw", "delimiter:00", "delimiter:0D0A0D0A", "fixed:16", "length:1", "length:2",
        "length:4:le", "length:8:incl", "length:2:le:incl"})
    void aSpecReadsBackAsItself(String spec) {
        assertThat(Framing.parse(spec).spec()).isEqualTo(spec);
    }

    @Test
    void readsSpecsWrittenLoosely() {
        assertThat(Framing.parse(" LINE ")).isEqualTo(Framing.LINE);
        assertThat(Framing.parse("delimiter:0d 0a")).isEqualTo(new Framing.Delimiter(new byte[] {'\r', '\n'}));
        assertThat(Framing.parse("delimiter:0D:0A").spec()).isEqualTo("delimiter:0D0A");
        assertThat(Framing.parse("length:4:incl:LE")).isEqualTo(new Framing.LengthPrefixed(4, true, true));
        assertThat(Framing.parse("length:2:be")).isEqualTo(new Framing.LengthPrefixed(2, false, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "udp|Unknown framing 'udp': use line, raw, delimiter:HEX, fixed:N or length:BYTES[:le][:incl].",
        "line:1|'line' framing takes no parameters.",
        "delimiter:|delimiter:HEX needs the delimiter's bytes in hex, as in delimiter:0D0A.",
        "delimiter:0G|The delimiter is not hex: 'G' is not a hex digit; use 0-9 and A-F.",
        "fixed:0|A fixed message size must be from 1 to 1073741824 bytes, not 0.",
        "fixed:ten|fixed:N needs N, the message size in bytes, as in fixed:16.",
        "length:3|A length header has 1, 2, 4 or 8 bytes, not 3.",
        "length:2:lee|Unknown length option 'lee': use le, be or incl.",
        "length:2:le:be|A length header is either le or be, not both.",
    })
    void aBadSpecSaysWhatIsWrong(String spec, String sentence) {
        assertThatThrownBy(() -> Framing.parse(spec)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(sentence);
    }

    @Test
    void encodeAddsWhatTheFramingCutsAt() {
        byte[] hello = bytes("hello");
        assertThat(Framing.LINE.encode(hello)).isEqualTo(bytes("hello\n"));
        assertThat(Framing.RAW.encode(hello)).isEqualTo(hello);
        assertThat(Framing.parse("delimiter:00").encode(hello)).isEqualTo(bytes("hello\0"));
        assertThat(Framing.parse("fixed:5").encode(hello)).isEqualTo(hello);
        assertThat(TextCodec.toHex(Framing.parse("length:2").encode(hello))).isEqualTo("00 05 68 65 6C 6C 6F");
        assertThat(TextCodec.toHex(Framing.parse("length:4:le:incl").encode(hello)))
                .isEqualTo("09 00 00 00 68 65 6C 6C 6F");
        assertThat(TextCodec.toHex(Framing.parse("length:8").encode(new byte[0]))).isEqualTo("00 00 00 00 00 00 00 00");
    }

    @Test
    void encodeRefusesWhatCannotBeOneMessage() {
        assertThatThrownBy(() -> Framing.parse("length:1").encode(new byte[256]))
                .hasMessage("A 256-byte message does not fit a 1-byte length header (at most 255 bytes).");
        assertThatThrownBy(() -> Framing.parse("length:1:incl").encode(new byte[255]))
                .hasMessage("A 255-byte message does not fit a 1-byte length header (at most 254 bytes).");
        assertThatThrownBy(() -> Framing.parse("fixed:4").encode(new byte[3]))
                .hasMessage("Fixed framing sends messages of exactly 4 bytes; this one has 3.");
    }

    @Test
    void aFixedSizeMustFitTheMaximum() {
        assertThatThrownBy(() -> Framing.parse("fixed:100").checkMaxMessage(64))
                .hasMessage("Fixed messages of 100 bytes are over the 64-byte maximum message size; "
                        + "raise the maximum.");
        assertThatThrownBy(() -> Framing.LINE.checkMaxMessage(0))
                .hasMessage("The maximum message size must be from 1 to 1073741824 bytes.");
    }
}
