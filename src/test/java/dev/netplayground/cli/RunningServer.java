package dev.netplayground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.testing.LineSink;
import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** A serving command running in this JVM on its own thread, on a free port; interrupting it stops it. */
record RunningServer(Thread thread, CompletableFuture<Integer> exit, LineSink out, LineSink err, int port) {
    private static final String LOOPBACK = "127.0.0.1";

    static RunningServer tcp(String... extraArgs) throws InterruptedException {
        return start("tcp-server", "tcp", extraArgs);
    }

    /** Starts {@code command --port 0 extraArgs} and waits for its "listening on SCHEME://127.0.0.1:..." line. */
    static RunningServer start(String command, String scheme, String... extraArgs) throws InterruptedException {
        return startOn(LOOPBACK, command, scheme, extraArgs);
    }

    /** As {@link #start}, listening on {@code host} as written in URLs ({@code [::1]} for IPv6). */
    static RunningServer startOn(String host, String command, String scheme, String... extraArgs)
            throws InterruptedException {
        String[] args = new String[extraArgs.length + 3];
        args[0] = command;
        args[1] = "--port";
        args[2] = "0";
        System.arraycopy(extraArgs, 0, args, 3, extraArgs.length);
        return launchOn(host, scheme, args);
    }

    /** Runs the command line {@code args} and waits for its "listening on SCHEME://127.0.0.1:..." line. */
    static RunningServer launch(String scheme, String... args) throws InterruptedException {
        return launchOn(LOOPBACK, scheme, args);
    }

    private static RunningServer launchOn(String host, String scheme, String... args) throws InterruptedException {
        String command = args[0];
        LineSink out = new LineSink();
        LineSink err = new LineSink();
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        CliIo io = new CliIo(new ByteArrayInputStream(new byte[0]), out.printStream(), err.printStream());
        Thread thread = Thread.ofPlatform().name("test-" + command).start(() -> exit.complete(Cli.execute(io, args)));
        String first = err.nextLine();
        assertThat(first).matches("listening on " + Pattern.quote(scheme + "://" + host + ":") + "\\d+");
        int port = Integer.parseInt(first.substring(first.lastIndexOf(':') + 1));
        return new RunningServer(thread, exit, out, err, port);
    }

    int stop() throws Exception {
        thread.interrupt();
        return exit.get(10, TimeUnit.SECONDS);
    }
}
