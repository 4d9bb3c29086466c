package dev.netplayground.store;

import dev.netplayground.engine.http.HttpAuth;
import dev.netplayground.engine.http.HttpHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a curl command line (as a browser's "Copy as cURL" or our own "Copy as curl" writes
 * it) into a request item: {@code -X}, {@code -H}, {@code -d}/{@code --data}/{@code --data-raw}/
 * {@code --data-binary} (with {@code @file}), {@code --json}, {@code -u}, {@code --oauth2-bearer},
 * {@code -I}, {@code --url}. Options that change only how curl prints are ignored; any other
 * option is refused by name. A pure function.
 */
public final class CurlImport {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";
    // Short flags without a value that change nothing in the request.
    private static final String QUIET_SHORT = "sSiIvLkf";
    private static final Set<String> QUIET_LONG = Set.of("--silent", "--show-error", "--include", "--verbose",
            "--location", "--insecure", "--compressed", "--fail", "--no-progress-meter", "--globoff", "--http1.1",
            "--http2", "--head");
    private static final String SHORT_WITH_VALUE = "XHdu";

    private CurlImport() {}

    /** @throws IllegalArgumentException saying in one sentence what cannot be read */
    public static HttpRequestItem parse(String commandLine) {
        List<String> words = ShellWords.split(commandLine.strip());
        if (words.isEmpty() || !(words.get(0).equals("curl") || words.get(0).endsWith("/curl"))) {
            throw new IllegalArgumentException("This is not a curl command: it should start with curl.");
        }
        Parsed parsed = new Parsed();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("--")) {
                i = parsed.longOption(word, words, i);
            } else if (word.startsWith("-") && word.length() > 1) {
                i = parsed.shortOptions(word, words, i);
            } else {
                parsed.url(word);
            }
        }
        return parsed.toItem();
    }

    /** The request as the options describe it so far. */
    private static final class Parsed {
        private String method;
        private String url;
        private final List<HttpHeader> headers = new ArrayList<>();
        private final List<String> data = new ArrayList<>();
        private String dataFile;
        private boolean json;
        private boolean head;
        private HttpAuth auth;

        int longOption(String option, List<String> words, int i) {
            if (QUIET_LONG.contains(option)) {
                head |= option.equals("--head");
                return i;
            }
            String value = valueOf(option, words, i);
            switch (option) {
                case "--request" -> method = value;
                case "--header" -> header(value);
                case "--data", "--data-ascii", "--data-binary" -> data(value, true);
                case "--data-raw" -> data(value, false);
                case "--json" -> {
                    json = true;
                    data(value, true);
                }
                case "--user" -> user(value);
                case "--oauth2-bearer" -> auth = new HttpAuth.Bearer(value);
                case "--url" -> url(value);
                default -> throw unsupported(option);
            }
            return i + 1;
        }

        int shortOptions(String word, List<String> words, int i) {
            for (int k = 1; k < word.length(); k++) {
                char flag = word.charAt(k);
                if (SHORT_WITH_VALUE.indexOf(flag) >= 0) {
                    boolean attached = k + 1 < word.length();
                    String value = attached ? word.substring(k + 1) : valueOf("-" + flag, words, i);
                    switch (flag) {
                        case 'X' -> method = value;
                        case 'H' -> header(value);
                        case 'd' -> data(value, true);
                        default -> user(value);
                    }
                    return attached ? i : i + 1;
                }
                if (QUIET_SHORT.indexOf(flag) < 0) {
                    throw unsupported("-" + flag);
                }
                head |= flag == 'I';
            }
            return i;
        }

        private static String valueOf(String option, List<String> words, int i) {
            if (i + 1 >= words.size()) {
                throw new IllegalArgumentException("curl option " + option + " needs a value after it.");
            }
            return words.get(i + 1);
        }

        private static IllegalArgumentException unsupported(String option) {
            return new IllegalArgumentException("The curl option " + option + " is not supported here; remove it "
                    + "and set what it does in the form.");
        }

        void url(String value) {
            if (url != null) {
                throw new IllegalArgumentException("The command names two URLs (" + url + " and " + value
                        + "); a request has one.");
            }
            url = value.contains("://") ? value : "http://" + value;
        }

        private void header(String line) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("The header '" + line + "' has no 'Name: value' form.");
            }
            headers.add(new HttpHeader(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
        }

        private void data(String value, boolean fileAllowed) {
            if (fileAllowed && value.startsWith("@")) {
                if (dataFile != null || !data.isEmpty()) {
                    throw new IllegalArgumentException("A body read from a file cannot be joined with other data.");
                }
                dataFile = value.substring(1);
            } else {
                if (dataFile != null) {
                    throw new IllegalArgumentException("A body read from a file cannot be joined with other data.");
                }
                data.add(value);
            }
        }

        private void user(String value) {
            int colon = value.indexOf(':');
            auth = colon < 0 ? new HttpAuth.Basic(value, "") : new HttpAuth.Basic(value.substring(0, colon),
                    value.substring(colon + 1));
        }

        HttpRequestItem toItem() {
            if (url == null) {
                throw new IllegalArgumentException("The command has no URL.");
            }
            boolean hasBody = dataFile != null || !data.isEmpty();
            if (hasBody) {
                if (json) {
                    addIfMissing("Content-Type", JSON);
                    addIfMissing("Accept", JSON);
                } else {
                    addIfMissing("Content-Type", FORM);
                }
            }
            String verb = method != null ? method : head ? "HEAD" : hasBody ? "POST" : "GET";
            HttpBody body = dataFile != null ? new HttpBody.FromFile(dataFile)
                    : hasBody ? new HttpBody.Raw(String.join("&", data)) : null;
            return new HttpRequestItem(verb, url, headers, body, auth);
        }

        private void addIfMissing(String name, String value) {
            if (headers.stream().noneMatch(header -> header.name().equalsIgnoreCase(name))) {
                headers.add(new HttpHeader(name, value));
            }
        }
    }
}
