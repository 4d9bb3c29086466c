package dev.netplayground.ui.guide;

import dev.netplayground.engine.codec.LineEnding;
import dev.netplayground.engine.tcp.ConcurrencyModel;
import dev.netplayground.ui.common.InputMode;
import dev.netplayground.ui.common.ModelNames;
import dev.netplayground.ui.http.HttpClientViewModel;
import dev.netplayground.ui.http.HttpServerViewModel;
import dev.netplayground.ui.http.HttpTab;
import dev.netplayground.ui.tcp.TcpClientViewModel;
import dev.netplayground.ui.tcp.TcpServerViewModel;
import dev.netplayground.ui.tcp.TcpTab;
import dev.netplayground.ui.udp.UdpReceiverViewModel;
import dev.netplayground.ui.udp.UdpSenderViewModel;
import dev.netplayground.ui.udp.UdpTab;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * "Run it here": sets up the endpoints of a Guide step in their own tabs, through their
 * view-models, and starts them, so the live log shows the step as it runs. Each step first
 * stops what the tab was running, then starts afresh on a free port. FX thread only.
 */
final class GuideRunner {
    static final String GREETING = "hello from the Guide";

    private final TabPane tabs;
    private final TcpTab tcp;
    private final UdpTab udp;
    private final HttpTab http;
    private final Tab lab;

    GuideRunner(TabPane tabs, TcpTab tcp, UdpTab udp, HttpTab http, Tab lab) {
        this.tabs = tabs;
        this.tcp = tcp;
        this.udp = udp;
        this.http = http;
        this.lab = lab;
    }

    /** Starts the step's endpoints; {@code status} hears, in a sentence, what was done. */
    void run(GuideAction action, Consumer<String> status) {
        switch (action) {
            case BLOCKING_TCP -> tcpEcho(ConcurrencyModel.BLOCKING, status);
            case ASYNC_TCP -> tcpEcho(ConcurrencyModel.VIRTUAL, status);
            case UDP -> udp(false, status);
            case SHARED_UDP -> udp(true, status);
            case FUTURES -> futures(status);
            case DATA_RULES, HTTP_CLIENT -> httpPost(status);
            case DATA_SERVER -> httpServer(status, () -> { });
            case ERRORS -> refusedConnection(status);
        }
    }

    private void tcpEcho(ConcurrencyModel model, Consumer<String> status) {
        TcpServerViewModel server = tcp.server();
        TcpClientViewModel client = tcp.client();
        client.disconnect();
        restart(server.runningProperty(), server::stop, () -> {
            server.bindAddressProperty().set("127.0.0.1");
            server.portProperty().set("0");
            server.modelProperty().set(model);
            server.echoProperty().set(true);
            status.accept("Starting a TCP server (" + ModelNames.name(model) + ") that echoes…");
            server.start();
            onceListening(server.runningProperty(), server.statusProperty(), server.errorProperty(), status, () -> {
                String port = String.valueOf(server.boundPortProperty().get());
                // Stopping the old server closed the client's old connection; the client hears it from the log.
                Await.until(() -> !client.connectedProperty().get(), () -> connectAndGreet(client, port, () ->
                        status.accept("TCP tab: a server (" + ModelNames.name(model) + ") on port " + port
                                + " echoes; its client "
                                + "connected and sent \"" + GREETING + "\". The log shows it."), status),
                        client.connectedProperty());
            });
        });
    }

    private static void connectAndGreet(TcpClientViewModel client, String port, Runnable done,
            Consumer<String> status) {
        client.hostProperty().set("127.0.0.1");
        client.portProperty().set(port);
        client.connect();
        // The client sets "connecting" off before "connected" or "error": wait for those.
        Await.until(() -> client.connectedProperty().get() || !client.errorProperty().get().isEmpty(), () -> {
            if (!client.connectedProperty().get()) {
                status.accept("The client could not connect: " + client.errorProperty().get());
                return;
            }
            client.inputModeProperty().set(InputMode.TEXT);
            client.lineEndingProperty().set(LineEnding.LF);
            client.messageProperty().set(GREETING);
            client.send();
            done.run();
        }, client.connectedProperty(), client.errorProperty());
    }

    private void udp(boolean echo, Consumer<String> status) {
        UdpReceiverViewModel receiver = udp.receiver();
        UdpSenderViewModel sender = udp.sender();
        restart(receiver.runningProperty(), receiver::stop, () -> {
            receiver.bindAddressProperty().set("127.0.0.1");
            receiver.portProperty().set("0");
            receiver.bufferProperty().set("1500");
            receiver.echoProperty().set(echo);
            status.accept("Starting a UDP receiver…");
            receiver.start();
            onceListening(receiver.runningProperty(), receiver.statusProperty(), receiver.errorProperty(), status,
                    () -> {
                        String port = String.valueOf(receiver.boundPortProperty().get());
                        sender.hostProperty().set("127.0.0.1");
                        sender.portProperty().set(port);
                        sender.inputModeProperty().set(InputMode.TEXT);
                        sender.messageProperty().set(GREETING);
                        sender.countProperty().set("1");
                        sender.send();
                        status.accept("UDP tab: a receiver on port " + port + " with a 1500-byte buffer" + (echo
                                ? " echoes what the sender's one socket sends; the reply comes back to that socket."
                                : " got a datagram from the sender.") + " The log shows it.");
                    });
        });
    }

    private void futures(Consumer<String> status) {
        tabs.getSelectionModel().select(lab);
        if (lab.getContent() != null && lab.getContent().lookup("#futureRun") instanceof Button run) {
            run.fire();
            status.accept("Lab tab: the two tasks run blocking, then joined; the timeline draws them.");
        } else {
            status.accept("Open the Lab tab and press \"Run both\" under the futures demonstration.");
        }
    }

    private void httpPost(Consumer<String> status) {
        HttpClientViewModel client = http.client();
        httpServer(status, () -> {
            client.rawModeProperty().set(false);
            client.numberProperty().set("5");
            client.boolProperty().set(true);
            client.send();
            status.accept("HTTP tab: the server listens on " + http.server().urlProperty().get()
                    + "; the client posted {\"number\": 5, \"boolean\": true}. The log shows the request.");
        });
    }

    private void httpServer(Consumer<String> status, Runnable then) {
        HttpServerViewModel server = http.server();
        restart(server.runningProperty(), server::stop, () -> {
            server.bindAddressProperty().set("127.0.0.1");
            server.portProperty().set("0");
            status.accept("Starting the HTTP server…");
            server.start();
            onceListening(server.runningProperty(), server.statusProperty(), server.errorProperty(), status, () -> {
                status.accept("HTTP tab: POST /data is served at " + server.urlProperty().get()
                        + ". The log shows each request.");
                then.run();
            });
        });
    }

    private void refusedConnection(Consumer<String> status) {
        TcpClientViewModel client = tcp.client();
        client.disconnect();
        Await.until(() -> !client.connectedProperty().get(), () -> {
            client.hostProperty().set("127.0.0.1");
            client.portProperty().set("1");
            client.connect();
            Await.until(() -> !client.errorProperty().get().isEmpty() || client.connectedProperty().get(), () ->
                    status.accept(client.connectedProperty().get()
                            ? "TCP tab: something listens on 127.0.0.1:1 here, so there was no error to show."
                            : "TCP tab: the client tried 127.0.0.1:1, where nothing listens. The refusal came back "
                                    + "as a value: \"" + client.errorProperty().get() + "\""),
                    client.errorProperty(), client.connectedProperty());
        }, client.connectedProperty());
    }

    /** Stops a running endpoint first and waits until it has stopped, then runs {@code start}. */
    private static void restart(ReadOnlyBooleanProperty running, Runnable stop, Runnable start) {
        if (running.get()) {
            stop.run();
        }
        Await.until(() -> !running.get(), start, running);
    }

    /**
     * Runs {@code then} once the endpoint listens, or says why it could not start. An endpoint
     * sets its status after its port, so a new status while running means the port is known.
     */
    private static void onceListening(ReadOnlyBooleanProperty running, ReadOnlyStringProperty endpointStatus,
            ReadOnlyStringProperty error, Consumer<String> status, Runnable then) {
        Await.until(() -> running.get() || !error.get().isEmpty(), () -> {
            if (running.get()) {
                then.run();
            } else {
                status.accept("Could not start: " + error.get());
            }
        }, endpointStatus, error);
    }
}
