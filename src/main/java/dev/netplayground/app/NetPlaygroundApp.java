package dev.netplayground.app;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.ui.fx.FxEventPump;
import dev.netplayground.ui.shell.MainWindow;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The window's life: makes the engine, shows the main window, and on exit closes in order:
 * tabs (their servers and clients), the event pump, then the engine and all its threads.
 */
public final class NetPlaygroundApp extends Application {
    private Engine engine;
    private FxEventPump pump;
    private MainWindow window;

    @Override
    public void init() {
        engine = new Engine();
    }

    @Override
    public void start(Stage stage) {
        pump = new FxEventPump(engine.log());
        window = new MainWindow(engine, pump);
        window.show(stage);
        pump.start();
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
