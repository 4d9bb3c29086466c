package dev.netplayground.store;

import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.http.DataClient;
import dev.netplayground.engine.http.HttpResult;
import dev.netplayground.engine.tcp.TcpClient;
import dev.netplayground.engine.udp.Datagram;
import dev.netplayground.engine.udp.SendRun;
import dev.netplayground.engine.udp.UdpSender;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends saved messages, requests and sequences over an engine, as the Send button and the
 * {@code send} command do, and hands what comes back to an {@link Output}. Blocking: call it
 * off the FX thread.
 */
public final class ItemSender {
    /** Where answers go; called on network threads, one at a time per item. */
    public interface Output {
        /** An item is about to be sent. */
        void sending(ItemKey key, SavedItem item);

        /** Bytes a TCP server sent back. */
        void received(byte[] bytes);

        /** A datagram that came back to the sender's port. */
        void datagram(Datagram datagram);

        /** An HTTP answer. */
        void answered(HttpResult result);
    }

    private final Engine engine;
    private final Workspace workspace;
    private final Duration replyWait;
    private final Duration timeout;

    /**
     * @param replyWait after sending, how long to wait for more once answers stop coming
     * @param timeout   the longest wait for a connection, an HTTP answer, or answers that keep coming
     */
    public ItemSender(Engine engine, Workspace workspace, Duration replyWait, Duration timeout) {
        this.engine = engine;
        this.workspace = workspace;
        this.replyWait = replyWait;
        this.timeout = timeout;
    }

    /**
     * Sends the item called {@code name} ({@code hello}, or {@code messages/hello} when names clash).
     *
     * @throws SendFailedException saying why in one sentence; a sequence stops at its first failure
     */
    public void send(String name, Output out) throws SendFailedException, InterruptedException {
        Loaded loaded = find(name);
        switch (loaded.item()) {
            case SequenceItem sequence -> sendSequence(loaded.key(), sequence, out);
            case EndpointPreset preset -> throw new SendFailedException("'" + name + "' is an endpoint preset, and "
                    + "only messages, requests and sequences can be sent; start it from the window or with a server "
                    + "command.");
            default -> sendOne(loaded, out);
        }
    }

    private void sendSequence(ItemKey key, SequenceItem sequence, Output out)
            throws SendFailedException, InterruptedException {
        List<Loaded> steps = new ArrayList<>();
        for (String step : sequence.steps()) {
            Loaded loaded = find(step);
            if (loaded.item() instanceof SequenceItem || loaded.item() instanceof EndpointPreset) {
                throw new SendFailedException("Step '" + step + "' of " + key.path() + " is a "
                        + loaded.key().kind().label() + "; a sequence's steps are messages and requests.");
            }
            steps.add(loaded);
        }
        for (int i = 0; i < steps.size(); i++) {
            if (i > 0 && sequence.delayMillis() > 0) {
                Thread.sleep(sequence.delayMillis()); // Pacing between steps, not waiting for anything.
            }
            sendOne(steps.get(i), out);
        }
    }

    private void sendOne(Loaded loaded, Output out) throws SendFailedException, InterruptedException {
        out.sending(loaded.key(), loaded.item());
        switch (loaded.item()) {
            case MessageItem message when message.transport() == Transport.TCP -> sendTcp(message, out);
            case MessageItem message -> sendUdp(message, out);
            case HttpRequestItem request -> sendHttp(request, out);
            default -> throw new IllegalStateException("not a message or request: " + loaded.key());
        }
    }

    private void sendTcp(MessageItem message, Output out) throws SendFailedException, InterruptedException {
        ReplyWait wait = new ReplyWait();
        TcpClient client = engine.createTcpClient(chunk -> {
            out.received(chunk.bytes());
            wait.arrived();
        });
        try {
            await(client.connect(message.host(), message.port(), timeout));
            client.closed().thenRun(wait::over);
            byte[] bytes = message.bytes();
            for (int i = 0; i < message.repeat(); i++) {
                if (i > 0 && message.intervalMillis() > 0) {
                    Thread.sleep(message.intervalMillis()); // Pacing between repeats.
                }
                await(client.send(bytes));
            }
            wait.await(replyWait, timeout);
        } finally {
            engine.release(client);
        }
    }

    private void sendUdp(MessageItem message, Output out) throws SendFailedException, InterruptedException {
        ReplyWait wait = new ReplyWait();
        UdpSender sender;
        try {
            sender = engine.openUdpSender("0.0.0.0", false, datagram -> {
                out.datagram(datagram);
                wait.arrived();
            });
        } catch (EndpointStartException e) {
            throw new SendFailedException(e.getMessage());
        }
        try {
            SendRun run = sender.sendRepeatedly(message.host(), message.port(), message.bytes(), message.repeat(),
                    Duration.ofMillis(message.intervalMillis()), sent -> { });
            SendRun.Result result = run.done().join();
            if (result.failure() != null) {
                throw new SendFailedException(result.failure());
            }
            wait.await(replyWait, timeout);
        } finally {
            engine.release(sender);
        }
    }

    private void sendHttp(HttpRequestItem request, Output out) throws SendFailedException, InterruptedException {
        DataClient client = engine.createDataClient();
        try {
            HttpResult result = await(client.send(request.toClientRequest(workspace.folder(), timeout)));
            out.answered(result);
            if (!result.isSuccess()) {
                throw new SendFailedException("The server answered " + result.statusLine() + ".");
            }
        } catch (IllegalArgumentException e) {
            throw new SendFailedException(e.getMessage());
        } finally {
            engine.release(client);
        }
    }

    private <T> T await(CompletableFuture<T> future)
            throws SendFailedException, InterruptedException {
        try {
            // The engine's own timeouts end every step; this limit only guards against a bug.
            return future.get(timeout.toMillis() * 2 + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new SendFailedException(e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw new SendFailedException("No answer within " + timeout.toMillis() + " ms.");
        }
    }

    /** The item called {@code name}, read from its file. */
    public Loaded find(String name) throws SendFailedException {
        ItemKey key = keyOf(name);
        try {
            return workspace.read(key);
        } catch (NoSuchFileException e) {
            throw new SendFailedException("No saved item " + key.path() + " in " + workspace.folder() + ".");
        } catch (UnreadableItemException e) {
            throw new SendFailedException(e.problem().message());
        }
    }

    private ItemKey keyOf(String name) throws SendFailedException {
        int slash = name.indexOf('/');
        try {
            if (slash > 0) {
                String folder = name.substring(0, slash);
                ItemKind kind = ItemKind.ofFolder(folder).orElseThrow(() -> new SendFailedException("'" + folder
                        + "' is not a kind of item; use messages/, requests/ or sequences/."));
                return new ItemKey(kind, name.substring(slash + 1));
            }
            List<ItemKey> keys = workspace.keysNamed(name);
            if (keys.isEmpty()) {
                throw new SendFailedException("No saved item is named '" + name + "' in " + workspace.folder()
                        + "; 'saved list' shows what there is.");
            }
            if (keys.size() > 1) {
                throw new SendFailedException("'" + name + "' names more than one item (" + keys.stream()
                        .map(ItemKey::toString).toList() + "); say which, e.g. " + keys.get(0) + ".");
            }
            return keys.get(0);
        } catch (IllegalArgumentException e) {
            throw new SendFailedException(e.getMessage());
        }
    }
}
