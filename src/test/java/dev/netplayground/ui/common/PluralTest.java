package dev.netplayground.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralTest {
    @Test
    void oneTakesTheSingular() {
        assertThat(Plural.of(1, "datagram")).isEqualTo("1 datagram");
    }

    @Test
    void zeroAndManyTakeThePluralWithThousandsSeparators() {
        assertThat(Plural.of(0, "datagram")).isEqualTo("0 datagrams");
        assertThat(Plural.of(2_000, "byte")).isEqualTo("2,000 bytes");
    }

    @Test
    void anIrregularPluralIsGiven() {
        assertThat(Plural.of(3, "entry", "entries")).isEqualTo("3 entries");
    }
}
