package dev.netplayground.snippet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiteralsTest {
    private static final String TRICKY = "a\"b\\c\nd\re\tf\u0001g é 😀 '";

    @Test
    void javaEscapesQuotesBackslashesControlsAndEverythingOutsideAscii() {
        assertThat(Literals.java(TRICKY))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\001g \\u00e9 \\ud83d\\ude00 '\"");
    }

    @Test
    void javaWritesControlsAsThreeOctalDigitsSoADigitAfterThemStaysADigit() {
        assertThat(Literals.java("\u00017")).isEqualTo("\"\\0017\"");
    }

    @Test
    void rustEscapesWithCodePoints() {
        assertThat(Literals.rust(TRICKY)).isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\u{1}g \\u{e9} \\u{1f600} '\"");
    }

    @Test
    void pythonEscapesWithShortAndLongUnicodeEscapes() {
        assertThat(Literals.python(TRICKY))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\x01g \\u00e9 \\U0001f600 '\"");
    }

    @Test
    void shellKeepsEverythingButClosesAndReopensAroundSingleQuotes() {
        assertThat(Literals.shell("it's $HOME `x` \\")).isEqualTo("'it'\\''s $HOME `x` \\'");
    }
}
