package dev.netplayground.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventExportTest {
    private static List<NetEvent> events(int count) {
        EventLog log = new EventLog();
        for (int i = 0; i < count; i++) {
            byte[] line = ("line, \"" + i + "\"\n").getBytes(StandardCharsets.UTF_8);
            log.emitter("tcp-server-1").emitData(EventKind.RECEIVED, "127.0.0.1:1", line);
        }
        return log.snapshot();
    }

    @Test
    void jsonLinesHasOneObjectPerEventInOrder() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> progress = new ArrayList<>();
        EventExport.write(events(2500), EventExport.Format.JSON_LINES, out, progress::add);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(2500);
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(lines[0]).get("seq").asLong()).isEqualTo(1);
        assertThat(json.readTree(lines[2499]).get("payloadText").asText()).isEqualTo("line, \"2499\"\\n");
        assertThat(progress).containsExactly(1000L, 2000L, 2500L);
    }

    @Test
    void csvQuotesFieldsWithCommasAndQuotes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventExport.write(events(1), EventExport.Format.CSV, out, n -> {});
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo(EventExport.CSV_HEADER);
        assertThat(lines[1]).contains(",tcp-server-1,RECEIVED,IN,127.0.0.1:1,10,\"line, \"\"0\"\"\\n\",");
        assertThat(lines).hasSize(2);
    }

    @Test
    void csvNeutralisesAFormulaSentByAPeer() throws Exception {
        EventLog log = new EventLog(10, 64);
        log.emitter("udp-receiver-1").emitData(EventKind.RECEIVED, "127.0.0.1:9",
                "=HYPERLINK(\"http://x\")".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventExport.write(log.snapshot(), EventExport.Format.CSV, out, n -> {});
        String row = out.toString(StandardCharsets.UTF_8).split("\r\n")[1];
        assertThat(row).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",").doesNotContain(",=HYPERLINK");
    }
}
