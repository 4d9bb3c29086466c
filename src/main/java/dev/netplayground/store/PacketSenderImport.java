package dev.netplayground.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netplayground.engine.codec.LineEnding;
import dev.netplayground.engine.codec.TextCodec;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Packet Sender's exported packets into items: its "Export Database" INI file (a copy of
 * its {@code packets.ini}, written by Qt's QSettings) or its JSON export (an array of packets,
 * lower-case keys). TCP and UDP packets become messages, HTTP(S) GET and POST packets become
 * requests; anything else is skipped, and every packet skipped or changed on the way gets a
 * note. A pure function.
 */
public final class PacketSenderImport {
    /** An item to save. */
    public record Imported(ItemKey key, SavedItem item) {}

    /** What was read, and one sentence for each packet skipped or changed. */
    public record Result(List<Imported> items, List<String> notes) {}

    /** One saved packet as Packet Sender keeps it. */
    private record Packet(String name, String protocol, String host, String port, String hex, String path,
            double resendSeconds) {}

    private static final int QT4_FLOAT = 135;
    private static final int QT5_FLOAT = 38;
    private static final int QT_DOUBLE = 6;

    private PacketSenderImport() {}

    /** @throws IllegalArgumentException when the text is neither of Packet Sender's export formats */
    public static Result read(String text) {
        // Both start with '[': the JSON export with an array of objects, the INI file with a section.
        List<Packet> packets = text.stripLeading().matches("(?s)\\[\\s*[{\\]].*") ? fromJson(text) : fromIni(text);
        if (packets.isEmpty()) {
            throw new IllegalArgumentException("No Packet Sender packets found: export them in Packet Sender with "
                    + "File > Export Database (INI) or Export Packets (JSON).");
        }
        List<Imported> items = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<ItemKey> taken = new HashSet<>();
        for (Packet packet : packets) {
            try {
                SavedItem item = toItem(packet, notes);
                if (item != null) {
                    items.add(new Imported(uniqueKey(item.kind(), packet.name(), taken), item));
                }
            } catch (IllegalArgumentException e) {
                notes.add("'" + packet.name() + "' was skipped: " + e.getMessage());
            }
        }
        return new Result(items, notes);
    }

    private static List<Packet> fromIni(String text) {
        Map<String, Map<String, String>> sections = QtIni.parse(text);
        List<String> names = new ArrayList<>();
        Map<String, String> index = sections.getOrDefault("NAMES", Map.of());
        // Packet Sender reads names 1..size; entries past size are left over from deleted packets.
        int size = parseInt(index.getOrDefault("size", "0"));
        for (int i = 1; i <= size; i++) {
            String name = index.get(i + "\\name");
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        List<Packet> packets = new ArrayList<>();
        for (String name : names) {
            Map<String, String> values = sections.get(name);
            if (values != null) {
                packets.add(new Packet(name, values.getOrDefault("tcpOrUdp", ""), values.getOrDefault("toIP", ""),
                        values.getOrDefault("port", ""), values.getOrDefault("hexString", ""),
                        values.getOrDefault("requestPath", ""), resendSeconds(values.getOrDefault("repeat", "0"))));
            }
        }
        return packets;
    }

    private static List<Packet> fromJson(String text) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("This JSON cannot be read: " + e.getOriginalMessage() + ".");
        }
        List<Packet> packets = new ArrayList<>();
        for (JsonNode node : root) {
            packets.add(new Packet(node.path("name").asText(), node.path("tcporudp").asText(),
                    node.path("toip").asText(), node.path("port").asText(), node.path("hexstring").asText(),
                    node.path("requestpath").asText(), node.path("repeat").asDouble(0)));
        }
        return packets;
    }

    /** Qt stores a float as {@code @Variant(<type id, 4 bytes><value, big-endian>)}; older files as a number. */
    private static double resendSeconds(String value) {
        if (!value.startsWith("@Variant(") || !value.endsWith(")")) {
            try {
                return Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        String inner = value.substring("@Variant(".length(), value.length() - 1);
        ByteBuffer bytes = ByteBuffer.allocate(inner.length());
        inner.chars().forEach(c -> bytes.put((byte) c));
        bytes.flip();
        if (bytes.remaining() < 8) {
            return 0;
        }
        int type = bytes.getInt();
        if ((type == QT4_FLOAT || type == QT5_FLOAT) && bytes.remaining() >= 4) {
            return bytes.getFloat();
        }
        return type == QT_DOUBLE && bytes.remaining() >= 8 ? bytes.getDouble() : 0;
    }

    private static SavedItem toItem(Packet packet, List<String> notes) {
        String protocol = packet.protocol().strip().toLowerCase(Locale.ROOT);
        int port = parseInt(packet.port());
        byte[] bytes = TextCodec.parseHex(packet.hex());
        if (protocol.contains("ssl") || protocol.contains("dtls")) {
            throw new IllegalArgumentException(packet.protocol() + " packets are not supported yet.");
        }
        if (protocol.contains("http")) {
            return request(packet, protocol, port, bytes);
        }
        Transport transport = switch (protocol) {
            case "tcp" -> Transport.TCP;
            case "udp" -> Transport.UDP;
            default -> throw new IllegalArgumentException("'" + packet.protocol() + "' is not a protocol this app "
                    + "sends.");
        };
        Optional<String> text = TextCodec.decodeUtf8(bytes);
        MessageItem message = new MessageItem(transport, packet.host(), port,
                text.isPresent() ? PayloadEncoding.TEXT : PayloadEncoding.HEX,
                text.map(TextCodec::escapeControls).orElseGet(() -> TextCodec.toHex(bytes)), LineEnding.NONE, 1,
                Math.round(packet.resendSeconds() * 1000));
        if (packet.resendSeconds() > 0) {
            notes.add("'" + packet.name() + "' resends every " + packet.resendSeconds() + " s in Packet Sender; it "
                    + "was imported to send once, with that interval for when its count is raised.");
        }
        if (text.isPresent() && text.get().contains("{{") && text.get().contains("}}")) {
            notes.add("'" + packet.name() + "' uses Packet Sender macros such as {{TIME}}; they are sent as written.");
        }
        return message;
    }

    private static HttpRequestItem request(Packet packet, String protocol, int port, byte[] bytes) {
        boolean post = protocol.contains("post");
        String host = packet.host().contains(":") ? "[" + packet.host() + "]" : packet.host();
        String path = packet.path().startsWith("/") ? packet.path() : "/" + packet.path();
        String url = (protocol.contains("https") ? "https" : "http") + "://" + host + ":" + port + path;
        HttpBody body = null;
        if (post) {
            body = new HttpBody.Raw(TextCodec.decodeUtf8(bytes).orElseThrow(() -> new IllegalArgumentException(
                    "its POST data is not UTF-8 text, which a saved request cannot hold.")));
        }
        return new HttpRequestItem(post ? "POST" : "GET", url, List.of(), body, null);
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A valid item name for a packet's name, unique among those taken. */
    private static ItemKey uniqueKey(ItemKind kind, String packetName, Set<ItemKey> taken) {
        String base = packetName.replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]", "-").strip().replaceAll("^\\.+", "");
        if (base.length() > 90) {
            base = base.substring(0, 90).strip();
        }
        base = base.replaceAll("[. ]+$", "");
        if (base.isEmpty()) {
            base = "packet";
        }
        ItemKey key = new ItemKey(kind, base);
        for (int n = 2; taken.contains(key); n++) {
            key = new ItemKey(kind, base + " (" + n + ")");
        }
        taken.add(key);
        return key;
    }
}
