package dev.netplayground.ui.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts Rust or Java source into spans to colour: comments, strings, keywords, numbers, attributes. */
final class Highlighter {
    /** A piece of the source and its style class ("" for plain text). */
    record Span(String text, String style) {}

    private static final Pattern TOKEN = Pattern.compile(String.join("|",
            "(?<comment>//[^\\n]*)",
            "(?<string>r#\"(?:[^\"]|\"(?!#))*\"#|\"(?:[^\"\\\\\\n]|\\\\.)*\")",
            "(?<attribute>#!?\\[[^\\]\\n]*\\]|@[A-Za-z]\\w*)",
            "(?<number>\\b\\d[\\d_]*(?:\\.\\d+)?(?:[uif](?:8|16|32|64|128|size))?L?\\b)",
            "(?<word>\\b[A-Za-z_]\\w*!?)"));

    private static final Set<String> RUST = Set.of("as", "async", "await", "break", "const", "continue", "crate",
            "else", "enum", "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
            "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe",
            "use", "where", "while", "dyn");

    private static final Set<String> JAVA = Set.of("abstract", "boolean", "break", "byte", "case", "catch", "char",
            "class", "continue", "default", "do", "double", "else", "enum", "extends", "false", "final", "finally",
            "float", "for", "if", "implements", "import", "instanceof", "int", "interface", "long", "new", "null",
            "package", "permits", "private", "protected", "public", "record", "return", "sealed", "short", "static",
            "super", "switch", "this", "throw", "throws", "true", "try", "var", "void", "volatile", "while", "yield");

    private Highlighter() {}

    static List<Span> rust(String source) {
        return spans(source, RUST);
    }

    static List<Span> java(String source) {
        return spans(source, JAVA);
    }

    private static List<Span> spans(String source, Set<String> keywords) {
        List<Span> spans = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(source);
        int plainFrom = 0;
        while (matcher.find()) {
            String style = styleOf(matcher, keywords);
            if (style.isEmpty()) {
                continue; // an ordinary name stays in the plain run around it
            }
            if (matcher.start() > plainFrom) {
                spans.add(new Span(source.substring(plainFrom, matcher.start()), ""));
            }
            spans.add(new Span(matcher.group(), style));
            plainFrom = matcher.end();
        }
        if (plainFrom < source.length()) {
            spans.add(new Span(source.substring(plainFrom), ""));
        }
        return spans;
    }

    private static String styleOf(Matcher matcher, Set<String> keywords) {
        if (matcher.group("comment") != null) {
            return "code-comment";
        }
        if (matcher.group("string") != null) {
            return "code-string";
        }
        if (matcher.group("attribute") != null) {
            return "code-attribute";
        }
        if (matcher.group("number") != null) {
            return "code-number";
        }
        String word = matcher.group("word");
        if (word.endsWith("!")) {
            return "code-macro";
        }
        return keywords.contains(word) ? "code-keyword" : "";
    }
}
