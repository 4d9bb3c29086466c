package dev.netplayground.ui.common;

import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.core.NetErrors;
import dev.netplayground.engine.tls.ServerTls;
import dev.netplayground.store.AtomicFiles;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A server pane's TLS switch, the facts of the certificate its running server serves (shown from
 * start to stop) and its export as PEM. FX thread only, except what {@link #starting()} returns.
 */
public final class ServerTlsState {
    /** What a start serves, made where the start runs (it reads files: not on the FX thread). */
    @FunctionalInterface
    public interface Choice {
        /** @return the TLS to serve on {@code bindAddress}, or null for plain text */
        ServerTls serverFor(String bindAddress) throws EndpointStartException;
    }

    private final BooleanProperty on = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper certificate = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exported = new ReadOnlyStringWrapper("");
    private ServerTls served;

    /** As a start begins: forgets the last server's certificate and fixes whether this start serves TLS. */
    public Choice starting() {
        certificate.set("");
        exported.set("");
        boolean secure = on.get();
        return bindAddress -> secure ? TlsChoices.server(bindAddress) : null;
    }

    /** Shows the started server's certificate; {@code served} is null for a plain-text server. */
    public void started(ServerTls served) {
        this.served = served;
        certificate.set(served == null ? "" : TlsChoices.describe(served));
    }

    public void stopped() {
        served = null;
        certificate.set("");
    }

    /**
     * Writes the running server's certificate as PEM to {@code target} (atomically, on {@code io}),
     * so other tools can trust it ({@code curl --cacert}); says where in {@link #exportedProperty},
     * or why not to {@code failed}, on {@code fx}.
     */
    public void export(Path target, Executor io, Executor fx, Consumer<String> failed) {
        if (served == null) {
            failed.accept("Start the server with TLS first: there is no certificate to export.");
            return;
        }
        Path pem = served.certificatePem();
        CompletableFuture.runAsync(() -> {
            try {
                AtomicFiles.write(target, Files.readAllBytes(pem));
            } catch (IOException e) {
                throw new CompletionException(new IOException("Cannot export the certificate to " + target + ": "
                        + whyNot(e) + ".", e));
            }
        }, io).whenComplete((ok, failure) -> fx.execute(() -> {
            if (failure == null) {
                exported.set("Certificate exported to " + target);
            } else {
                failed.accept(Failures.message(failure));
            }
        }));
    }

    /** "directory not empty", "access denied": a file system failure in words (its message is only the path). */
    private static String whyNot(IOException e) {
        if (e instanceof FileSystemException failure) {
            return failure.getReason() != null ? failure.getReason() : e.getClass().getSimpleName()
                    .replaceAll("Exception$", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        }
        return NetErrors.reason(e);
    }

    /** Where the certificate was last exported, or empty. */
    public ReadOnlyStringProperty exportedProperty() {
        return exported.getReadOnlyProperty();
    }

    /** Whether the next start serves TLS (with the app's own certificate). */
    public BooleanProperty onProperty() {
        return on;
    }

    /** The served certificate's facts while a TLS server runs, else empty. */
    public ReadOnlyStringProperty certificateProperty() {
        return certificate.getReadOnlyProperty();
    }
}
