package dev.netplayground.engine.http;

/** What a server answers. Called on a connection's loop thread: quick, never blocking, never throwing. */
interface HttpHandler {
    /** The answer known from the head alone, or null when it depends on the body. */
    Reply check(RequestHead head);

    /** The answer to a request that passed {@link #check}, given its whole body. */
    Reply answer(RequestHead head, byte[] body);
}
