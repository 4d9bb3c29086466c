package dev.netplayground.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    @TempDir
    Path dir;

    private Workspace workspace() {
        return new Workspace(dir);
    }

    @Test
    void anItemIsOnePrettyFileWithItsFormatFirstAndKeysInAFixedOrder() throws Exception {
        workspace().save(new ItemKey(ItemKind.MESSAGES, "hello"), Items.HELLO, Revision.NONE);

        assertThat(Files.readString(dir.resolve("messages/hello.json"))).isEqualTo(message("\"port\": 5000"));
    }

    @Test
    void requestsWriteTheirBodyAndAuthorizationAsTypedObjects() throws Exception {
        workspace().save(new ItemKey(ItemKind.REQUESTS, "put"), Items.PUT_RAW, Revision.NONE);

        assertThat(Files.readString(dir.resolve("requests/put.json"))).isEqualTo("""
                {
                  "format": 1,
                  "method": "PUT",
                  "url": "http://127.0.0.1:8080/things/1",
                  "headers": [
                    {
                      "name": "Content-Type",
                      "value": "text/plain"
                    }
                  ],
                  "body": {
                    "type": "raw",
                    "text": "hi\\nthere"
                  },
                  "auth": {
                    "type": "basic",
                    "user": "ada",
                    "password": "pw"
                  }
                }
                """);
    }

    @Test
    void everyKindComesBackAsSaved() throws Exception {
        Map<ItemKey, SavedItem> saved = new LinkedHashMap<>();
        saved.put(new ItemKey(ItemKind.MESSAGES, "hello"), Items.HELLO);
        saved.put(new ItemKey(ItemKind.MESSAGES, "ping"), Items.PING);
        saved.put(new ItemKey(ItemKind.REQUESTS, "get me"), Items.GET_ME);
        saved.put(new ItemKey(ItemKind.REQUESTS, "post five"), Items.POST_FIVE);
        saved.put(new ItemKey(ItemKind.REQUESTS, "put"), Items.PUT_RAW);
        saved.put(new ItemKey(ItemKind.REQUESTS, "upload"), Items.UPLOAD);
        saved.put(new ItemKey(ItemKind.ENDPOINTS, "client"), Items.CLIENT);
        saved.put(new ItemKey(ItemKind.ENDPOINTS, "data"), Items.DATA_SERVER);
        saved.put(new ItemKey(ItemKind.ENDPOINTS, "echo"), Items.ECHO_SERVER);
        saved.put(new ItemKey(ItemKind.ENDPOINTS, "multicast"), Items.MULTICAST);
        saved.put(new ItemKey(ItemKind.ENDPOINTS, "sender"), Items.SENDER);
        saved.put(new ItemKey(ItemKind.SEQUENCES, "warm up"), Items.WARM_UP);
        Workspace workspace = workspace();
        for (Map.Entry<ItemKey, SavedItem> entry : saved.entrySet()) {
            workspace.save(entry.getKey(), entry.getValue(), Revision.NONE);
        }

        Contents contents = new Workspace(dir).load();

        assertThat(contents.problems()).isEmpty();
        Map<ItemKey, SavedItem> loaded = new LinkedHashMap<>();
        contents.items().forEach(item -> loaded.put(item.key(), item.item()));
        assertThat(loaded).containsExactlyEntriesOf(saved);
    }

    @Test
    void savingTheSameItemAgainLeavesTheFileAlone() throws Exception {
        Workspace workspace = workspace();
        ItemKey key = new ItemKey(ItemKind.MESSAGES, "hello");
        Revision first = workspace.save(key, Items.HELLO, Revision.NONE);
        Path file = dir.resolve("messages/hello.json");
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000));

        Revision second = workspace.save(key, Items.HELLO, first);

        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(1_000_000);
        try (Stream<Path> files = Files.list(dir.resolve("messages"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("hello.json");
        }
    }

    @Test
    void aFileThatCannotBeReadIsReportedWithLineAndColumnAndTheRestLoads() throws Exception {
        workspace().save(new ItemKey(ItemKind.MESSAGES, "good"), Items.HELLO, Revision.NONE);
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("messages/broken.json", "{\n  \"format\": 1,\n  \"host\" \"x\"\n}\n");
        bad.put("messages/future.json", "{\n  \"format\": 2,\n  \"host\": \"x\"\n}\n");
        bad.put("messages/typed.json", message("\"port\": \"5000\""));
        bad.put("messages/unknown.json", message("\"port\": 5000,\n  \"prot\": 1"));
        bad.put("messages/ending.json", message("\"port\": 5000").replace("\"lf\"", "\"cr\""));
        bad.put("messages/range.json", message("\"port\": 70000"));
        bad.put("requests/no format.json", "{\"method\": \"GET\", \"url\": \"http://h/\"}");
        bad.put("requests/body.json", "{\"format\": 1, \"method\": \"POST\", \"url\": \"http://h/\",\n"
                + " \"body\": {\"type\": \"form\"}}");
        bad.put("sequences/missing.json", "{\"format\": 1,\n \"steps\": [\"a\"]}");
        Map<String, byte[]> before = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : bad.entrySet()) {
            Path file = dir.resolve(entry.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, entry.getValue());
            before.put(entry.getKey(), Files.readAllBytes(file));
        }

        Contents contents = workspace().load();

        assertThat(contents.items()).extracting(Loaded::key)
                .containsExactly(new ItemKey(ItemKind.MESSAGES, "good"));
        assertThat(contents.problems()).extracting(LoadProblem::message).containsExactlyInAnyOrder(
                "messages/broken.json, line 3, column 10: this is not valid JSON: Unexpected character ('\"' (code "
                        + "34)): was expecting a colon to separate field name and value.",
                "messages/future.json, line 2, column 13: format 2 is not one this version reads (\"format\": 1);"
                        + " a newer Net Playground may have written it.",
                "messages/typed.json, line 5, column 11: 'port' must be a whole number.",
                "messages/unknown.json, line 6, column 3: unknown field 'prot'; the fields here are [encoding, "
                        + "host, intervalMillis, lineEnding, payload, port, repeat, transport].",
                "messages/ending.json, line 8, column 17: 'lineEnding' must be one of \"lf\", \"crlf\", \"none\", "
                        + "not cr.",
                "messages/range.json, line 11, column 1: port must be from 1 to 65535, not 70000.",
                "requests/no format.json, line 1, column 1: the \"format\" field is missing; add \"format\": 1.",
                "requests/body.json, line 2, column 19: in 'body': \"type\": \"form\" is not a known type.",
                "sequences/missing.json, line 2, column 16: the field 'delayMillis' is missing.");
        for (Map.Entry<String, byte[]> entry : before.entrySet()) {
            assertThat(dir.resolve(entry.getKey())).hasBinaryContent(entry.getValue());
        }
    }

    /** The hello message as it is saved, its port line as given. */
    private static String message(String port) {
        return """
                {
                  "format": 1,
                  "transport": "tcp",
                  "host": "127.0.0.1",
                  %s,
                  "encoding": "text",
                  "payload": "hello",
                  "lineEnding": "lf",
                  "repeat": 1,
                  "intervalMillis": 0
                }
                """.formatted(port);
    }

    @Test
    void anUnreadableFileIsNotOverwrittenBySavingANewItemUnderItsName() throws Exception {
        Path file = dir.resolve("messages/hello.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{ not json");
        Workspace workspace = workspace();
        assertThat(workspace.load().problems()).hasSize(1);

        assertThatThrownBy(() -> workspace.save(new ItemKey(ItemKind.MESSAGES, "hello"), Items.HELLO, Revision.NONE))
                .isInstanceOf(SaveConflictException.class)
                .hasMessage("messages/hello.json already exists; overwrite it or choose another name.");
        assertThat(file).hasContent("{ not json");
    }

    @Test
    void aChangeOnDiskSinceLoadingIsAConflictNotOverwritten() throws Exception {
        ItemKey key = new ItemKey(ItemKind.MESSAGES, "hello");
        workspace().save(key, Items.HELLO, Revision.NONE);
        Workspace app = new Workspace(dir);
        Loaded loaded = app.read(key);
        Path file = dir.resolve("messages/hello.json");
        String theirs = Files.readString(file).replace("5000", "5001");
        Files.writeString(file, theirs);

        assertThatThrownBy(() -> app.save(key, Items.PING, loaded.revision()))
                .isInstanceOf(SaveConflictException.class)
                .hasMessage("messages/hello.json changed on disk after it was loaded; reload it, or overwrite the "
                        + "change on disk.");
        assertThat(file).hasContent(theirs);

        Files.delete(file);
        assertThatThrownBy(() -> app.save(key, Items.PING, loaded.revision()))
                .hasMessage("messages/hello.json was deleted on disk after it was loaded; save it again to bring it "
                        + "back.");
        assertThat(file).doesNotExist();
    }

    @Test
    void twoInstancesDoNotClobberEachOther() throws Exception {
        ItemKey key = new ItemKey(ItemKind.MESSAGES, "hello");
        Revision base = workspace().save(key, Items.HELLO, Revision.NONE);
        Workspace one = new Workspace(dir);
        Workspace two = new Workspace(dir);

        one.save(key, Items.PING, base);

        assertThatThrownBy(() -> two.save(key, Items.HELLO, base)).isInstanceOf(SaveConflictException.class);
        assertThat(two.read(key).item()).isEqualTo(Items.PING);
    }

    @Test
    void renameAndDeleteCheckTheRevisionToo() throws Exception {
        Workspace workspace = workspace();
        ItemKey hello = new ItemKey(ItemKind.MESSAGES, "hello");
        ItemKey greeting = new ItemKey(ItemKind.MESSAGES, "greeting");
        Revision revision = workspace.save(hello, Items.HELLO, Revision.NONE);
        workspace.save(greeting, Items.PING, Revision.NONE);

        assertThatThrownBy(() -> workspace.rename(hello, greeting, revision))
                .hasMessage("messages/greeting.json already exists; overwrite it or choose another name.");
        ItemKey hi = new ItemKey(ItemKind.MESSAGES, "hi");
        Revision renamed = workspace.rename(hello, hi, revision);
        assertThat(workspace.read(hi).item()).isEqualTo(Items.HELLO);
        assertThatThrownBy(() -> workspace.read(hello)).isInstanceOf(NoSuchFileException.class);

        assertThatThrownBy(() -> workspace.delete(hi, Revision.NONE)).isInstanceOf(SaveConflictException.class);
        workspace.delete(hi, renamed);
        assertThat(dir.resolve("messages/hi.json")).doesNotExist();
    }

    @Test
    void aDeletedFileComesBackByteForByteUnlessAnotherTookItsPlace() throws Exception {
        Workspace workspace = workspace();
        ItemKey hello = new ItemKey(ItemKind.MESSAGES, "hello");
        Path file = dir.resolve("messages/hello.json");
        workspace.save(hello, Items.HELLO, Revision.NONE);
        // Edited by hand: spacing no save would write.
        String byHand = Files.readString(file).replace("\"port\": 5000", "\"port\":    5000");
        Files.writeString(file, byHand);
        Loaded loaded = workspace.read(hello);

        byte[] deleted = workspace.delete(hello, loaded.revision());
        assertThat(file).doesNotExist();
        workspace.restore(hello, deleted);
        assertThat(Files.readString(file)).isEqualTo(byHand);

        byte[] again = workspace.delete(hello, loaded.revision());
        workspace.save(hello, Items.PING, Revision.NONE);
        assertThatThrownBy(() -> workspace.restore(hello, again))
                .hasMessage("messages/hello.json already exists; overwrite it or choose another name.");
        assertThat(workspace.read(hello).item()).isEqualTo(Items.PING);
    }

    @Test
    void namesThatCannotBeFilesAreRefusedInOneSentence() {
        assertThatThrownBy(() -> new ItemKey(ItemKind.MESSAGES, "a/b"))
                .hasMessage("'a/b' cannot be an item name: names cannot contain / \\ : * ? \" < > | or control "
                        + "characters.");
        assertThatThrownBy(() -> new ItemKey(ItemKind.MESSAGES, ".hidden"))
                .hasMessageContaining("cannot start with a dot");
        assertThatThrownBy(() -> workspace().save(new ItemKey(ItemKind.REQUESTS, "x"), Items.HELLO, Revision.NONE))
                .hasMessage("A message cannot be saved as requests/x.json.");
    }

    @Test
    void aMissingFolderIsAnEmptyWorkspace() {
        Contents contents = new Workspace(dir.resolve("nothing here")).load();

        assertThat(contents.items()).isEmpty();
        assertThat(contents.problems()).isEmpty();
    }
}
