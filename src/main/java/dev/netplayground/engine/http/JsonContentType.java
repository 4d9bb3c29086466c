package dev.netplayground.engine.http;

/**
 * The Content-Type check of warp 0.3's {@code body::json()}, ported from what it runs: http's
 * {@code HeaderValue::to_str} (visible ASCII and tab only), mime 0.3's parser (its quirks
 * included: no white space before a ';', none around '='), then type and subtype equal to
 * {@code application/json} ignoring case. Parameters are allowed; a {@code +json} suffix type
 * is not, while mime reads {@code application/json+x} as subtype json with suffix x. Pure.
 */
final class JsonContentType {
    private static final String TCHARS = "!#$%&'*+-.^_`|~";

    private JsonContentType() {}

    /** Whether warp reads a body with this Content-Type field value (trimmed) as JSON. */
    static boolean accepts(String value) {
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c >= 0x7F) {
                return false;
            }
        }
        int slash = 0;
        while (slash < n && isToken(value.charAt(slash))) {
            slash++;
        }
        if (slash == 0 || slash == n || value.charAt(slash) != '/') {
            return false;
        }
        int subtypeStart = slash + 1;
        int plus = -1;
        int i = subtypeStart;
        for (; i < n; i++) {
            char c = value.charAt(i);
            if (c == '+' && i > subtypeStart) {
                plus = i;
            } else if (c == ';' && i > subtypeStart) {
                break;
            } else if (!isToken(c)) {
                return false;
            }
        }
        if (i < n && !parametersParse(value, i)) {
            return false;
        }
        int subtypeEnd = plus >= 0 ? plus : i;
        return slash == "application".length() && value.regionMatches(true, 0, "application", 0, slash)
                && subtypeEnd - subtypeStart == "json".length()
                && value.regionMatches(true, subtypeStart, "json", 0, "json".length());
    }

    /** mime 0.3's {@code params_from_str} from the ';' at {@code semicolon}: true when it would not fail. */
    private static boolean parametersParse(String s, int semicolon) {
        int n = s.length();
        int start = semicolon + 1;
        int i = start;
        while (start < n) {
            boolean named = false;
            while (!named) { // the name, then '='
                if (i == n) {
                    return false;
                }
                char c = s.charAt(i);
                if (c == ' ' && i == start) {
                    start = i + 1;
                } else if (c == '=' && i > start) {
                    start = i + 1;
                    named = true;
                } else if (!isToken(c)) {
                    return false;
                }
                i++;
                if (!named && start == i && start >= n) {
                    return true; // Only spaces after the last ';'.
                }
            }
            if (i < n && s.charAt(i) == '"') {
                i = quotedValueEnd(s, i + 1);
                if (i < 0) {
                    return false;
                }
                start = i;
            } else {
                while (i < n && s.charAt(i) != ';') {
                    if (!isToken(s.charAt(i))) {
                        return false;
                    }
                    i++;
                }
                if (i < n && i == start) {
                    return false; // An empty value before ';'.
                }
                start = ++i;
            }
        }
        return true;
    }

    /**
     * From just after an opening quote: the index after the spaces and ';' that follow the
     * closing quote, or -1. As in mime, a quote right after the opening one does not close it.
     */
    private static int quotedValueEnd(String s, int from) {
        int n = s.length();
        int i = from;
        while (true) {
            if (i == n) {
                return -1;
            }
            char c = s.charAt(i);
            if (c == '"' && i > from) {
                break;
            }
            if (c <= 31 || c == 127) {
                return -1;
            }
            i++;
        }
        for (i++; i < n; i++) {
            char c = s.charAt(i);
            if (c == ';') {
                return i + 1;
            }
            if (c != ' ') {
                return -1;
            }
        }
        return n;
    }

    private static boolean isToken(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || TCHARS.indexOf(c) >= 0;
    }
}
