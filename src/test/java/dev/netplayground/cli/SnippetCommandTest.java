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
        "--lang cobol --for tcp-server | error: Invalid value for option '--lang': 'cobol' is not allowed: use "
                + "one of rust, java, python, curl, ncat. See 'net-playground snippet --help'.",
        "--lang java --for ftp | error: Invalid value for option '--for': 'ftp' is not allowed: use one of "
                + "tcp-server, tcp-client, udp-receiver, udp-sender, http-server, http-post. See "
                + "'net-playground snippet --help'.",
        "--lang java --for tcp-client --port x | error: Invalid value for option '--port': 'x' is not allowed: "
                + "use a port from 0 to 65535 (0 for a server that picks a free one). See 'net-playground snippet "
                + "--help'.",
        "--lang java --for tcp-client --port 0 | error: a client needs a port from 1 to 65535; 0 is for a server "
                + "that picks a free one",
        "--lang java --for tcp-client --port 70000 | error: Invalid value for option '--port': '70000' is not "
                + "allowed: use a port from 0 to 65535 (0 for a server that picks a free one). See "
                + "'net-playground snippet --help'.",
        "--lang rust --for http-post --number 4294967296 --boolean true | error: Invalid value for option "
                + "'--number': '4294967296' is not allowed: use a whole number from 0 to 4294967295. See "
                + "'net-playground snippet --help'.",
        "--lang rust --for http-post --number 5 --boolean yes | error: Invalid value for option '--boolean': "
                + "'yes' is not allowed: use true or false. See 'net-playground snippet --help'.",
        "--lang rust --for http-post --number 5 | error: --number and --boolean go together",
        "--lang rust --for http-post --number 5 --boolean true --json {} | error: give --number and --boolean, "
                + "or --json, not both",
        "--lang rust --for tcp-server --json {} | error: --number, --boolean and --json are for http-post only",
        "--lang python --for tcp-server --async | error: --async picks tokio in Rust; Python has one form only",
        "--lang curl --for udp-sender | error: curl writes the HTTP client only (http-post); use --lang ncat for TCP "
                + "and UDP",
        "--lang java --for tcp-client --line-ending cr | error: Invalid value for option '--line-ending': 'cr' is not "
                + "allowed: use lf or crlf. See 'net-playground snippet --help'.",
    })
    void aBadValueIsOneSentenceOnStderrAndExitCode2(String args, String message) {
        assertThat(run(("snippet " + args).split(" "))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(message + System.lineSeparator());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
