package dev.netplayground.engine.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {
    @Test
    void bucketsCoverEveryValueWithBoundedError() {
        for (long micros = 1; micros < 50_000_000; micros = micros * 3 / 2 + 1) {
            long upper = LatencyHistogram.upperBound(LatencyHistogram.index(micros));
            assertThat(upper).as("bucket of %d µs", micros).isGreaterThanOrEqualTo(micros);
            assertThat((double) (upper - micros)).as("error at %d µs", micros).isLessThanOrEqualTo(micros / 32.0 + 1);
        }
    }

    @Test
    void percentilesOfAUniformSpread() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (int ms = 1; ms <= 1000; ms++) {
            histogram.record(ms * 1_000_000L);
        }
        assertThat(histogram.count()).isEqualTo(1000);
        assertThat(histogram.percentileNanos(50) / 1e6).isCloseTo(500, within(500 / 32.0));
        assertThat(histogram.percentileNanos(99) / 1e6).isCloseTo(990, within(990 / 32.0));
        assertThat(histogram.maxNanos()).isEqualTo(1_000_000_000L);
        assertThat(histogram.percentileNanos(100)).isEqualTo(histogram.maxNanos());
    }

    @Test
    void percentilesAreOrderedAndEmptyIsZero() {
        LatencyHistogram histogram = new LatencyHistogram();
        assertThat(histogram.percentileNanos(99)).isZero();
        histogram.record(200);
        histogram.record(5_000_000);
        histogram.record(30_000);
        assertThat(histogram.percentileNanos(50)).isLessThanOrEqualTo(histogram.percentileNanos(99));
        assertThat(histogram.percentileNanos(99)).isLessThanOrEqualTo(histogram.maxNanos());
    }

    @Test
    void anIntervalHoldsWhatWasRecordedBetweenTwoSnapshots() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (int i = 0; i < 100; i++) {
            histogram.record(1_000_000_000L);
        }
        LatencyHistogram.Snapshot first = histogram.snapshot();
        for (int i = 0; i < 100; i++) {
            histogram.record(1_000_000L);
        }
        LatencyHistogram.Snapshot second = histogram.snapshot();

        LatencyHistogram.Snapshot interval = second.since(first);
        assertThat(interval.count()).isEqualTo(100);
        assertThat(interval.percentileNanos(99) / 1e6).isCloseTo(1, within(1 / 32.0));
        assertThat(second.percentileNanos(99) / 1e6).isCloseTo(1000, within(1000 / 32.0));
        assertThat(second.since(second).count()).isZero();
        assertThat(second.since(second).percentileNanos(99)).isZero();
    }
}
