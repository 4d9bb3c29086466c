package dev.netplayground.engine.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One line of a fixture written by {@code tools/serde-oracle}: an input and the real program's answer.
 *
 * @param line   line number in the fixture, to find the case
 * @param status 200, or the refusal (400 for a body serde refuses, 415 for a Content-Type warp refuses)
 * @param input  the body or the Content-Type value, as bytes
 * @param answer serde's Debug text for 200, else serde's error or what mime made of the value
 * @param shown  the input as escaped ASCII, cut, for messages
 */
record OracleVerdict(int line, int status, byte[] input, String answer, String shown) {
    static List<OracleVerdict> read(String resource) {
        try (InputStream in = OracleVerdict.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No fixture " + resource + "; run tools/serde-oracle/regenerate.sh.");
            }
            List<OracleVerdict> verdicts = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (!text.startsWith("#")) {
                    String[] columns = text.split("\t", 4);
                    verdicts.add(new OracleVerdict(number, Integer.parseInt(columns[0]),
                            HexFormat.of().parseHex(columns[1]), columns[2], columns[3]));
                }
            }
            return verdicts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "line " + line + " " + shown + " (" + status + " " + answer + ")";
    }
}
