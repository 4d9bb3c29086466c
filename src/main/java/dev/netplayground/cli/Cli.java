package dev.netplayground.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Runs the command line: parses, dispatches to a subcommand, returns the exit code. */
public final class Cli {
    private Cli() {}

    /** Exit codes: 0 ok, 1 the command failed, 2 bad usage. */
    public static int execute(CliIo io, String... args) {
        CommandLine commandLine = new CommandLine(new NetPlaygroundCommand(), factory(io));
        commandLine.setOut(new PrintWriter(io.out(), true));
        commandLine.setErr(new PrintWriter(io.err(), true));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine.execute(args);
    }

    /** Gives commands that take a {@link CliIo} the streams to use. */
    private static CommandLine.IFactory factory(CliIo io) {
        CommandLine.IFactory fallback = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                try {
                    Constructor<K> withIo = type.getDeclaredConstructor(CliIo.class);
                    return withIo.newInstance(io);
                } catch (NoSuchMethodException e) {
                    return fallback.create(type);
                }
            }
        };
    }
}
