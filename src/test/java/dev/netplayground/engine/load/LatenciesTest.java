package dev.netplayground.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The latency figures as both load commands print them and put them in JSON. */
class LatenciesTest {
    private final Latencies latencies = new Latencies(120_000, 300_000, 1_000_000, 1_500_000, 2_250_000);

    @Test
    void theLineShowsMillisecondsWithP999OnlyWhenAsked() {
        assertThat(latencies.shown(false)).isEqualTo("p50 0.120 ms  p90 0.300 ms  p99 1.000 ms  max 2.250 ms");
        assertThat(latencies.shown(true))
                .isEqualTo("p50 0.120 ms  p90 0.300 ms  p99 1.000 ms  p99.9 1.500 ms  max 2.250 ms");
    }

    @Test
    void theJsonKeysComeInOrderWithP999OnlyWhenAsked() {
        Map<String, Object> figures = new LinkedHashMap<>();
        latencies.putInto(figures, false);
        assertThat(figures).containsExactly(Map.entry("p50Ms", 0.12), Map.entry("p90Ms", 0.3),
                Map.entry("p99Ms", 1.0), Map.entry("maxMs", 2.25));
        figures.clear();
        latencies.putInto(figures, true);
        assertThat(figures.keySet()).containsExactly("p50Ms", "p90Ms", "p99Ms", "p999Ms", "maxMs");
    }
}
