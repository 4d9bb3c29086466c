package dev.netplayground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.codec.TextCodec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessagePrinterTest {
    @ParameterizedTest
    @ValueSource(strings = {"hello", "hello\n", "hello\r\n", "", "\n", "a\\b", "two\nlines", "tab\there", "caf\u00e9",
        "end\r", "\u007f", "x\n\n"})
    void printsEveryMessageAsItsOneLineForm(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        MessagePrinter.print(new PrintStream(printed, true, StandardCharsets.UTF_8), bytes);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .isEqualTo(MessagePrinter.line(bytes) + System.lineSeparator());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "a\u0001", "\u001b[2J", "\u007f", "\u0085"})
    void showsControlCharactersOtherThanTabsAndLineBreaksAsHex(String text) {
        assertThat(MessagePrinter.line(text.getBytes(StandardCharsets.UTF_8))).startsWith("hex: ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "a long line of plain text|0", "longer with a \\\\ backslash|1", "longer with\\na line break|1",
        "tab\\tand more than eight|2", "caf\\u00E9 au lait, s'il vous|2", "0123456789abcdef\\x01|2"})
    void sortsMessagesForTheFastPathsEightBytesAtATime(String escaped, int kind) {
        byte[] bytes = TextCodec.parseEscaped(escaped);
        assertThat(MessagePrinter.kind(bytes, bytes.length)).isEqualTo(kind);
    }

    @Test
    void printsAsTheOneLineFormWhateverTheBytesAndWhereTheyAre() {
        byte[] alphabet = {'a', 'b', ' ', '~', '\n', '\r', '\\', '\t', 0, 1, 0x7F, (byte) 0xC3, (byte) 0xA9,
            (byte) 0xFF};
        Random random = new Random(18);
        for (int round = 0; round < 2000; round++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) 'x';
            }
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            MessagePrinter.print(new PrintStream(printed, true, StandardCharsets.UTF_8), bytes);
            assertThat(printed.toString(StandardCharsets.UTF_8)).as("round %d: %s", round, TextCodec.toHex(bytes))
                    .isEqualTo(MessagePrinter.line(bytes) + System.lineSeparator());
        }
    }
}
