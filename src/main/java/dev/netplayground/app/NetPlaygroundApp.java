package dev.netplayground.app;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventLog;
import dev.netplayground.store.AppHome;
import dev.netplayground.ui.fx.FxEventPump;
import dev.netplayground.ui.fx.RestingPulses;
import dev.netplayground.ui.log.LogViewModel;
import dev.netplayground.ui.shell.MainWindow;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The window's life: makes the engine, shows the main window, and on exit closes in order:
 * tabs (their servers and clients), the event pump, then the engine and all its threads.
 */
public final class NetPlaygroundApp extends Application {
    /**
     * When true, the app quits a few frames after its window is first shown. The installer build
     * starts it once this way to train its start-up cache (packaging/build-installer.sh).
     */
    static final String QUIT_AFTER_FIRST_FRAMES = "netplayground.quitAfterFirstFrames";

    private Engine engine;
    private FxEventPump pump;
    private MainWindow window;

    @Override
    public void init() {
        StartupTimes.mark("init (toolkit started)");
        // The window shows at most the log's newest rows; a longer ring would hold events no one
        // can see (the "keep everything" switch writes them all to a file instead).
        engine = new Engine(new EventLog(LogViewModel.MAX_ROWS, EventLog.DEFAULT_PREVIEW_BYTES));
    }

    @Override
    public void start(Stage stage) {
        StartupTimes.mark("start (engine made)");
        pump = new FxEventPump(engine);
        window = new MainWindow(engine, pump);
        Thread.setDefaultUncaughtExceptionHandler(window.crashReporter(AppHome.current().crashReports()));
        StartupTimes.mark("window built");
        window.show(stage);
        StartupTimes.mark("shown (CSS, layout, first frame queued)");
        StartupTimes.markFirstPulses(stage.getScene());
        RestingPulses.install(stage.getScene());
        pump.start();
        if (Boolean.getBoolean(QUIT_AFTER_FIRST_FRAMES)) {
            quitAfterPulses(3);
        }
    }

    private static void quitAfterPulses(int count) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == count) {
                    stop();
                    Platform.exit();
                }
            }
        }.start();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (pump != null) {
            pump.stop();
        }
        engine.close();
    }
}
