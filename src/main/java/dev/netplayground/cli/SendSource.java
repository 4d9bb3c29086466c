package dev.netplayground.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --hex} and {@code --file}: whether a client sends stdin's lines (as text or hex) or a file's bytes. */
final class SendSource {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--hex", description = "Each line of stdin is hex bytes (e.g. 01 03 00 00 00 0A).")
    boolean hex;

    @Option(names = "--file", converter = Converters.FilePath.class, paramLabel = "FILE",
            description = "Send the file's bytes as they are instead of stdin.")
    Path file;

    /** A usage error when both are given: a file is sent as it is, so --hex cannot apply. */
    void checkOneSource() {
        if (file != null && hex) {
            throw new ParameterException(command.commandLine(), "--file sends a file's bytes as they are; "
                    + "--hex is for stdin: use one or the other.");
        }
    }

    /** The file's bytes, or null when stdin is sent. */
    byte[] fileBytes() {
        if (file == null) {
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CommandFailure("cannot read " + file + ": " + e.getMessage());
        }
    }
}
