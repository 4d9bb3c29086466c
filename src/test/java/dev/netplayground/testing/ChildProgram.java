package dev.netplayground.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A generated program running as a child process; closing it ends the process and its children. */
public final class ChildProgram implements AutoCloseable {
    private final Process process;
    private final OutputLines out;
    private final OutputLines err;

    private ChildProgram(Process process) {
        this.process = process;
        this.out = new OutputLines(process.getInputStream(), "child-stdout");
        this.err = new OutputLines(process.getErrorStream(), "child-stderr");
    }

    public static ChildProgram start(Path workDir, List<String> command) throws IOException {
        return new ChildProgram(new ProcessBuilder(command).directory(workDir.toFile()).start());
    }

    public OutputLines out() {
        return out;
    }

    public OutputLines err() {
        return err;
    }

    /** Writes {@code text} to the program's standard input as UTF-8, then closes it. */
    public ChildProgram input(String text) throws IOException {
        try (OutputStream in = process.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    /** The exit code; fails if the program is still running after the timeout. */
    public int awaitExit() throws InterruptedException {
        if (!process.waitFor(OutputLines.TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("still running after " + OutputLines.TIMEOUT.toSeconds() + " s; stderr: "
                    + describeEndless());
        }
        return process.exitValue();
    }

    private String describeEndless() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            return err.text();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(OutputLines.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }
}
