package dev.netplayground.ui.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netplayground.engine.event.Direction;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.EventLog;
import dev.netplayground.engine.event.NetEvent;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogFilterTest {
    private final List<NetEvent> events = sample();

    private static List<NetEvent> sample() {
        EventLog log = new EventLog();
        log.emitter("tcp-server-1").emit(EventKind.STARTED, "", "listening on tcp://127.0.0.1:5000");
        log.emitter("tcp-server-1").emitData(EventKind.RECEIVED, "127.0.0.1:40000",
                "GET /index\n".getBytes(StandardCharsets.UTF_8));
        log.emitter("tcp-server-1").emitData(EventKind.SENT, "127.0.0.1:40000",
                "Hello\n".getBytes(StandardCharsets.UTF_8));
        log.emitter("udp-receiver-1").emitData(EventKind.RECEIVED, "127.0.0.1:50000",
                "ping 42".getBytes(StandardCharsets.UTF_8));
        log.emitter("udp-receiver-1").emit(EventKind.FAILED, "", "Receive failed: boom");
        return log.snapshot();
    }

    private List<String> shown(LogFilter filter) {
        return events.stream().filter(filter.compile()).map(NetEvent::summary).toList();
    }

    private static LogFilter anyEventWith(String text, boolean regex) {
        return new LogFilter(null, EnumSet.allOf(EventKind.class), null, text, regex);
    }

    @Test
    void allShowsEverything() {
        assertThat(shown(LogFilter.ALL)).hasSize(5);
    }

    @Test
    void filtersCombine() {
        LogFilter filter =
                new LogFilter("tcp-server-1", EnumSet.of(EventKind.RECEIVED, EventKind.SENT), Direction.IN, "", false);
        assertThat(shown(filter)).containsExactly("GET /index\\n");
    }

    @Test
    void textIsACaseInsensitiveSubstringOfPeerMessageOrPayload() {
        assertThat(shown(anyEventWith("hello", false))).containsExactly("Hello\\n");
        assertThat(shown(anyEventWith(":50000", false))).containsExactly("ping 42");
        assertThat(shown(anyEventWith("BOOM", false))).containsExactly("Receive failed: boom");
    }

    @Test
    void regexMatchesAnywhere() {
        assertThat(shown(anyEventWith("ping \\d+$", true))).containsExactly("ping 42");
    }

    @Test
    void invalidRegexIsExplained() {
        LogFilter filter = new LogFilter(null, EnumSet.allOf(EventKind.class), null, "ping (", true);
        assertThatThrownBy(filter::compile).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid regular expression").hasMessageContaining("position");
    }

    @Test
    void noKindChosenShowsNothing() {
        assertThat(shown(new LogFilter(null, EnumSet.noneOf(EventKind.class), null, "", false))).isEmpty();
    }
}
