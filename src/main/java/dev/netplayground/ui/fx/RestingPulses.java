package dev.netplayground.ui.fx;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;

/**
 * Puts a {@link RestingPulseTimer} in place of the JavaFX toolkit's pulse timer, so that the FX
 * thread sleeps while nothing changes. It reaches into the toolkit's internals (JavaFX 21's
 * {@code QuantumToolkit}), which a module path allows only with {@link #JVM_OPTIONS}
 * (packaging/java-options); on the class path nothing is needed. Without them, or on a toolkit
 * it does not know, it leaves the toolkit's timer as it is and logs why.
 */
public final class RestingPulses {
    /** What a module path needs for {@link #install} to work. */
    public static final String[] JVM_OPTIONS = {
        "--add-exports=javafx.graphics/com.sun.glass.ui=dev.netplayground",
        "--add-exports=javafx.graphics/com.sun.javafx.tk=dev.netplayground",
        "--add-opens=javafx.graphics/com.sun.javafx.tk.quantum=dev.netplayground",
    };
    private static final String TOOLKIT = "com.sun.javafx.tk.Toolkit";
    private static final String QUANTUM = "com.sun.javafx.tk.quantum.QuantumToolkit";

    private RestingPulses() {}

    /**
     * FX thread, once the toolkit runs: swaps the pulse timer and lets input on {@code scene} pulse
     * at once; false (logged) when it kept the toolkit's timer.
     */
    public static boolean install(Scene scene) {
        Optional<RestingPulseTimer> timer = swapTimer();
        timer.ifPresent(resting -> resting.answerInputAtOnce(scene));
        return timer.isPresent();
    }

    /** As {@link #install}, giving the timer now in place. */
    static Optional<RestingPulseTimer> swapTimer() {
        try {
            Object toolkit = Class.forName(TOOLKIT).getMethod("getToolkit").invoke(null);
            Class<?> quantum = Class.forName(QUANTUM);
            if (!quantum.isInstance(toolkit)) {
                return none("the toolkit is " + toolkit.getClass().getName());
            }
            boolean paced = (boolean) field(quantum, "nativeSystemVsync").get(toolkit);
            if (paced || Boolean.getBoolean("javafx.animation.fullspeed")) {
                return none("the toolkit paces its pulses by the display");
            }
            return Optional.of(swap(toolkit, quantum));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return none(e.toString());
        }
    }

    private static RestingPulseTimer swap(Object toolkit, Class<?> quantum) throws ReflectiveOperationException {
        Field timerField = field(quantum, "pulseTimer");
        Runnable pulse = (Runnable) field(quantum, "timerRunnable").get(toolkit);
        int period = (int) field(quantum, "PULSE_INTERVAL").get(toolkit);
        BooleanSupplier animating = flag(toolkit, field(quantum, "animationRunning"));
        BooleanSupplier requested = flag(toolkit, field(quantum, "nextPulseRequested"));
        RestingPulseTimer resting =
                new RestingPulseTimer(pulse, () -> animating.getAsBoolean() || requested.getAsBoolean());
        // The toolkit pauses and resumes its timer under its own lock.
        synchronized (toolkit) {
            com.sun.glass.ui.Timer old = (com.sun.glass.ui.Timer) timerField.get(toolkit);
            resting.start(period);
            timerField.set(toolkit, resting);
            old.stop();
        }
        return resting;
    }

    /** One of the toolkit's PulseTask flags, read by its get(). */
    private static BooleanSupplier flag(Object toolkit, Field field) throws ReflectiveOperationException {
        Object task = field.get(toolkit);
        Method get = task.getClass().getDeclaredMethod("get");
        get.setAccessible(true);
        return () -> {
            try {
                return (boolean) get.invoke(task);
            } catch (ReflectiveOperationException e) {
                return true; // cannot tell: keep pulsing
            }
        };
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    private static Optional<RestingPulseTimer> none(String why) {
        System.getLogger(RestingPulses.class.getName())
                .log(System.Logger.Level.INFO, "JavaFX's pulse timer keeps running at rest: " + why);
        return Optional.empty();
    }
}
