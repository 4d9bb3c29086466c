package dev.netplayground.engine.http;

/** What the server answers: a status, a plain-text body, and the {@code Allow} header for 405. */
record Reply(int status, String text, String allow) {
    static Reply of(int status, String text) {
        return new Reply(status, text, null);
    }
}
