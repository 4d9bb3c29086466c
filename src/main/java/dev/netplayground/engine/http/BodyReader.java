package dev.netplayground.engine.http;

/** A request body arriving in pieces. Loop thread only. */
interface BodyReader {
    byte[] EMPTY = new byte[0];

    /**
     * Takes the body's bytes from {@code a[from, to)}; returns the index after the last one taken (what follows
     * is the next request).
     */
    int read(byte[] a, int from, int to) throws HttpProtocolException;

    boolean isComplete();

    /** The whole body once complete; empty when it was only skipped. */
    byte[] body();
}
