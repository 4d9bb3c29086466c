package dev.netplayground.engine.load;

import dev.netplayground.engine.core.NioLoop;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One NIO loop of an {@link HttpLoadRun} and the connections it serves: sends what is due, counts what comes
 * back into its run, and closes its connections at the deadline. Loop thread only, except {@link #loop}.
 */
final class HttpLoadShare implements HttpLoadConnection.Outcomes {
    private final HttpLoadRun run;
    private final NioLoop loop;
    private final List<HttpLoadConnection> connections = new ArrayList<>();
    private final List<Long> firstDue = new ArrayList<>();
    private final long deadlineNanos;
    private final long timeoutNanos;
    private final double intervalNanos;
    private long[] nextDue;
    private boolean finished;

    /** @param intervalNanos time between one connection's requests; 0 for a closed loop */
    HttpLoadShare(HttpLoadRun run, long deadlineNanos, long timeoutNanos, double intervalNanos) throws IOException {
        this.run = run;
        this.loop = new NioLoop(this::loopFailed);
        this.deadlineNanos = deadlineNanos;
        this.timeoutNanos = timeoutNanos;
        this.intervalNanos = intervalNanos;
    }

    NioLoop loop() {
        return loop;
    }

    /** How many connections it serves: the index of the next one added. */
    int size() {
        return connections.size();
    }

    /** Adds a connection whose first request is due at {@code dueNanos}; before the loop runs. */
    void add(HttpLoadConnection connection, long dueNanos) {
        connections.add(connection);
        firstDue.add(dueNanos);
    }

    /** Ends the share at the deadline, else times out, reconnects and sends what is due. */
    void tick() {
        if (finished) {
            return;
        }
        long now = System.nanoTime();
        if (nextDue == null) {
            nextDue = firstDue.stream().mapToLong(Long::longValue).toArray();
        }
        if (now >= deadlineNanos) {
            finish();
            return;
        }
        for (int i = 0; i < connections.size(); i++) {
            HttpLoadConnection connection = connections.get(i);
            connection.checkTimeout(now, timeoutNanos);
            connection.connectIfClosed(now);
            sendIfDue(i, now);
        }
    }

    private void sendIfDue(int i, long now) {
        HttpLoadConnection connection = connections.get(i);
        if (finished || nextDue == null || !connection.isIdle() || now >= deadlineNanos) {
            return;
        }
        if (intervalNanos == 0) {
            connection.send(now);
        } else if (nextDue[i] <= now && nextDue[i] < deadlineNanos) {
            connection.send(nextDue[i]);
            nextDue[i] += (long) intervalNanos;
        }
    }

    @Override
    public void connected(int index) {
        run.countConnected();
        sendIfDue(index, System.nanoTime());
    }

    @Override
    public void response(int index, int status, long dueNanos, long nowNanos) {
        if (nowNanos >= deadlineNanos) {
            return; // after the end: outside the measured time
        }
        run.countResponse(status, nowNanos - dueNanos);
        sendIfDue(index, nowNanos);
    }

    @Override
    public void read(int bytes) {
        run.countRead(bytes);
    }

    @Override
    public void error(String kind) {
        if (!finished && System.nanoTime() < deadlineNanos) {
            run.countError(kind);
        }
    }

    /** The loop itself failed (its selector broke): counted, and the share ends with what it measured. */
    private void loopFailed(IOException e) {
        run.countError("other");
        finish();
    }

    /** Closes every connection and the loop, and tells the run. */
    void finish() {
        if (finished) {
            return;
        }
        finished = true;
        connections.forEach(HttpLoadConnection::closeChannel);
        loop.close();
        run.shareFinished();
    }
}
