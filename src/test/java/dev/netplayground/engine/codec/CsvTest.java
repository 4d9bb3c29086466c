package dev.netplayground.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=1+2|'=1+2",
        "+cmd|'+cmd",
        "-2+3|'-2+3",
        "@SUM(A1)|'@SUM(A1)",
        "plain|plain",
        "a=b|a=b",
    })
    void aFieldThatASpreadsheetWouldRunIsPrefixedWithAQuote(String text, String expected) {
        assertThat(Csv.field(text)).isEqualTo(expected);
    }

    @Test
    void tabsAndCarriageReturnsThatStartAFieldAreNeutralisedToo() {
        assertThat(Csv.field("\t=1")).isEqualTo("'\t=1");
        assertThat(Csv.field("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() {
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("=a,b")).isEqualTo("\"'=a,b\"");
        assertThat(Csv.field("")).isEmpty();
    }

    @Test
    void rowsKeepNumbersAsTheyAreEvenNegativeOnes() {
        assertThat(Csv.row(Arrays.asList(-5, 2.5, "-5", Map.of("other", 2), List.of("x, y"))))
                .isEqualTo("-5,2.5,'-5,{other=2},\"[x, y]\"");
    }
}
