package dev.netplayground.testing;

import java.util.List;

/** What threads the engine left behind. */
public final class Threads {
    private Threads() {}

    /** Live platform threads whose name says the engine made them. */
    public static List<String> engineThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith("netpg-"))
                .toList();
    }
}
