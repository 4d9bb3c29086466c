package dev.netplayground.engine.proxy;

/**
 * A connection through a TCP proxy, as seen at one moment.
 *
 * @param id         its number, from 1, per proxy
 * @param client     the client's address, {@code host:port}
 * @param bytesUp    bytes passed on from the client to the target
 * @param bytesDown  bytes passed on from the target to the client
 */
public record ProxyConnectionInfo(long id, String client, long bytesUp, long bytesDown) {}
