package dev.netplayground.ui.saved;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.http.HttpResult;
import dev.netplayground.engine.udp.Datagram;
import dev.netplayground.store.ItemKey;
import dev.netplayground.store.ItemSender;
import dev.netplayground.store.SavedItem;
import dev.netplayground.store.SendFailedException;
import dev.netplayground.store.Workspace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Sends saved items over the window's engine (so the log shows every byte), one send at a time,
 * on {@code io}; says how it went through {@code fx}. FX thread only.
 */
final class ItemSending {
    /** After the last answer, how long to wait for more. */
    private static final Duration REPLY_WAIT = Duration.ofMillis(500);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Engine engine;
    private final Executor io;
    private final Executor fx;
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper();

    ItemSending(Engine engine, Executor io, Executor fx) {
        this.engine = engine;
        this.io = io;
        this.fx = fx;
    }

    /** Sends {@code key}; {@code outcome} hears "Sending…", then one sentence on what came back or why it failed. */
    void send(Workspace workspace, ItemKey key, Consumer<String> outcome) {
        if (sending.get()) {
            outcome.accept("Not sent: another item is being sent; wait for its answer.");
            return;
        }
        sending.set(true);
        outcome.accept("Sending " + key + "…");
        io.execute(() -> {
            Tally tally = new Tally();
            String said;
            try {
                new ItemSender(engine, workspace, REPLY_WAIT, TIMEOUT).send(key.toString(), tally);
                said = "Sent " + key + ": " + tally + ".";
            } catch (SendFailedException e) {
                said = "Sending " + key + " failed: " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                said = "Sending " + key + " was stopped.";
            }
            String text = said;
            fx.execute(() -> {
                sending.set(false);
                outcome.accept(text);
            });
        });
    }

    ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    /** What came back, counted on network threads. */
    private static final class Tally implements ItemSender.Output {
        private int sent;
        private long bytes;
        private int datagrams;
        private String answer;

        @Override
        public synchronized void sending(ItemKey key, SavedItem item) {
            sent++;
        }

        @Override
        public synchronized void received(byte[] chunk) {
            bytes += chunk.length;
        }

        @Override
        public synchronized void datagram(Datagram datagram) {
            datagrams++;
        }

        @Override
        public synchronized void answered(HttpResult result) {
            answer = result.statusLine();
        }

        @Override
        public synchronized String toString() {
            List<String> parts = new ArrayList<>();
            if (sent > 1) {
                parts.add(sent + " items");
            }
            if (bytes > 0) {
                parts.add(bytes + (bytes == 1 ? " byte" : " bytes") + " back");
            }
            if (datagrams > 0) {
                parts.add(datagrams + (datagrams == 1 ? " datagram" : " datagrams") + " back");
            }
            if (answer != null) {
                parts.add(answer);
            }
            return parts.isEmpty() ? "no answer" : String.join(", ", parts);
        }
    }
}
