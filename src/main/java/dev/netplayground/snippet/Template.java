package dev.netplayground.snippet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A program's text kept as a resource, with {@code @NAME@} placeholders filled in by a generator. */
final class Template {
    private static final Pattern PLACEHOLDER = Pattern.compile("@([A-Z_]+)@");

    private Template() {}

    /**
     * The resource {@code path} (relative to this package) with every placeholder replaced.
     *
     * @throws IllegalStateException when the resource is missing or names a placeholder not in {@code values}
     */
    static String fill(String path, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(load(path));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException(path + " has no value for @" + matcher.group(1) + "@");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(out).toString();
    }

    private static String load(String path) {
        try (InputStream in = Template.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no template " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
