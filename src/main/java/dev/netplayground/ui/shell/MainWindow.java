package dev.netplayground.ui.shell;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.ui.fx.FxEventPump;
import dev.netplayground.ui.log.ExportViewModel;
import dev.netplayground.ui.log.LogView;
import dev.netplayground.ui.log.LogViewModel;
import dev.netplayground.ui.http.HttpTab;
import dev.netplayground.ui.lab.LabTab;
import dev.netplayground.ui.stats.StatsTab;
import dev.netplayground.ui.tcp.TcpTab;
import dev.netplayground.ui.udp.UdpTab;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The main window: protocol tabs above, the shared live log below, a status bar. FX thread only. */
public final class MainWindow {
    private final FxEventPump pump;
    private final TcpTab tcpTab;
    private final UdpTab udpTab;
    private final HttpTab httpTab;
    private final StatsTab statsTab;
    private final LabTab labTab;
    private final LogViewModel logModel = new LogViewModel();
    private final ExportViewModel exportModel;
    private final LogView logView;
    private final StatusBar statusBar;
    private final Consumer<List<NetEvent>> consumer;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs;

    public MainWindow(Engine engine, FxEventPump pump) {
        // Before the first control exists: else JavaFX parses its default (Modena) stylesheet first.
        Theme.LIGHT.apply();
        this.pump = pump;
        this.tcpTab = new TcpTab(engine, pump, pump.fxThread());
        this.udpTab = new UdpTab(engine, pump, pump.fxThread());
        this.httpTab = new HttpTab(engine, pump, pump.fxThread());
        this.statsTab = new StatsTab(pump);
        this.labTab = new LabTab(engine, pump, pump.fxThread());
        this.statusBar = new StatusBar(engine, pump, pump.fxThread());
        this.exportModel = new ExportViewModel(engine.tasks(), pump.fxThread());
        this.logView = new LogView(logModel, exportModel, engine.log()::snapshot);
        this.consumer = batch -> {
            if (!batch.isEmpty()) {
                logModel.onEvents(batch);
            }
            exportModel.onPulse();
            statusBar.refresh();
        };
        pump.addConsumer(consumer);
        tabs = new TabPane(tcpTab, udpTab, httpTab, statsTab, labTab);
        tabs.setId("mainTabs");
        SplitPane split = new SplitPane(tabs, logView);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.63);
        root.setCenter(split);
        root.setBottom(statusBar);
        root.setId("mainWindow");
    }

    /** Shows the window on the given stage. */
    public void show(Stage stage) {
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1200, screen.getWidth()), Math.min(800, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("/dev/netplayground/ui/app.css").toExternalForm());
        stage.setTitle("Net Playground");
        stage.setScene(scene);
        stage.show();
        // The tabs take the first focus, not a text field: a focused field's blinking caret is
        // an animation that keeps the FX thread pulsing 60 times a second while nothing happens.
        tabs.requestFocus();
        WindowProbe.installIfAsked(scene);
    }

    /** Stops what the tabs run and unsubscribes. FX thread. */
    public void close() {
        pump.removeConsumer(consumer);
        tcpTab.dispose();
        udpTab.dispose();
        httpTab.dispose();
        statsTab.dispose();
        labTab.dispose();
    }

    public BorderPane root() {
        return root;
    }
}
