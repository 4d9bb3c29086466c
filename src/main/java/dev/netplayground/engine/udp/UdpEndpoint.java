package dev.netplayground.engine.udp;

import dev.netplayground.engine.core.BoundEndpoint;
import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.event.EventEmitter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;

/** A UDP endpoint: one bound {@link UdpSocket} that receives and sends. Thread-safe. */
abstract class UdpEndpoint extends BoundEndpoint {
    private final UdpSocket socket;
    private final InetSocketAddress localAddress;

    UdpEndpoint(String id, EventEmitter events, Runnable onClosed, UdpSocket socket) throws IOException {
        super(id, "udp", events, onClosed);
        this.socket = socket;
        this.localAddress = socket.localAddress();
    }

    /**
     * Closes the channel that could not be set up (null: none opened yet), logs why the endpoint
     * did not start and gives the exception to throw.
     */
    static EndpointStartException startFailed(DatagramChannel channel, EventEmitter events, String message,
            Exception cause) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Start failed already; that is what gets reported.
            }
        }
        return EndpointStartException.reported(events, message, cause);
    }

    final UdpSocket socket() {
        return socket;
    }

    @Override
    public final InetSocketAddress localAddress() {
        return localAddress;
    }

    /** Closes the socket, which ends the receive loop. */
    @Override
    protected final String release() {
        socket.close();
        return stopped();
    }

    /** What the STOPPED event says, once the socket is closed. */
    abstract String stopped();
}
