package dev.netplayground.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Round trips in the table: as many digits as matter, so a column of them stays narrow. */
class LabRowTest {
    @Test
    void shortRoundTripsKeepTwoDecimals() {
        assertThat(LabRow.millis(52_345)).isEqualTo("0.05 ms");
        assertThat(LabRow.millis(9_994_000)).isEqualTo("9.99 ms");
    }

    @Test
    void longerOnesKeepOneDecimalAndSecondsNone() {
        assertThat(LabRow.millis(124_930_000)).isEqualTo("124.9 ms");
        assertThat(LabRow.millis(4_849_660_000L)).isEqualTo("4,850 ms");
    }
}
