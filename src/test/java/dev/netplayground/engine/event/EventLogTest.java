package dev.netplayground.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class EventLogTest {
    @Test
    void keepsTheNewestEventsAndCountsWhatItDrops() {
        EventLog log = new EventLog(3, 16);
        EventEmitter emitter = log.emitter("e");
        for (int i = 1; i <= 5; i++) {
            emitter.emit(EventKind.STARTED, "", "event " + i);
        }
        assertThat(log.snapshot()).extracting(NetEvent::message).containsExactly("event 3", "event 4", "event 5");
        assertThat(log.dropped()).isEqualTo(2);
        assertThat(log.published()).isEqualTo(5);
    }

    @Test
    void snapshotBeforeTheRingFillsIsInOrder() {
        EventLog log = new EventLog(10, 16);
        log.emitter("e").emit(EventKind.STARTED, "", "a");
        log.emitter("e").emit(EventKind.STOPPED, "", "b");
        assertThat(log.snapshot()).extracting(NetEvent::message).containsExactly("a", "b");
        assertThat(log.dropped()).isZero();
    }

    @Test
    void listenersCanSubscribeAndUnsubscribe() {
        EventLog log = new EventLog();
        List<NetEvent> seen = new ArrayList<>();
        EventListener listener = seen::add;
        log.subscribe(listener);
        log.emitter("e").emit(EventKind.STARTED, "", "seen");
        log.unsubscribe(listener);
        log.emitter("e").emit(EventKind.STOPPED, "", "not seen");
        assertThat(seen).extracting(NetEvent::message).containsExactly("seen");
    }

    @Test
    void aThrowingListenerDoesNotStopPublishing() {
        EventLog log = new EventLog();
        List<NetEvent> seen = new ArrayList<>();
        log.subscribe(event -> {
            throw new IllegalStateException("broken listener");
        });
        log.subscribe(seen::add);
        log.emitter("e").emit(EventKind.STARTED, "", "still delivered");
        assertThat(seen).hasSize(1);
    }

    @Test
    void payloadIsABoundedCopy() {
        EventLog log = new EventLog(10, 4);
        byte[] data = "abcdefgh".getBytes(StandardCharsets.UTF_8);
        log.emitter("e").emitData(EventKind.RECEIVED, "peer", data);
        data[0] = 'X';
        NetEvent event = log.snapshot().get(0);
        assertThat(event.bytes()).isEqualTo(8);
        assertThat(event.payload().display()).isEqualTo("abcd");
        assertThat(event.payload().isCut()).isTrue();
        assertThat(event.direction()).isEqualTo(Direction.IN);
    }

    @Test
    @Timeout(10)
    void spillFileHoldsEveryEventEvenThoseDroppedFromMemory(@TempDir Path dir) throws Exception {
        EventLog log = new EventLog(10, 64);
        Path file = dir.resolve("events.jsonl");
        try (JsonLinesSpill spill = new JsonLinesSpill(file)) {
            log.subscribe(spill);
            EventEmitter emitter = log.emitter("tcp-server-1");
            for (int i = 0; i < 1000; i++) {
                byte[] line = ("line " + i + "\n").getBytes(StandardCharsets.UTF_8);
                emitter.emitData(EventKind.RECEIVED, "127.0.0.1:1", line);
            }
            emitter.emitData(EventKind.RECEIVED, "127.0.0.1:1", new byte[] {(byte) 0xFF, 0x00});
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(log.dropped()).isEqualTo(991);
        assertThat(lines).hasSize(1001);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("seq").asLong()).isEqualTo(1);
        assertThat(first.get("endpoint").asText()).isEqualTo("tcp-server-1");
        assertThat(first.get("payloadText").asText()).isEqualTo("line 0\\n");
        JsonNode last = json.readTree(lines.get(1000));
        assertThat(last.get("payloadHex").asText()).isEqualTo("FF 00");
        assertThat(last.get("direction").asText()).isEqualTo("IN");
    }

    @Test
    void summariesStayExactWhileManyThreadsEmitAndWindowsRoll() throws Exception {
        EventLog log = new EventLog(1_000_000, 16, 100);
        EventEmitter emitter = log.emitter("tcp-server-1");
        int threads = 4;
        int perThread = 20_000;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads + 1);
        try {
            List<java.util.concurrent.Future<?>> work = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        emitter.emitData(EventKind.RECEIVED, "p", new byte[7]);
                    }
                }));
            }
            long base = System.nanoTime();
            work.add(pool.submit(() -> {
                for (int k = 1; k <= 50; k++) {
                    emitter.flushSummaryAt(base + k * 1_100_000_000L);
                }
            }));
            for (java.util.concurrent.Future<?> future : work) {
                future.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        emitter.flushSummaryAt(System.nanoTime() + 1_000_000_000_000L);
        long loggedBytes = log.snapshot().stream().filter(e -> e.kind() == EventKind.RECEIVED)
                .mapToLong(NetEvent::bytes).sum();
        long summarisedBytes = log.snapshot().stream().filter(e -> e.kind() == EventKind.SUMMARY)
                .mapToLong(NetEvent::bytes).sum();
        assertThat(loggedBytes + summarisedBytes).isEqualTo(7L * threads * perThread);
    }

    @Test
    void dataEventsBeyondTheBudgetAreSummarisedWithExactCounts() {
        EventLog log = new EventLog(10_000, 16, 100);
        EventEmitter emitter = log.emitter("tcp-server-1");
        for (int i = 0; i < 250; i++) {
            emitter.emitData(EventKind.RECEIVED, "p", new byte[10]);
            emitter.emitData(EventKind.SENT, "p", new byte[3]);
        }
        emitter.emit(EventKind.CLOSED, "p", "not a data event: never summarised");
        assertThat(log.snapshot()).filteredOn(e -> e.kind() == EventKind.RECEIVED || e.kind() == EventKind.SENT)
                .hasSize(100);
        emitter.flushSummaryAt(System.nanoTime() + 2_000_000_000L);
        List<NetEvent> summaries = log.snapshot().stream().filter(e -> e.kind() == EventKind.SUMMARY).toList();
        assertThat(summaries).hasSize(2);
        NetEvent in = summaries.stream().filter(e -> e.direction() == Direction.IN).findFirst().orElseThrow();
        NetEvent out = summaries.stream().filter(e -> e.direction() == Direction.OUT).findFirst().orElseThrow();
        assertThat(in.message()).contains("200 more received events (2,000 bytes)");
        assertThat(in.bytes()).isEqualTo(2000);
        assertThat(out.message()).contains("200 more sent events (600 bytes)");
        assertThat(log.snapshot()).anyMatch(e -> e.kind() == EventKind.CLOSED);
    }

    @Test
    void messagesOfEventsBeyondTheBudgetAreNeverBuilt() {
        EventLog log = new EventLog(10_000, 16, 10);
        EventEmitter emitter = log.emitter("http-server-1");
        AtomicInteger built = new AtomicInteger();
        for (int i = 0; i < 50; i++) {
            emitter.emitData(EventKind.RECEIVED, "p", new byte[4], 0, 4, () -> "request " + built.incrementAndGet());
        }
        assertThat(built).hasValue(10);
        assertThat(log.snapshot()).filteredOn(e -> e.kind() == EventKind.RECEIVED).extracting(NetEvent::message)
                .startsWith("request 1").endsWith("request 10");
        emitter.flushSummaryAt(System.nanoTime() + 2_000_000_000L);
        assertThat(log.snapshot())
                .anyMatch(e -> e.kind() == EventKind.SUMMARY && e.message().contains("40 more received"));
    }

    @Test
    @Timeout(30)
    void concurrentProducersLoseNothingAndKeepOrderPerEndpoint(@TempDir Path dir) throws Exception {
        EventLog log = new EventLog(1_000, 16);
        Path file = dir.resolve("flood.jsonl");
        int producers = 4;
        int perProducer = 25_000;
        try (JsonLinesSpill spill = new JsonLinesSpill(file)) {
            log.subscribe(spill);
            List<Thread> threads = new ArrayList<>();
            for (int p = 0; p < producers; p++) {
                EventEmitter emitter = log.emitter("endpoint-" + p);
                threads.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < perProducer; i++) {
                        emitter.emit(EventKind.RECEIVED, "", String.valueOf(i));
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
        int total = producers * perProducer;
        assertThat(log.published()).isEqualTo(total);
        assertThat(log.snapshot()).hasSize(1_000);
        assertThat(log.dropped()).isEqualTo(total - 1_000);
        ObjectMapper json = new ObjectMapper();
        java.util.Map<String, Integer> nextPerEndpoint = new java.util.HashMap<>();
        long lines = 0;
        for (String line : Files.readAllLines(file)) {
            JsonNode event = json.readTree(line);
            String endpoint = event.get("endpoint").asText();
            int expected = nextPerEndpoint.getOrDefault(endpoint, 0);
            assertThat(event.get("message").asText()).as("order of " + endpoint).isEqualTo(String.valueOf(expected));
            nextPerEndpoint.put(endpoint, expected + 1);
            lines++;
        }
        assertThat(lines).isEqualTo(total);
        assertThat(nextPerEndpoint.values()).containsOnly(perProducer);
    }

    @Test
    void aLateWriteOfAnOlderEventNeverOverwritesANewerOneInItsSlot() {
        EventLog log = new EventLog(2, 16);
        log.publish(event(3, "newer"));
        log.publish(event(1, "older, written late"));
        log.publish(event(2, "other slot"));
        assertThat(log.snapshot()).extracting(NetEvent::message).containsExactly("other slot", "newer");
        assertThat(log.published()).isEqualTo(3);
        assertThat(log.dropped()).isEqualTo(1);
    }

    @Test
    @Timeout(30)
    void snapshotsTakenWhilePublishersRunAreInOrderAndTheLastHoldsTheNewest() throws Exception {
        EventLog log = new EventLog(500, 16);
        List<Thread> publishers = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            EventEmitter emitter = log.emitter("endpoint-" + p);
            publishers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 50_000; i++) {
                    emitter.emit(EventKind.RECEIVED, "", "m");
                }
            }));
        }
        while (publishers.stream().anyMatch(Thread::isAlive)) {
            assertThat(log.snapshot()).extracting(NetEvent::sequence).isSorted().doesNotHaveDuplicates();
        }
        assertThat(log.snapshot()).extracting(NetEvent::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(149_501, 150_000).boxed().toList());
    }

    private static NetEvent event(long sequence, String message) {
        return new NetEvent(sequence, 0, "e", EventKind.STARTED, Direction.NONE, "", 0, Payload.NONE, message);
    }

    @Test
    void aFailureWithoutAReasonStillSaysSomething() {
        EventLog log = new EventLog(10, 16);
        List<NetEvent> seen = new ArrayList<>();
        log.subscribe(seen::add);
        log.emitter("e").emit(EventKind.FAILED, "", "");
        assertThat(seen).singleElement().extracting(NetEvent::message).isEqualTo(EventEmitter.UNEXPLAINED_FAILURE);
    }
}
