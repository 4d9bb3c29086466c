package dev.netplayground.engine.tcp;

/** How a TCP server spends threads on its connections. */
public enum ConcurrencyModel {
    /** A platform thread per connection, blocking reads, like Rust's {@code std::net}. */
    BLOCKING("Blocking: one platform thread per connection"),
    /** A virtual thread per connection, like a tokio task: blocking code, few carrier threads. */
    VIRTUAL("Virtual threads: one virtual thread per connection"),
    /** One selector loop over non-blocking channels. */
    NIO("NIO event loops: one selector thread per core for all connections");

    private final String description;

    ConcurrencyModel(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
