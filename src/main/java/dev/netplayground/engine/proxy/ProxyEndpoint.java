package dev.netplayground.engine.proxy;

import dev.netplayground.engine.core.Addresses;
import dev.netplayground.engine.core.BoundEndpoint;
import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import java.net.InetSocketAddress;
import java.util.function.Function;

/**
 * What the TCP and UDP proxies share: the target they relay to, and conditions each way that can
 * change while they run. Thread-safe: a change is seen by the next read in any thread.
 *
 * @param <C> the conditions of one direction
 */
public abstract class ProxyEndpoint<C> extends BoundEndpoint {
    private final InetSocketAddress target;
    private final String targetHost;
    private final EventEmitter events;
    private final Function<C, String> describe;
    private volatile C upstream;
    private volatile C downstream;

    /**
     * @param target   the target's resolved address
     * @param describe how one direction's conditions are written in the log, e.g. {@code latency 50 ms}
     */
    protected ProxyEndpoint(String id, String scheme, ProxyTarget config, InetSocketAddress target,
            EventEmitter events, Runnable onClosed, C upstream, C downstream, Function<C, String> describe) {
        super(id, scheme, events, onClosed);
        this.target = target;
        this.targetHost = config.targetHost();
        this.events = events;
        this.describe = describe;
        this.upstream = upstream;
        this.downstream = downstream;
    }

    /** Whether this proxy relays to {@code host:port}, the host as typed or as the address it resolved to. */
    public final boolean relaysTo(String host, int port) {
        return ProxyStart.relaysTo(target, targetHost, host, port);
    }

    /** The target as {@code host:port}. */
    public final String targetText() {
        return Addresses.format(target);
    }

    final InetSocketAddress target() {
        return target;
    }

    public final C conditions(ProxyDirection direction) {
        return direction == ProxyDirection.UPSTREAM ? upstream : downstream;
    }

    /** Changes one direction's conditions and logs the change as a {@code CONDITION} event. */
    public void setConditions(ProxyDirection direction, C conditions) {
        if (direction == ProxyDirection.UPSTREAM) {
            upstream = conditions;
        } else {
            downstream = conditions;
        }
        events.emit(EventKind.CONDITION, "", direction.label() + " now: " + describe.apply(conditions));
    }

    /** {@code client->target: ...; target->client: ...}. */
    final String describeConditions() {
        return ProxyDirection.UPSTREAM.label() + ": " + describe.apply(upstream) + "; "
                + ProxyDirection.DOWNSTREAM.label() + ": " + describe.apply(downstream);
    }
}
