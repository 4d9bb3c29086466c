package dev.netplayground.engine.tcp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The open connections of one server, with its connection limit. Thread-safe. */
final class ConnectionRegistry {
    private final Map<Long, Connection> open = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final int maxConnections;

    ConnectionRegistry(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    long nextId() {
        return ids.incrementAndGet();
    }

    /** Adds the connection unless the limit is reached. */
    synchronized boolean admit(Connection connection) {
        if (open.size() >= maxConnections) {
            return false;
        }
        open.put(connection.id(), connection);
        return true;
    }

    void remove(Connection connection) {
        open.remove(connection.id());
    }

    Connection get(long id) {
        return open.get(id);
    }

    int size() {
        return open.size();
    }

    int maxConnections() {
        return maxConnections;
    }

    List<ConnectionInfo> snapshot() {
        List<ConnectionInfo> infos = new ArrayList<>(open.size());
        open.values().forEach(c -> infos.add(c.info()));
        infos.sort(Comparator.comparingLong(ConnectionInfo::id));
        return infos;
    }

    void closeAll(String reason) {
        for (Connection connection : List.copyOf(open.values())) {
            connection.close(reason);
        }
    }
}
