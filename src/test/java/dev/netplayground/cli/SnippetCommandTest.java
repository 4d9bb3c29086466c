package dev.netplayground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnippetCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.execute(new CliIo(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)),
                args);
    }

    @Test
    void printsTheProgramWithTheSetupInIt() {
        int exit = run("snippet", "--lang", "python", "--for", "http-post", "--port", "4000",
                "--number", "42", "--boolean", "false");
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("#!/usr/bin/env python3")
                .contains("URL = \"http://127.0.0.1:4000/data\"", "BODY = \"{\\\"number\\\":42,\\\"boolean\\\":false}\"");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void jsonGoesInAsItIs() {
        assertThat(run("snippet", "--lang", "curl", "--for", "http-post", "--json", "{\"a\": 'b'}")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--data-raw '{\"a\": '\\''b'\\''}'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--lang cobol --for tcp-server | error: unknown language 'cobol': expected one of rust, java, python, curl, "
                + "ncat",
        "--lang java --for ftp | error: unknown program 'ftp': expected one of tcp-server, tcp-client, udp-receiver, "
                + "udp-sender, http-server, http-post",
        "--lang java --for tcp-client --port x | error: invalid port 'x': expected 0 to 65535",
        "--lang java --for tcp-client --port 70000 | error: invalid port 70000: expected 0 to 65535",
        "--lang rust --for http-post --number 4294967296 --boolean true | error: invalid value 4294967296 for "
                + "`number`: expected an unsigned 32-bit integer (0 to 4294967295)",
        "--lang rust --for http-post --number 5 --boolean yes | error: invalid boolean 'yes': expected true or false",
        "--lang rust --for http-post --number 5 | error: --number and --boolean go together",
        "--lang rust --for http-post --number 5 --boolean true --json {} | error: give --number and --boolean, "
                + "or --json, not both",
        "--lang rust --for tcp-server --json {} | error: --number, --boolean and --json are for http-post only",
        "--lang python --for tcp-server --async | error: --async picks tokio in Rust; Python has one form only",
        "--lang curl --for udp-sender | error: curl writes the HTTP client only (http-post); use --lang ncat for TCP "
                + "and UDP",
        "--lang java --for tcp-client --line-ending cr | error: invalid line ending 'cr': expected lf or crlf",
    })
    void aBadValueIsOneSentenceOnStderrAndExitCode2(String args, String message) {
        assertThat(run(("snippet " + args).split(" "))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(message + System.lineSeparator());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
