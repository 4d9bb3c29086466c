package dev.netplayground.engine.event;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.netplayground.engine.codec.Csv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Writes events as JSON Lines or CSV ({@link Csv}: RFC 4180, formulas neutralised). Pure I/O on
 * the caller's thread; reports progress.
 */
public final class EventExport {
    /** How the events are written. */
    public enum Format {
        JSON_LINES("JSON Lines", "jsonl"),
        CSV("CSV", "csv");

        private final String label;
        private final String extension;

        Format(String label, String extension) {
            this.label = label;
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static final String CSV_HEADER = "seq,time,endpoint,kind,direction,peer,bytes,payload_text,payload_hex,message";
    private static final int PROGRESS_EVERY = 1_000;

    private EventExport() {}

    /** Writes every event; {@code progress} gets the count written so far, now and then and at the end. */
    public static void write(List<NetEvent> events, Format format, OutputStream out, LongConsumer progress)
            throws IOException {
        if (format == Format.JSON_LINES) {
            writeJsonLines(events, out, progress);
        } else {
            writeCsv(events, out, progress);
        }
    }

    private static void writeJsonLines(List<NetEvent> events, OutputStream out, LongConsumer progress)
            throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.setRootValueSeparator(null);
            long written = 0;
            for (NetEvent event : events) {
                writeJson(json, event);
                if (++written % PROGRESS_EVERY == 0) {
                    progress.accept(written);
                }
            }
            progress.accept(written);
        }
    }

    private static void writeCsv(List<NetEvent> events, OutputStream out, LongConsumer progress) throws IOException {
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            writer.write(CSV_HEADER);
            writer.write("\r\n");
            long written = 0;
            for (NetEvent event : events) {
                writer.write(csvRow(event));
                writer.write("\r\n");
                if (++written % PROGRESS_EVERY == 0) {
                    progress.accept(written);
                }
            }
            progress.accept(written);
        }
    }

    /** One event as one JSON object followed by a newline. */
    static void writeJson(JsonGenerator json, NetEvent event) throws IOException {
        json.writeStartObject();
        json.writeNumberField("seq", event.sequence());
        json.writeStringField("time", event.time().toString());
        json.writeStringField("endpoint", event.endpoint());
        json.writeStringField("kind", event.kind().name());
        json.writeStringField("direction", event.direction().name());
        json.writeStringField("peer", event.peer());
        json.writeNumberField("bytes", event.bytes());
        json.writeStringField("payloadHex", event.payload().hex());
        json.writeStringField("payloadText", event.payload().display());
        json.writeStringField("message", event.message());
        json.writeEndObject();
        json.writeRaw('\n');
    }

    static String csvRow(NetEvent event) {
        return Csv.row(List.of(event.sequence(), event.time().toString(), event.endpoint(), event.kind().name(),
                event.direction().name(), event.peer(), event.bytes(), event.payload().display(),
                event.payload().hex(), event.message()));
    }
}
