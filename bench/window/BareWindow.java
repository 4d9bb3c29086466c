import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor of a JavaFX start-up: one label in a window titled like the app, nothing else.
 * bench/startup-peers.sh times it next to Net Playground, on the same runtime and JVM options.
 * With -Dquit=true it quits after three frames (to train its AOT cache).
 */
public final class BareWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Net Playground (bare JavaFX window)");
        stage.setScene(new Scene(new Label("A bare JavaFX window"), 1200, 800));
        stage.show();
        if (Boolean.getBoolean("quit")) {
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames == 3) {
                        stop();
                        Platform.exit();
                    }
                }
            }.start();
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
