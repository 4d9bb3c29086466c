package dev.netplayground.engine.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** How a request proves who sends it: an {@code Authorization} header the client adds. */
public sealed interface HttpAuth {
    /** The value of the {@code Authorization} header. */
    String headerValue();

    /** RFC 7617: user and password, base64 of UTF-8 {@code user:password}. */
    record Basic(String user, String password) implements HttpAuth {
        public Basic {
            if (user == null || user.contains(":")) {
                throw new IllegalArgumentException("A basic-auth user name must be given and cannot contain ':'.");
            }
            password = password == null ? "" : password;
        }

        @Override
        public String headerValue() {
            byte[] pair = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
            return "Basic " + Base64.getEncoder().encodeToString(pair);
        }
    }

    /** RFC 6750: a bearer token, sent as is. */
    record Bearer(String token) implements HttpAuth {
        public Bearer {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("A bearer token cannot be empty.");
            }
        }

        @Override
        public String headerValue() {
            return "Bearer " + token;
        }
    }
}
