package dev.netplayground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.udp.Datagram;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatagramPrinterTest {
    @ParameterizedTest
    @ValueSource(strings = {"hello", "hello\n", "hello\r\n", "", "\n", "a\\b", "two\nlines", "tab\there", "caf\u00e9",
        "end\r", "\u007f", "x\n\n"})
    void printsEveryDatagramAsItsOneLineForm(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Datagram datagram = new Datagram(new InetSocketAddress("127.0.0.1", 9), bytes, bytes.length);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        DatagramPrinter.print(new PrintStream(printed, true, StandardCharsets.UTF_8), datagram);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .isEqualTo(DatagramPrinter.line(datagram) + System.lineSeparator());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "hello\n", "hello\r\n", "a b-c"})
    void takesTheFastPathForPlainAscii(String text) {
        assertThat(DatagramPrinter.plainLength(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text.strip().length());
    }
}
