package dev.netplayground.engine.http;

import java.nio.file.Path;

/** What a request carries as its body. Its type comes from the request's Content-Type header. */
public sealed interface RequestContent {
    /** Bytes held in memory. */
    record Bytes(byte[] bytes) implements RequestContent {}

    /** A file, streamed when the request is sent. */
    record FromFile(Path file) implements RequestContent {}
}
