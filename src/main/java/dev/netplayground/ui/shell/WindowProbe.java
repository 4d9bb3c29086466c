package dev.netplayground.ui.shell;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;

/**
 * What {@code bench/window-under-load.sh} reads off the real window; off unless the system
 * property {@value #FILE_PROPERTY} names a file. It starts the servers a user would start, by
 * the same controls (filling the port fields and pressing Start), then writes to the file:
 * one {@code ready} line with the screen rectangles to click and to watch, one {@code gap}
 * line per pulse (the time since the previous pulse: a stalled FX thread shows as a long gap),
 * and once a second what the window's counters say.
 *
 * <p>Its pulse timer keeps the FX thread pulsing 60 times a second, so it is for measuring the
 * window under traffic, not at rest. FX thread only.
 */
final class WindowProbe {
    static final String FILE_PROPERTY = "netplayground.probe";
    /** {@code udp:PORT,tcp:PORT,http:PORT}: which servers to start and on which ports. */
    static final String START_PROPERTY = "netplayground.probe.start";

    private final Scene scene;
    private final BufferedWriter out;
    private final ArrayDeque<String[]> toStart = new ArrayDeque<>();
    private boolean ready;
    private long lastPulse;
    private long lastCounters;

    private WindowProbe(Scene scene, BufferedWriter out) {
        this.scene = scene;
        this.out = out;
    }

    /** Starts probing the window if the system property asks for it. */
    static void installIfAsked(Scene scene) {
        String file = System.getProperty(FILE_PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            WindowProbe probe = new WindowProbe(scene, Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8));
            probe.planServers(System.getProperty(START_PROPERTY, ""));
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    probe.onPulse(now);
                }
            }.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the probe file " + file, e);
        }
    }

    /** UDP last, so its tab is the one shown: the bench clicks and watches it. */
    private void planServers(String spec) {
        for (String kind : new String[] {"tcp", "http", "udp"}) {
            for (String item : spec.split(",")) {
                String[] parts = item.trim().split(":");
                if (parts.length == 2 && parts[0].equals(kind)) {
                    toStart.add(parts);
                }
            }
        }
    }

    /**
     * One step per pulse: a tab's controls exist only once it was selected and laid out, so
     * select it and come back at the next pulse; then fill the port and press Start.
     */
    private boolean startNextServer() {
        String[] next = toStart.peek();
        if (next == null) {
            return false;
        }
        String kind = next[0];
        String prefix = switch (kind) {
            case "tcp" -> "tcpServer";
            case "udp" -> "udpReceiver";
            default -> "httpServer";
        };
        TabPane tabs = (TabPane) scene.lookup("#mainTabs");
        Tab tab = tabs.getTabs().stream().filter(t -> (kind + "Tab").equals(t.getId())).findFirst().orElseThrow();
        if (!tab.isSelected() || scene.lookup("#" + prefix + "Port") == null) {
            tabs.getSelectionModel().select(tab);
            return true;
        }
        ((TextField) scene.lookup("#" + prefix + "Port")).setText(next[1]);
        if (kind.equals("tcp")) {
            ChoiceBox<?> model = (ChoiceBox<?>) scene.lookup("#tcpServerModel");
            model.getSelectionModel().selectLast(); // NIO: a thousand clients on a few threads
        }
        ((Button) scene.lookup("#" + prefix + "Start")).fire();
        toStart.remove();
        return true;
    }

    private void writeReady() {
        write("ready click=" + center(scene.lookup("#udpSenderBroadcast"))
                + " watch=" + rectangle(scene.lookup("#udpSenderBroadcast"))
                + " live=" + rectangle(scene.lookup("#udpReceiverCounters")));
        flush();
    }

    private void onPulse(long now) {
        if (startNextServer()) {
            return;
        }
        if (!ready) {
            ready = true;
            writeReady();
        }
        if (lastPulse != 0) {
            write(String.format(Locale.ROOT, "gap %d %.3f", System.currentTimeMillis(), (now - lastPulse) / 1e6));
        }
        lastPulse = now;
        if (now - lastCounters >= 1_000_000_000L) {
            lastCounters = now;
            write("counters " + System.currentTimeMillis()
                    + " udp=" + text("#udpReceiverCounters") + " | tcp=" + text("#tcpServerCounters")
                    + " | http=" + text("#httpServerCounts"));
            flush();
        }
    }

    private String text(String id) {
        return scene.lookup(id) instanceof Label label ? label.getText() : "";
    }

    private static String center(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return Math.round(b.getMinX() + 8) + "," + Math.round(b.getCenterY());
    }

    private static String rectangle(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return Math.round(b.getMinX()) + "," + Math.round(b.getMinY()) + "," + Math.round(b.getWidth()) + ","
                + Math.round(b.getHeight());
    }

    private void write(String line) {
        try {
            out.write(line);
            out.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
