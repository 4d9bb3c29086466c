package dev.netplayground.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netplayground.engine.codec.LineEnding;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Packet Sender 8.0.6 (Debian 12's package) made the fixture: packets saved in its window,
 * some of its starter packets deleted, then File > Export Database.
 */
class PacketSenderImportTest {
    private static String fixture() throws Exception {
        try (InputStream in = PacketSenderImportTest.class.getResourceAsStream("packetsender-8.0.6-export.ini")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, SavedItem> byKey(PacketSenderImport.Result result) {
        return result.items().stream().collect(Collectors.toMap(item -> item.key().toString(),
                PacketSenderImport.Imported::item, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void readsARealExportOfPacketSender806() throws Exception {
        PacketSenderImport.Result result = PacketSenderImport.read(fixture());
        Map<String, SavedItem> items = byKey(result);

        assertThat(items.keySet()).containsExactly("messages/Binary UDP", "messages/DNS example.com",
                "messages/FTP debian.org", "messages/Hello TCP", "requests/HTTP GET", "requests/HTTPS POST JSON",
                "requests/Post data local", "messages/UDP IPv6 localhost macro");
        assertThat(items.get("messages/Hello TCP")).isEqualTo(new MessageItem(Transport.TCP, "127.0.0.1", 5000,
                PayloadEncoding.TEXT, "hello\\r\\n", LineEnding.NONE, 1, 2500));
        assertThat(items.get("messages/Binary UDP")).isEqualTo(new MessageItem(Transport.UDP, "127.0.0.1", 6000,
                PayloadEncoding.HEX, "00 FF 10 80 41", LineEnding.NONE, 1, 0));
        assertThat(items.get("requests/Post data local")).isEqualTo(new HttpRequestItem("POST",
                "http://127.0.0.1:3030/data", List.of(), new HttpBody.Raw("{\"number\": 5, \"boolean\": true}"),
                null));
        assertThat(items.get("requests/HTTP GET")).isEqualTo(new HttpRequestItem("GET", "http://neverssl.com:80/",
                List.of(), null, null));
        assertThat(((MessageItem) items.get("messages/UDP IPv6 localhost macro")).payload())
                .isEqualTo("{{TIME}} {{RANDOM}}");
        assertThat(result.notes()).containsExactly(
                "'Hello TCP' resends every 2.5 s in Packet Sender; it was imported to send once, with that interval "
                        + "for when its count is raised.",
                "'SSL cert mismatch' was skipped: SSL packets are not supported yet.",
                "'SSL-HTTPS packetsender.com' was skipped: SSL packets are not supported yet.",
                "'UDP IPv6 localhost macro' uses Packet Sender macros such as {{TIME}}; they are sent as written.");
    }

    @Test
    void theImportedBytesAreThePacketsBytes() throws Exception {
        Map<String, SavedItem> items = byKey(PacketSenderImport.read(fixture()));

        assertThat(((MessageItem) items.get("messages/FTP debian.org")).bytes())
                .asString(StandardCharsets.UTF_8).isEqualTo("\r\nUSER anonymous\r\nPASS anonymous\r\nquit\r\n");
        assertThat(((MessageItem) items.get("messages/Binary UDP")).bytes()).containsExactly(0, 0xFF, 0x10, 0x80, 0x41);
    }

    /** The JSON export as Packet::ExportJSON writes it (port as text, repeat as a number, lower-case keys). */
    @Test
    void readsTheJsonExportToo() {
        String json = """
                [
                    {
                        "asciistring": "aGVsbG9ccg==",
                        "errorstring": "",
                        "fromip": "",
                        "fromport": "0",
                        "hexstring": "68 65 6c 6c 6f 0d",
                        "name": "UDP/hello",
                        "port": "5000",
                        "repeat": 0,
                        "requestpath": "",
                        "sendresponse": "0",
                        "tcporudp": "UDP",
                        "toip": "127.0.0.1"
                    }
                ]
                """;

        assertThat(byKey(PacketSenderImport.read(json))).containsExactly(Map.entry("messages/UDP-hello",
                new MessageItem(Transport.UDP, "127.0.0.1", 5000, PayloadEncoding.TEXT, "hello\\r", LineEnding.NONE, 1,
                        0)));
    }

    @Test
    void somethingElseIsRefusedInOneSentence() {
        assertThatThrownBy(() -> PacketSenderImport.read("[General]\nfoo=bar\n"))
                .hasMessage("No Packet Sender packets found: export them in Packet Sender with File > Export "
                        + "Database (INI) or Export Packets (JSON).");
    }

    @Test
    void qtIniEscapesAsQSettingsWritesThem() {
        assertThat(QtIni.percentDecode("Hello%20TCP%U4E2D")).isEqualTo("Hello TCP\u4E2D");
        assertThat(QtIni.unescape("\"a, b\\\"c\\x4e2d\\0\"")).isEqualTo("a, b\"c\u4E2D\0");
    }
}
