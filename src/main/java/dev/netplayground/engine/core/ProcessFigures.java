package dev.netplayground.engine.core;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** What this JVM uses right now: live platform threads and heap. Thread-safe, cheap. */
public final class ProcessFigures {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ProcessFigures() {}

    /** Live platform threads of the process (virtual threads are not counted). */
    public static int platformThreads() {
        return THREADS.getThreadCount();
    }

    /** The most file descriptors this process may open, or -1 where the platform does not say. */
    public static long maxFileDescriptors() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            return unix.getMaxFileDescriptorCount();
        }
        return -1;
    }

    /** Heap in use, in bytes. */
    public static long heapUsedBytes() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
