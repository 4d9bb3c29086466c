package dev.netplayground.ui.fx;

import com.sun.glass.ui.Application;
import com.sun.glass.ui.Timer;
import java.util.function.BooleanSupplier;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * A pulse timer that rests. JavaFX asks its pulse timer to pause once nothing has been dirty or
 * animating for 250 ms, and to resume when that changes (JDK-8189926), but only its macOS timer
 * does: on GTK and Monocle both calls do nothing, and the FX thread wakes 60 times a second for
 * ever. This one wraps the platform's timer: paused, it ticks only every {@link #RESTING_MILLIS};
 * resumed, it ticks at once, then at the toolkit's rate. Installed by {@link RestingPulses}.
 * A press or a key answers at once too (see {@link #answerInputAtOnce}).
 */
final class RestingPulseTimer extends Timer {
    static final int RESTING_MILLIS = 500;

    private final Timer ticks;
    private final BooleanSupplier pulseWanted;
    private final Runnable pulse;
    private int period;
    private boolean resting;

    /**
     * @param pulse the toolkit's timer task: posts a pulse when one is wanted
     * @param pulseWanted whether a scene is dirty or an animation runs, read under the toolkit's
     *     lock: a pulse asked for while the toolkit decided to pause keeps the timer going
     */
    RestingPulseTimer(Runnable pulse, BooleanSupplier pulseWanted) {
        super(pulse);
        this.pulse = pulse;
        this.ticks = Application.GetApplication().createTimer(pulse);
        this.pulseWanted = pulseWanted;
    }

    /**
     * FX thread. While the timer ticks, a change waits for the next tick, up to a period (17 ms)
     * after the click that made it: a press, a release or a key on {@code scene} asks for the
     * pulse as soon as the event has been handled instead, so the window answers the user first.
     */
    void answerInputAtOnce(Scene scene) {
        EventHandler<InputEvent> pulseAfterIt = event -> Application.invokeLater(pulse);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, pulseAfterIt);
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, pulseAfterIt);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, pulseAfterIt);
    }

    @Override
    protected long _start(Runnable runnable, int periodMillis) {
        period = periodMillis;
        resting = false;
        ticks.start(periodMillis);
        return 1;
    }

    @Override
    protected long _start(Runnable runnable) {
        throw new UnsupportedOperationException("no vsync timer");
    }

    @Override
    protected void _stop(long timer) {
        ticks.stop();
    }

    /** The timer's thread, at each tick once nothing has wanted a pulse for 250 ms. */
    @Override
    protected void _pause(long timer) {
        if (!resting && !pulseWanted.getAsBoolean()) {
            resting = true;
            ticks.start(RESTING_MILLIS);
        }
    }

    /** Any thread, whenever a scene gets dirty or an animation runs. */
    @Override
    protected void _resume(long timer) {
        if (resting) {
            resting = false;
            ticks.start(period);
            Application.invokeLater(pulse);
        }
    }

    /** Whether it ticks at its resting rate now. */
    synchronized boolean isResting() {
        return resting;
    }
}
