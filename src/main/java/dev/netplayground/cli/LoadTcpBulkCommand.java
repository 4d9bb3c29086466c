package dev.netplayground.cli;

import dev.netplayground.engine.load.TcpBulkSend;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code load tcp-bulk}: one connection pushes bytes into a server as fast as it reads them. */
@Command(
        name = "tcp-bulk",
        mixinStandardHelpOptions = true,
        description = {
            "Push bytes into a TCP server over one connection as fast as it reads them, like an iperf3 client:",
            "lines of --line bytes for --duration seconds, then half-close and wait for the server to close.",
            "Prints bytes, seconds and GB/s (until the server had read everything); --json prints the same as JSON."
        })
final class LoadTcpBulkCommand extends IoCommand {
    @Mixin
    LoadTarget target = new LoadTarget();

    @Option(names = {"-l", "--line"}, defaultValue = "8192", converter = Converters.LineBytes.class,
            description = "Bytes per line, newline included (default: ${DEFAULT-VALUE}).")
    int lineBytes;

    @Override
    public Integer call() throws Exception {
        TcpBulkSend.Result result = target.run(io().out(),
                (host, port, duration) -> TcpBulkSend.run(host, port, duration, lineBytes), LoadTcpBulkCommand::json,
                LoadTcpBulkCommand::text);
        if (!result.serverClosed()) {
            io().err().println(
                    "warning: the server did not close within 10 s of the end of sending; the time stops there.");
        }
        return 0;
    }

    private static String json(TcpBulkSend.Result result) {
        return String.format(Locale.ROOT,
                "{\"bytes\":%d,\"seconds\":%.3f,\"bytesPerSecond\":%.0f,\"bytesBack\":%d,\"serverClosed\":%b}",
                result.bytes(), result.seconds(), result.bytesPerSecond(), result.bytesBack(), result.serverClosed());
    }

    private static String text(TcpBulkSend.Result result) {
        String back = result.bytesBack() > 0
                ? String.format(Locale.ROOT, " (%,d bytes came back)", result.bytesBack()) : "";
        return String.format(Locale.ROOT, "sent %,d bytes in %.2f s: %.2f GB/s%s", result.bytes(), result.seconds(),
                result.bytesPerSecond() / 1e9, back);
    }
}
