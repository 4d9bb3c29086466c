package dev.netplayground.app;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import javafx.scene.Scene;

/**
 * Prints where a start spends its time, when {@value #PROPERTY} is true: one line per step on
 * standard error, "startup: STEP MS thread_cpu=MS process_cpu=MS": the milliseconds since the JVM
 * started, and the CPU time the calling thread and the whole process had used by then, which a busy
 * machine distorts less than the clock (bench/README.md, Start-up). Off by default.
 */
final class StartupTimes {
    static final String PROPERTY = "netplayground.startupTimes";
    private static final boolean ON = Boolean.getBoolean(PROPERTY);

    private StartupTimes() {}

    static void mark(String step) {
        if (ON) {
            long threadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            long processCpu = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getProcessCpuTime()
                    / 1_000_000;
            System.err.println("startup: " + step + " " + ManagementFactory.getRuntimeMXBean().getUptime()
                    + " thread_cpu=" + threadCpu + " process_cpu=" + processCpu);
        }
    }

    /** Marks the end of the scene's first two pulses (the first frame is rendered after the first). */
    static void markFirstPulses(Scene scene) {
        if (!ON) {
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            private int pulses;

            @Override
            public void run() {
                mark("pulse " + ++pulses + " laid out");
                if (pulses == 2) {
                    scene.removePostLayoutPulseListener(this);
                }
            }
        });
    }
}
