package dev.netplayground.bench.peers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.undertow.Undertow;
import io.undertow.io.Receiver;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The peer of the http-data benchmark: Undertow's idiomatic non-blocking handler for
 * {@code POST /data}, with the app's rules (404, 405 with Allow, 415 for a non-JSON
 * Content-Type, 413 past 1 MiB, 400 with a reason) and a Jackson mapper configured as the
 * app's DataJson: strict types, both fields required, no duplicates, one JSON value, UTF-8
 * only (no NULs, no byte order mark, parsed from the decoded text), unknown fields ignored.
 * The body is read with receiveFullBytes on the IO thread.
 * Prints "listening on http://127.0.0.1:PORT" on stderr, like ours, then runs until killed.
 */
public final class UndertowData {
    private static final String PATH = "/data";
    private static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final ObjectReader READER = strictMapper().readerFor(Data.class);

    public static void main(String[] args) {
        Undertow server = Undertow.builder()
                .addHttpListener(0, "127.0.0.1")
                .setHandler(UndertowData::handle)
                .build();
        server.start();
        InetSocketAddress address = (InetSocketAddress) server.getListenerInfo().get(0).getAddress();
        System.err.println("listening on http://127.0.0.1:" + address.getPort());
    }

    /** The same checks, in the same order, as the app's DataRoute. */
    private static void handle(HttpServerExchange exchange) {
        String method = exchange.getRequestMethod().toString().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestPath();
        String contentType = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        if (!PATH.equals(path)) {
            reply(exchange, 404, "No route for " + method + " " + path + ". POST a JSON Data object to " + PATH + ".");
        } else if (!"POST".equals(method)) {
            exchange.getResponseHeaders().put(Headers.ALLOW, "POST");
            reply(exchange, 405, "Method " + method + " is not allowed on " + PATH + "; use POST.");
        } else if (contentType != null && !isJson(contentType)) {
            reply(exchange, 415, "Content-Type must be application/json, not '" + contentType + "'.");
        } else if (exchange.getRequestContentLength() > MAX_BODY_BYTES) {
            reply(exchange, 413, tooLarge());
        } else {
            Receiver receiver = exchange.getRequestReceiver();
            receiver.setMaxBufferSize(MAX_BODY_BYTES);
            receiver.receiveFullBytes(UndertowData::answer, (ex, e) -> {
                if (e instanceof Receiver.RequestToLargeException) {
                    reply(ex, 413, tooLarge());
                } else {
                    ex.endExchange(); // the connection broke off: nobody to answer
                }
            });
        }
    }

    private static void answer(HttpServerExchange exchange, byte[] body) {
        try {
            reply(exchange, 200, "Received: " + parse(body));
        } catch (IllegalArgumentException e) {
            reply(exchange, 400, e.getMessage());
        }
    }

    /** @throws IllegalArgumentException naming what is wrong with the body */
    private static Data parse(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("The body is not valid UTF-8; JSON must be UTF-8 text.");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("The body is empty; expected a JSON object like {\"number\": 5, \"boolean\": true}.");
        }
        if (text.indexOf('\0') >= 0 || text.charAt(0) == '\uFEFF') {
            throw new IllegalArgumentException("The body is UTF-16, UTF-32 or starts with a byte order mark; JSON must be UTF-8 text.");
        }
        try {
            return READER.readValue(text);
        } catch (JsonProcessingException e) {
            String reason = e.getCause() instanceof IllegalArgumentException range ? range.getMessage() : String.valueOf(e.getOriginalMessage());
            throw new IllegalArgumentException("Invalid Data: " + reason.lines().findFirst().orElse("") + where(e) + ".");
        } catch (IOException e) {
            throw new IllegalArgumentException("Could not read the body: " + e.getMessage());
        }
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String tooLarge() {
        return "The body is larger than the limit of " + MAX_BODY_BYTES + " bytes.";
    }

    private static boolean isJson(String contentType) {
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static void reply(HttpServerExchange exchange, int status, String text) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
        exchange.getResponseSender().send(text, StandardCharsets.UTF_8);
    }

    /** The app's mapper settings: serde's acceptance rules for a derived struct. */
    private static JsonMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, type == LogicalType.Boolean ? CoercionAction.Fail : CoercionAction.TryConvert)
                    .setAcceptBlankAsEmpty(false);
        }
        return mapper;
    }

    /** {@code {"number": <u32>, "boolean": <bool>}}, both required; printed like Rust's {@code {:?}}. */
    record Data(@JsonProperty("number") long number, @JsonProperty("boolean") boolean bool) {
        @JsonCreator
        Data(@JsonProperty(value = "number", required = true) long number,
                @JsonProperty(value = "boolean", required = true) boolean bool) {
            if (number < 0 || number > 4_294_967_295L) {
                throw new IllegalArgumentException("invalid value " + number + " for `number`: expected an unsigned 32-bit integer (0 to 4294967295)");
            }
            this.number = number;
            this.bool = bool;
        }

        @Override
        public String toString() {
            return "Data { number: " + number + ", boolean: " + bool + " }";
        }
    }
}
