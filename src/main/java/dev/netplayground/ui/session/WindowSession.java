package dev.netplayground.ui.session;

import dev.netplayground.store.Session;
import dev.netplayground.store.Session.WindowGeometry;
import dev.netplayground.store.SessionStore;
import dev.netplayground.ui.common.TextScale;
import dev.netplayground.ui.http.HttpTab;
import dev.netplayground.ui.log.LogViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Dimension2D;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's side of {@code session.json}: read at every start, it puts back the window's size
 * and place, splits, tab, theme, text size, forms, HTTP history and log filters; then it follows
 * each change, writes the session a few seconds later, and once more when the window closes.
 * Nothing that runs is restored: servers start stopped. FX thread only.
 */
public final class WindowSession {
    /** How long after a change the session is written; the changes made meanwhile go in the same write. */
    static final long WRITE_DELAY_MILLIS = 3_000;

    /** What the session restores and follows; {@code layout} holds every split outside the tabs. */
    public record Parts(Node layout, TabPane tabs, BooleanProperty darkTheme, TextScale text, LogViewModel log,
            HttpTab http, Workspaces workspace) {}

    /** The workspace folder shown in the Saved tab, and how to show another. */
    public interface Workspaces {
        ReadOnlyObjectProperty<Path> folderProperty();

        void open(Path folder);
    }

    private final SessionStore store;
    private final SessionStore.Restored restored;
    private Parts parts;
    private SessionAutosave autosave;
    private FormMemory forms;
    private SplitMemory splits;
    private Stage stage;
    private WindowGeometry normalBounds;
    private Dimension2D defaultSize;
    private Path defaultWorkspace;

    /** Reads the session file (a small file, once, at start). */
    public WindowSession(SessionStore store) {
        this.store = store;
        this.restored = store.load();
    }

    /** Whether the window starts dark: known before the first control is made, as the theme must be. */
    public boolean darkTheme() {
        return "dark".equals(restored.session().theme());
    }

    /**
     * Puts the session back into the window's parts and follows their changes.
     *
     * @param fx     runs tasks on the FX thread
     * @param io     where the file is written
     * @param notice shows a sentence in the status bar: why the session could not be read or written
     */
    public void restore(Parts window, SessionAutosave.Timer timer, Executor fx, Executor io,
            Consumer<String> notice) {
        this.parts = window;
        Session session = restored.session();
        restored.problem().ifPresent(problem -> notice.accept("Session not restored: " + problem));
        autosave = new SessionAutosave(store, restored.problem().isPresent() ? null : session, this::snapshot,
                timer, WRITE_DELAY_MILLIS, fx, io, notice);
        window.text().setScale(session.textScale());
        window.darkTheme().set(darkTheme());
        window.log().restoreFilters(session.logFilters());
        defaultWorkspace = window.workspace().folderProperty().get();
        restoreWorkspace(session.workspace(), window.workspace(), notice);
        window.http().restoreHistory(session.httpHistory(), autosave::changed);
        forms = new FormMemory(session.forms(), autosave::changed);
        splits = new SplitMemory(session.dividers(), autosave::changed);
        for (Tab tab : window.tabs().getTabs()) {
            forms.attach(tab.getContent());
            // Tabs build their panes when first shown: restore each as it is built.
            tab.contentProperty().addListener((obs, old, content) -> {
                forms.attach(content);
                splits.attach(content);
            });
        }
        splits.attach(window.layout());
        window.tabs().getTabs().stream().filter(tab -> tab.getId() != null
                && tab.getId().equals(session.selectedTab())).findFirst()
                .ifPresent(tab -> window.tabs().getSelectionModel().select(tab));
        follow(window);
    }

    /** Opens the workspace shown last, unless it is the default or gone (then the default stays, and says so). */
    private static void restoreWorkspace(String saved, Workspaces workspace, Consumer<String> notice) {
        if (saved == null) {
            return;
        }
        Path folder = Path.of(saved);
        if (Files.isDirectory(folder)) {
            if (!folder.equals(workspace.folderProperty().get())) {
                workspace.open(folder);
            }
        } else {
            notice.accept("The workspace " + saved + " is gone; the Saved tab shows the default one.");
        }
    }

    private void follow(Parts window) {
        ChangeListener<Object> changed = (obs, was, now) -> autosave.changed();
        window.tabs().getSelectionModel().selectedItemProperty().addListener(changed);
        window.darkTheme().addListener(changed);
        window.text().sizeProperty().addListener(changed);
        LogViewModel log = window.log();
        log.endpointFilterProperty().addListener(changed);
        log.kinds().addListener((SetChangeListener<Object>) change -> autosave.changed());
        log.directionProperty().addListener(changed);
        log.textProperty().addListener(changed);
        log.regexProperty().addListener(changed);
        window.workspace().folderProperty().addListener(changed);
    }

    /** Where the window was, if a screen still shows its title bar. */
    private Optional<WindowGeometry> savedPlace() {
        return Optional.ofNullable(restored.session().window()).flatMap(geometry ->
                WindowPlacement.onScreen(geometry, Screen.getScreens().stream().map(Screen::getVisualBounds).toList()));
    }

    /**
     * The size to make the scene: the saved window's, so that the splits are first laid out at
     * the size they were saved at (a smaller first layout would push them aside), else the default.
     */
    public Dimension2D sceneSize(Dimension2D defaultSize) {
        return savedPlace().map(geometry -> new Dimension2D(geometry.width(), geometry.height())).orElse(defaultSize);
    }

    /**
     * Sizes and places the stage as the session says, before it is shown: where it was if a
     * screen still shows its title bar, else as a new window (Reset layout makes it that again).
     *
     * @param defaultSize a new window's scene size
     */
    public void place(Stage window, Dimension2D defaultSize) {
        this.stage = window;
        this.defaultSize = defaultSize;
        savedPlace().ifPresent(geometry -> {
            window.setX(geometry.x());
            window.setY(geometry.y());
            window.setWidth(geometry.width());
            window.setHeight(geometry.height());
            window.setMaximized(geometry.maximized());
            normalBounds = geometry;
        });
        // Only un-maximized bounds are kept: they are what un-maximizing gives back.
        ChangeListener<Number> moved = (obs, was, now) -> {
            if (!window.isMaximized()) {
                normalBounds = new WindowGeometry(window.getX(), window.getY(), window.getWidth(), window.getHeight(),
                        false);
            }
            autosave.changed();
        };
        for (var bound : List.of(window.xProperty(), window.yProperty(), window.widthProperty(),
                window.heightProperty())) {
            bound.addListener(moved);
        }
        window.maximizedProperty().addListener((obs, was, now) -> autosave.changed());
    }

    /** View → Reset layout: the default size, splits and tab; forms, history and items stay. */
    public void resetLayout() {
        splits.reset();
        parts.tabs().getSelectionModel().selectFirst();
        if (stage != null) {
            stage.setMaximized(false);
            stage.setWidth(defaultSize.getWidth() + stage.getWidth() - stage.getScene().getWidth());
            stage.setHeight(defaultSize.getHeight() + stage.getHeight() - stage.getScene().getHeight());
            stage.centerOnScreen();
        }
    }

    /** Writes the session if it changed; the window is closing. */
    public void close() {
        autosave.close();
    }

    /** Where the window is; while maximized, where it was before (what un-maximizing gives back). */
    private WindowGeometry geometry() {
        if (stage == null || Double.isNaN(stage.getWidth())) {
            return restored.session().window();
        }
        WindowGeometry now = new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        if (!stage.isMaximized()) {
            return now;
        }
        WindowGeometry normal = normalBounds != null ? normalBounds : now;
        return new WindowGeometry(normal.x(), normal.y(), normal.width(), normal.height(), true);
    }

    /** The folder shown, when it is not the default one. */
    private String workspaceFolder() {
        Path shown = parts.workspace().folderProperty().get();
        return shown == null || shown.equals(defaultWorkspace) ? null : shown.toString();
    }

    private Session snapshot() {
        WindowGeometry window = geometry();
        Tab selected = parts.tabs().getSelectionModel().getSelectedItem();
        return new Session(window, splits.positions(), selected == null ? null : selected.getId(),
                parts.darkTheme().get() ? "dark" : "light", parts.text().scale(), forms.values(),
                parts.http().sessionHistory(), parts.log().sessionFilters(), workspaceFolder());
    }
}
