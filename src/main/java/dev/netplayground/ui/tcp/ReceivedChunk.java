package dev.netplayground.ui.tcp;

import dev.netplayground.engine.event.NetEvent;
import java.time.Instant;

/** One read of the client's socket as the pane shows it: text (or hex when not UTF-8) and hex. */
public record ReceivedChunk(Instant time, long bytes, String text, String hex) {
    static ReceivedChunk of(NetEvent event) {
        String cut = event.payload().isCut() ? " …(" + event.bytes() + " bytes in all)" : "";
        return new ReceivedChunk(event.time(), event.bytes(), event.payload().display() + cut,
                event.payload().hex() + cut);
    }
}
