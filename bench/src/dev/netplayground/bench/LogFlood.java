package dev.netplayground.bench;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.EventLog;
import dev.netplayground.ui.fx.FxEventPump;
import dev.netplayground.ui.shell.MainWindow;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Floods the engine's event log at rising rates with the main window open and measures what
 * the window and the log do: events ingested, dropped from memory, written to the spill file,
 * the gaps between FX pulses (p99, max) and peak heap. One fresh engine per rate.
 *
 * <p>Usage: {@code LogFlood [SECONDS_PER_RATE] [RATE ...]}; defaults 10 s and 10k, 100k, 1M events/s.
 */
public final class LogFlood {
    private record Step(long rate, long seconds, long ingested, long dropped, long spilled, double p99GapMs,
            double maxGapMs, long peakHeapMb, double achievedRate, int pulses) {}

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 10;
        List<Long> rates = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            rates.add(Long.parseLong(args[i]));
        }
        if (rates.isEmpty()) {
            rates = List.of(10_000L, 100_000L, 1_000_000L);
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        // Each rate closes its window; without this the toolkit would exit after the first.
        Platform.setImplicitExit(false);
        List<Step> steps = new ArrayList<>();
        for (long rate : rates) {
            steps.add(run(rate, seconds));
        }
        Platform.exit();
        print(steps);
    }

    private static Step run(long rate, long seconds) throws Exception {
        Path spill = Files.createTempFile("netpg-flood-", ".jsonl");
        Engine engine = new Engine(new EventLog());
        engine.spillTo(spill);
        FxEventPump pump = new FxEventPump(engine.log());
        List<Long> gaps = Collections.synchronizedList(new ArrayList<>());
        AnimationTimer pulses = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    gaps.add(now - last);
                }
                last = now;
            }
        };
        MainWindow[] window = new MainWindow[1];
        Stage[] stage = new Stage[1];
        onFx(() -> {
            stage[0] = new Stage();
            window[0] = new MainWindow(engine, pump);
            window[0].show(stage[0]);
            pump.start();
            pulses.start();
        });
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peakHeap = new AtomicLong();
        Thread sampler = Thread.ofPlatform().daemon().name("bench-heap").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                LockSupport.parkNanos(50_000_000L);
            }
        });
        long start = System.nanoTime();
        long published = flood(engine.log().emitter("flood-1"), rate, seconds);
        double achieved = published * 1e9 / (System.nanoTime() - start);
        onFx(() -> {
            pulses.stop();
            window[0].close();
            pump.stop();
            stage[0].close();
        });
        sampler.interrupt();
        long ingested = engine.log().published();
        long dropped = engine.log().dropped();
        engine.close();
        long spilled;
        try (Stream<String> lines = Files.lines(spill)) {
            spilled = lines.count();
        }
        Files.delete(spill);
        List<Long> sorted = new ArrayList<>(gaps);
        Collections.sort(sorted);
        double p99 = sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1)) / 1e6;
        double max = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6;
        return new Step(rate, seconds, ingested, dropped, spilled, p99, max, peakHeap.get() / (1024 * 1024), achieved, sorted.size() + 1);
    }

    /** Publishes {@code rate} events per second for {@code seconds}, paced per millisecond. */
    private static long flood(EventEmitter emitter, long rate, long seconds) {
        long total = rate * seconds;
        long start = System.nanoTime();
        long sent = 0;
        for (long tick = 1; sent < total; tick++) {
            long dueCount = Math.min(total, rate * tick / 1000);
            for (; sent < dueCount; sent++) {
                emitter.emit(EventKind.RECEIVED, "127.0.0.1:9", "flood event");
            }
            long due = start + tick * 1_000_000L;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }
        return sent;
    }

    private static void onFx(Runnable task) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                task.run();
            } finally {
                done.countDown();
            }
        });
        if (!done.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not answer within 120 s");
        }
    }

    private static void print(List<Step> steps) {
        System.out.printf(Locale.ROOT, "%-10s %8s %12s %12s %12s %12s %8s %10s %10s %10s%n", "rate/s", "seconds",
                "achieved/s", "ingested", "dropped", "spilled", "pulses", "p99_gap", "max_gap", "heap_MB");
        for (Step s : steps) {
            System.out.printf(Locale.ROOT, "%-10d %8d %12.0f %12d %12d %12d %8d %8.1fms %8.1fms %10d%n", s.rate(), s.seconds(),
                    s.achievedRate(), s.ingested(), s.dropped(), s.spilled(), s.pulses(), s.p99GapMs(), s.maxGapMs(), s.peakHeapMb());
        }
        Step key = steps.stream().filter(s -> s.rate() == 100_000).findFirst().orElse(steps.get(steps.size() - 1));
        System.out.printf(Locale.ROOT, "rate=%d ingested=%d dropped=%d spilled=%d p99_gap_ms=%.1f max_gap_ms=%.1f peak_heap_mb=%d%n",
                key.rate(), key.ingested(), key.dropped(), key.spilled(), key.p99GapMs(), key.maxGapMs(), key.peakHeapMb());
    }
}
