package dev.netplayground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
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
    @ValueSource(strings = {"hello", "hello\n", "hello\r\n", "a b-c"})
    void takesTheFastPathForPlainAscii(String text) {
        assertThat(MessagePrinter.plainLength(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text.strip().length());
    }
}
