package dev.netplayground.ui.saved;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.codec.Framing;
import dev.netplayground.engine.codec.LineEnding;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.tcp.ConcurrencyModel;
import dev.netplayground.engine.tcp.TcpServer;
import dev.netplayground.engine.tcp.TcpServerConfig;
import dev.netplayground.store.HttpRequestItem;
import dev.netplayground.store.ItemKey;
import dev.netplayground.store.ItemKind;
import dev.netplayground.store.MessageItem;
import dev.netplayground.store.PayloadEncoding;
import dev.netplayground.store.Revision;
import dev.netplayground.store.SavedItem;
import dev.netplayground.store.SequenceItem;
import dev.netplayground.store.Transport;
import dev.netplayground.store.Workspace;
import dev.netplayground.testing.EngineExtension;
import dev.netplayground.testing.TestFxThread;
import dev.netplayground.ui.common.ItemPane;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The Saved panel's view-model over a temporary workspace; the test thread is its FX thread, file work runs inline. */
@Timeout(30)
class SavedViewModelTest {
    private static final MessageItem HELLO = message("hello", 5000);
    private static final MessageItem PING = message("ping", 6000);

    @TempDir
    Path dir;

    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();
    private final TestFxThread fx = TestFxThread.on(engine.log());
    private final List<String> questions = new ArrayList<>();
    private final List<SavedItem> loadedIntoPane = new ArrayList<>();
    private boolean overwrite;
    private final ItemPane pane = new ItemPane(() -> HELLO, MessageItem.class::isInstance, loadedIntoPane::add);
    private SavedViewModel model;

    private static MessageItem message(String payload, int port) {
        return new MessageItem(Transport.TCP, "127.0.0.1", port, PayloadEncoding.TEXT, payload, LineEnding.LF, 1, 0);
    }

    private SavedViewModel open() throws InterruptedException {
        model = new SavedViewModel(dir, engine, Runnable::run, fx, (question, yes) -> {
            questions.add(question + " [" + yes + "]");
            return overwrite;
        }, item -> Optional.of(pane).filter(p -> p.loads().test(item)));
        fx.runUntil(() -> model.shown().size() == ItemKind.values().length + countFiles(), "the first listing");
        return model;
    }

    private long countFiles() {
        try (var files = Files.walk(dir)) {
            return files.filter(file -> file.toString().endsWith(".json")).count();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @AfterEach
    void close() {
        if (model != null) {
            model.close();
        }
    }

    private List<String> lines() {
        return model.shown().stream().map(SavedEntry::text).toList();
    }

    private void runUntilStatus(String status) throws InterruptedException {
        try {
            fx.runUntil(() -> model.statusProperty().get().equals(status), "the status '" + status + "'");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; it says '" + model.statusProperty().get() + "'", e);
        }
    }

    @Test
    void listsItemsByKindWithTheFilesItCannotReadAndFilters() throws Exception {
        Workspace workspace = new Workspace(dir);
        workspace.save(new ItemKey(ItemKind.MESSAGES, "hello"), HELLO, Revision.NONE);
        workspace.save(new ItemKey(ItemKind.MESSAGES, "Ping"), PING, Revision.NONE);
        workspace.save(new ItemKey(ItemKind.REQUESTS, "get"),
                new HttpRequestItem("GET", "http://127.0.0.1:3030/x", List.of(), null, null), Revision.NONE);
        Files.writeString(dir.resolve("messages/bad.json"), "{\"format\": 1,\n \"port\": 5000,\n");
        open();

        assertThat(lines()).containsExactly("Messages (2)", "hello", "Ping",
                "messages/bad.json, line 3, column 1: this is not valid JSON: Unexpected end-of-input within/between "
                        + "Object entries.", "Requests (1)", "get",
                "Endpoint presets (0)", "Sequences (0)");

        model.filterProperty().set("PI");
        assertThat(lines()).containsExactly("Messages (1)", "Ping");
        model.filterProperty().set("127.0.0.1:3030");
        assertThat(lines()).containsExactly("Requests (1)", "get");
        model.filterProperty().set("line 3");
        assertThat(lines()).containsExactly("Messages (0)",
                "messages/bad.json, line 3, column 1: this is not valid JSON: Unexpected end-of-input within/between "
                        + "Object entries.");
    }

    @Test
    void aNewNameIsSavedAtOnceAndAnExistingOneOnlyWhenTheQuestionSaysYes() throws Exception {
        open();
        model.save(pane, HELLO, " hello ");
        runUntilStatus("Saved messages/hello.json.");
        fx.runUntil(() -> lines().contains("hello"), "the new item listed");
        Workspace workspace = new Workspace(dir);
        ItemKey hello = new ItemKey(ItemKind.MESSAGES, "hello");
        ItemPane other = new ItemPane(() -> PING, item -> true, item -> { });

        model.save(other, PING, "hello");
        runUntilStatus("Not saved: messages/hello.json already exists; overwrite it or choose another name.");
        assertThat(questions).containsExactly(
                "messages/hello.json already exists; overwrite it or choose another name. [Overwrite]");
        assertThat(workspace.read(hello).item()).isEqualTo(HELLO);

        overwrite = true;
        model.save(other, PING, "hello");
        runUntilStatus("Saved messages/hello.json.");
        assertThat(workspace.read(hello).item()).isEqualTo(PING);

        model.save(other, PING, "a/b");
        assertThat(model.statusProperty().get()).startsWith("Not saved: 'a/b' cannot be an item name");
    }

    @Test
    void theItemAPaneCameFromSavesWithoutAQuestionUnlessItChangedOnDisk() throws Exception {
        Workspace workspace = new Workspace(dir);
        ItemKey hello = new ItemKey(ItemKind.MESSAGES, "hello");
        workspace.save(hello, HELLO, Revision.NONE);
        open();
        model.open(hello);
        fx.runUntil(() -> loadedIntoPane.size() == 1, "the item loaded into the pane");
        assertThat(loadedIntoPane).containsExactly(HELLO);
        assertThat(model.suggestedName(pane, ItemKind.MESSAGES)).isEqualTo("hello");
        assertThat(model.suggestedName(pane, ItemKind.REQUESTS)).isEmpty();

        model.save(pane, message("hello again", 5000), "hello");
        runUntilStatus("Saved messages/hello.json.");
        assertThat(questions).isEmpty();

        String theirs = Files.readString(workspace.fileOf(hello)).replace("5000", "5001");
        Files.writeString(workspace.fileOf(hello), theirs);
        model.save(pane, message("mine", 5000), "hello");
        runUntilStatus("Not saved: messages/hello.json changed on disk after it was loaded; reload it, or "
                + "overwrite the change on disk.");
        assertThat(questions).hasSize(1);
        assertThat(workspace.fileOf(hello)).hasContent(theirs);
    }

    @Test
    void deleteIsUndoneByteForByteAndRenameAndDuplicateKeepTheContent() throws Exception {
        Path messages = Files.createDirectories(dir.resolve("messages"));
        String byHand = "{\"format\":1,\"transport\":\"tcp\",\"host\":\"127.0.0.1\",\"port\":7,\"encoding\":\"text\","
                + "\"payload\":\"x\",\"lineEnding\":\"lf\",\"repeat\":1,\"intervalMillis\":0}";
        Files.writeString(messages.resolve("x.json"), byHand);
        open();
        ItemKey x = new ItemKey(ItemKind.MESSAGES, "x");

        model.edits().delete(x);
        fx.runUntil(() -> !lines().contains("x"), "the item gone from the list");
        assertThat(messages.resolve("x.json")).doesNotExist();
        assertThat(model.undoTextProperty().get()).isEqualTo("Deleted messages/x.");
        model.edits().undo();
        runUntilStatus("Restored messages/x.");
        assertThat(Files.readString(messages.resolve("x.json"))).isEqualTo(byHand);
        assertThat(model.undoTextProperty().get()).isEmpty();
        fx.runUntil(() -> lines().contains("x"), "the item back in the list");

        model.edits().duplicate(x);
        runUntilStatus("Duplicated messages/x as x copy.");
        model.edits().duplicate(x);
        runUntilStatus("Duplicated messages/x as x copy 2.");
        fx.runUntil(() -> lines().contains("x copy 2"), "the copies listed");
        model.edits().rename(new ItemKey(ItemKind.MESSAGES, "x copy 2"), "y");
        runUntilStatus("Renamed messages/x copy 2 to y.");
        fx.runUntil(() -> lines().containsAll(List.of("x", "x copy", "y")) && !lines().contains("x copy 2"),
                "the list after the copies and the rename");
        assertThat(new Workspace(dir).read(new ItemKey(ItemKind.MESSAGES, "y")).item())
                .isEqualTo(new Workspace(dir).read(x).item());
    }

    @Test
    void sendsAMessageAndASequenceOverTheEngineAndSaysWhatCameBack() throws Exception {
        TcpServer echo = engine.startTcpServer(new TcpServerConfig("127.0.0.1", 0, ConcurrencyModel.VIRTUAL, true,
                Framing.LINE, 65536, 10, List.of()), (connection, peer, frame) -> { });
        ItemKey key = new ItemKey(ItemKind.MESSAGES, "hi");
        new Workspace(dir).save(key, message("hi", echo.localAddress().getPort()), Revision.NONE);
        open();

        model.send(key);
        runUntilStatus("Sent messages/hi: 3 bytes back.");
        assertThat(model.sendingProperty().get()).isFalse();

        ItemKey twice = new ItemKey(ItemKind.SEQUENCES, "twice");
        new Workspace(dir).save(twice, new SequenceItem(List.of("hi", "messages/hi"), 0), Revision.NONE);
        model.open(twice);
        runUntilStatus("Sent sequences/twice: 2 items, 6 bytes back.");
        assertThat(loadedIntoPane).isEmpty();

        model.send(new ItemKey(ItemKind.MESSAGES, "nothing"));
        fx.runUntil(() -> model.statusProperty().get().startsWith("Sending messages/nothing failed: No saved item "
                + "messages/nothing.json"), "the failure");
    }

    @Test
    void aFileWrittenByHandShowsUpWithoutAsking() throws Exception {
        open();
        new Workspace(dir.resolve(".")).save(new ItemKey(ItemKind.MESSAGES, "outside"), PING, Revision.NONE);
        fx.runUntil(() -> lines().contains("outside"), "the file written elsewhere");
    }

    @Test
    void importsPacketSenderPacketsUnderFreeNamesAndExportsTheFolderAsAZip() throws Exception {
        Path export = dir.resolveSibling(dir.getFileName() + "-packets.ini");
        try (InputStream in = getClass().getResourceAsStream(
                "/dev/netplayground/store/packetsender-8.0.6-export.ini")) {
            Files.copy(in, export);
        }
        open();
        model.transfer().importPacketSender(export);
        fx.runUntil(() -> model.statusProperty().get().startsWith("Imported ")
                && model.shown().size() > ItemKind.values().length, "the import");
        int first = model.shown().size();

        model.transfer().importPacketSender(export);
        fx.runUntil(() -> model.statusProperty().get().startsWith("Imported ")
                && model.shown().size() == 2 * first - ItemKind.values().length, "the second import beside the first");

        Path zip = dir.resolveSibling(dir.getFileName() + ".zip");
        model.transfer().exportZip(zip);
        fx.runUntil(() -> model.statusProperty().get().startsWith("Exported "), "the export");
        try (ZipFile zipped = new ZipFile(zip.toFile())) {
            assertThat(zipped.size()).isEqualTo(model.shown().size() - ItemKind.values().length);
        }
        Files.delete(zip);
        Files.delete(export);
    }
}
