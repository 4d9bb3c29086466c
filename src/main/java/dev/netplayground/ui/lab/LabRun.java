package dev.netplayground.ui.lab;

import dev.netplayground.engine.load.HttpLoadResult;
import dev.netplayground.engine.load.HttpLoadRun;
import dev.netplayground.engine.load.LatencyHistogram;
import dev.netplayground.engine.load.LoadResult;
import dev.netplayground.engine.load.LoadRun;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What the Lab reads from a running workload, TCP echo or HTTP, once a pulse: completed exchanges (echoes or
 * responses), latencies, time so far, connections; and how to stop it. Thread-safe as the runs are.
 */
record LabRun(LongSupplier completed, Supplier<LatencyHistogram.Snapshot> latencies, DoubleSupplier seconds,
        Duration duration, LongSupplier connected, Runnable stop) {

    static LabRun of(LoadRun run) {
        return new LabRun(run::messages, run::latencies, () -> run.result().seconds(), run.config().duration(),
                run::connected, run::close);
    }

    static LabRun of(HttpLoadRun run) {
        return new LabRun(run::requests, run::latencies, () -> run.result().seconds(), run.config().duration(),
                run::connected, run::close);
    }

    /** An HTTP run's figures in the table's terms: a response is a message, the bytes are those read. */
    static LoadResult asRow(HttpLoadResult result) {
        return new LoadResult(result.connections(), result.connected(), result.requests(), result.bytesRead(),
                result.seconds(), result.latencies(), result.errors());
    }
}
