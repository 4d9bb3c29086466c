package dev.netplayground.engine.http;

/** One request header as a person writes it: {@code name: value}. */
public record HttpHeader(String name, String value) {
    public HttpHeader {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A header needs a name.");
        }
        value = value == null ? "" : value;
    }

    @Override
    public String toString() {
        return name + ": " + value;
    }
}
