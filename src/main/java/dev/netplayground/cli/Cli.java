package dev.netplayground.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs the command line: parses, dispatches to a subcommand, returns the exit code. Whatever
 * goes wrong ends in one line on stderr, never a stack trace: bad usage (exit 2), a failure
 * outside the program (exit 1), or a bug (exit 1, its report saved to a file).
 */
public final class Cli {
    private Cli() {}

    /** Exit codes: 0 ok, 1 the command failed, 2 bad usage. */
    public static int execute(CliIo io, String... args) {
        return commandLine(io).execute(args);
    }

    /** The command tree, wired to {@code io} and to the handlers that keep every failure to one line. */
    static CommandLine commandLine(CliIo io) {
        CommandLine commandLine = new CommandLine(new NetPlaygroundCommand(io));
        commandLine.setOut(new PrintWriter(io.out(), true));
        commandLine.setErr(new PrintWriter(io.err(), true));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(Cli::usageError);
        UnexpectedFailure unexpected = new UnexpectedFailure(io.err());
        commandLine.setExecutionExceptionHandler((error, command, parseResult) -> {
            if (error instanceof CommandFailure failure) {
                io.err().println("error: " + failure.getMessage());
            } else if (error instanceof InterruptedException) {
                // Only a caller running commands in its own process interrupts one (a test's time limit).
                io.err().println("error: interrupted.");
            } else {
                unexpected.report(Thread.currentThread(), error);
            }
            return 1;
        });
        return commandLine;
    }

    /** For a process of its own: also turns a failure on any other thread into one line and a saved report. */
    public static int executeAsProcess(String... args) {
        CliIo io = CliIo.system();
        Thread.setDefaultUncaughtExceptionHandler(new UnexpectedFailure(io.err()));
        return execute(io, args);
    }

    /** One line: what is wrong (picocli names the option), a suggestion if any, and where help is. */
    private static int usageError(ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        // Values are shown escaped by the converters; picocli's own messages may quote an argument with a line break.
        String message = String.valueOf(error.getMessage()).replaceFirst("^Error: ", "")
                .replace("\r", "\\r").replace("\n", "\\n");
        StringBuilder line = new StringBuilder("error: ").append(message);
        if (!message.endsWith(".")) {
            line.append('.');
        }
        if (error instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                line.append(" Did you mean ").append(String.join(" or ", suggestions)).append('?');
            }
        }
        line.append(" See '").append(command.getCommandSpec().qualifiedName()).append(" --help'.");
        command.getErr().println(line);
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }
}
