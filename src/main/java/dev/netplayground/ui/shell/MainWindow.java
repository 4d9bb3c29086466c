package dev.netplayground.ui.shell;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.store.AppHome;
import dev.netplayground.store.SessionStore;
import dev.netplayground.ui.common.TextScale;
import dev.netplayground.ui.conditions.ConditionsTab;
import dev.netplayground.ui.fx.FxEventPump;
import dev.netplayground.ui.guide.GuideTab;
import dev.netplayground.ui.http.HttpTab;
import dev.netplayground.ui.lab.LabTab;
import dev.netplayground.ui.log.ExportViewModel;
import dev.netplayground.ui.log.LogView;
import dev.netplayground.ui.log.LogViewModel;
import dev.netplayground.ui.session.WindowSession;
import dev.netplayground.ui.stats.StatsTab;
import dev.netplayground.ui.tcp.TcpTab;
import dev.netplayground.ui.udp.UdpTab;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Dimension2D;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The main window: a menu bar, protocol tabs and the Saved tab above, the shared live log below,
 * a status bar.
 * FX thread only.
 */
public final class MainWindow {
    private static final double DIVIDER = 0.63;
    private final FxEventPump pump;
    private final TcpTab tcpTab;
    private final UdpTab udpTab;
    private final HttpTab httpTab;
    private final StatsTab statsTab;
    private final LabTab labTab;
    private final GuideTab guideTab;
    private final ConditionsTab conditionsTab;
    private final LogViewModel logModel = new LogViewModel();
    private final ExportViewModel exportModel;
    private final LogView logView;
    private final StatusBar statusBar;
    private final Consumer<List<NetEvent>> consumer;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs;
    private final SplitPane split;
    private final TextScale text = new TextScale();
    private final MenuBar menuBar;
    private final WindowSession session;
    private final SavedTab savedTab;

    public MainWindow(Engine engine, FxEventPump pump) {
        session = new WindowSession(SessionStore.in(AppHome.current()));
        // Before the first control exists: else JavaFX parses its default (Modena) stylesheet first.
        (session.darkTheme() ? Theme.DARK : Theme.LIGHT).apply();
        this.pump = pump;
        this.tcpTab = new TcpTab(engine, pump, pump.fxThread());
        this.udpTab = new UdpTab(engine, pump, pump.fxThread());
        this.httpTab = new HttpTab(engine, pump, pump.fxThread());
        this.statsTab = new StatsTab(pump);
        this.labTab = new LabTab(engine, pump, pump.fxThread());
        this.guideTab = new GuideTab(pump, tcpTab, udpTab, httpTab, labTab);
        this.conditionsTab = new ConditionsTab(engine, pump, pump.fxThread());
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
        tabs = new TabPane(tcpTab, udpTab, httpTab, statsTab, labTab, guideTab);
        tabs.setId("mainTabs");
        savedTab = new SavedTab(engine, pump.fxThread(), tabs, List.of(tcpTab, udpTab, httpTab));
        tabs.getTabs().addAll(savedTab, conditionsTab);
        split = new SplitPane(tabs, logView);
        split.setId("mainSplit");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(DIVIDER);
        menuBar = AppMenu.create(new AppMenu.Actions(tabs, logView, statusBar.darkThemeProperty(),
                statusBar.keepEverythingProperty(), text, session::resetLayout, Platform::exit,
                this::showShortcuts, this::showAbout));
        savedTab.addTo(menuBar);
        statusBar.getChildren().add(1, savedTab.outcome());
        root.setTop(menuBar);
        root.setCenter(split);
        root.setBottom(statusBar);
        root.setId("mainWindow");
        root.styleProperty().bind(Bindings.format(Locale.ROOT, "-fx-font-size: %.0fpx;", text.sizeProperty()));
        session.restore(new WindowSession.Parts(root, tabs, statusBar.darkThemeProperty(), text, logModel, httpTab,
                        savedTab.workspaces()),
                engine::after, pump.fxThread(), engine.tasks(), statusBar::showNotice);
    }

    private void showShortcuts() {
        ShortcutsDialog.show(root.getScene().getWindow(), AppMenu.withShortcuts(menuBar));
    }

    private void showAbout() {
        AboutDialog.show(root.getScene().getWindow());
    }

    /** Ctrl+plus as people type it: with or without Shift, and on the keypad. */
    private void addTextSizeKeys(Scene scene) {
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                text::larger);
        keys.put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), text::larger);
        keys.put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), text::larger);
        keys.put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), text::smaller);
    }

    /**
     * Reports uncaught exceptions: each is written under {@code folder} and shown once in a dialog
     * over this window. The app installs it for every thread.
     */
    public Thread.UncaughtExceptionHandler crashReporter(Path folder) {
        return new CrashReporter(folder, pump.fxThread(),
                crash -> CrashDialog.show(root.getScene() == null ? null : root.getScene().getWindow(), crash));
    }

    /** The window's text size (View → Larger / Smaller text). */
    public TextScale textScale() {
        return text;
    }

    /** Shows the window on the given stage. */
    public void show(Stage stage) {
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Dimension2D newWindow = new Dimension2D(Math.min(1200, screen.getWidth()), Math.min(800, screen.getHeight()));
        Dimension2D size = session.sceneSize(newWindow);
        Scene scene = new Scene(root, size.getWidth(), size.getHeight());
        scene.getStylesheets().add(MainWindow.class.getResource("/dev/netplayground/ui/app.css").toExternalForm());
        addTextSizeKeys(scene);
        stage.setTitle("Net Playground");
        stage.getIcons().setAll(WindowIcons.all());
        stage.setScene(scene);
        session.place(stage, newWindow);
        stage.show();
        // The tabs take the first focus, not a text field: a focused field's blinking caret is
        // an animation that keeps the FX thread pulsing 60 times a second while nothing happens.
        tabs.requestFocus();
        WindowProbe.installIfAsked(scene);
    }

    /** Stops what the tabs run and unsubscribes. FX thread. */
    public void close() {
        session.close();
        pump.removeConsumer(consumer);
        tcpTab.dispose();
        udpTab.dispose();
        httpTab.dispose();
        statsTab.dispose();
        labTab.dispose();
        guideTab.dispose();
        savedTab.dispose();
        conditionsTab.dispose();
    }

    public BorderPane root() {
        return root;
    }
}
