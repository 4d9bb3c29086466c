package dev.netplayground.ui.guide;

import dev.netplayground.snippet.Kind;
import dev.netplayground.snippet.Lang;
import dev.netplayground.snippet.SnippetSetup;
import dev.netplayground.snippet.Snippets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The programs the Guide shows: written for the talk (resources beside this class) or generated. */
final class GuideCode {
    private GuideCode() {}

    /** A program kept beside this class, e.g. {@code futures.rs}. */
    static String written(String name) {
        try (InputStream in = GuideCode.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no Guide program " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What "Copy as" writes for the kind on its default port, in Rust with tokio or not. */
    static String generated(Lang lang, Kind kind, boolean async) {
        return Snippets.generate(lang, SnippetSetup.of(kind).withAsync(async));
    }

    /** Several programs in one listing, each under a line naming its file. */
    static String files(String comment, String... namesAndPrograms) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < namesAndPrograms.length; i += 2) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(comment).append(" ==== ").append(namesAndPrograms[i]).append(" ====\n")
                    .append(namesAndPrograms[i + 1]);
        }
        return out.toString();
    }

    /** Lines joined into a paragraph, so the explanations read as prose in the source. */
    static String prose(String... sentences) {
        return Arrays.stream(sentences).collect(Collectors.joining(" "));
    }
}
