package dev.netplayground.ui.log;

import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.store.Session;
import dev.netplayground.ui.common.CappedRows;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;

/**
 * The log panel's state: the newest events (capped), an endpoint filter, pause and clear.
 * FX thread only; fed one batch per pulse by the event pump.
 */
public final class LogViewModel {
    /** Rows the window keeps; the engine's log keeps more, and the spill file all. */
    public static final int MAX_ROWS = 50_000;
    public static final String ALL_ENDPOINTS = "All endpoints";

    private final CappedRows<NetEvent> rows;
    private final FilteredList<NetEvent> visible;
    private final ObservableList<String> endpoints = FXCollections.observableArrayList(ALL_ENDPOINTS);
    private final TreeSet<String> knownEndpoints = new TreeSet<>();
    private final ObjectProperty<String> endpointFilter = new SimpleObjectProperty<>(ALL_ENDPOINTS);
    private final ObservableSet<EventKind> kinds = FXCollections.observableSet(EnumSet.allOf(EventKind.class));
    private final ObjectProperty<DirectionFilter> direction = new SimpleObjectProperty<>(DirectionFilter.ANY);
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty regex = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper filterError = new ReadOnlyStringWrapper("");
    private final ObjectProperty<NetEvent> selected = new SimpleObjectProperty<>();
    private final BooleanProperty paused = new SimpleBooleanProperty();
    // Kept in a field: a binding only weakly listened to could be collected, and Resume lost.
    private final BooleanBinding following = paused.not();
    private final ReadOnlyIntegerWrapper pendingWhilePaused = new ReadOnlyIntegerWrapper();

    public LogViewModel() {
        this(MAX_ROWS);
    }

    public LogViewModel(int maxRows) {
        this.rows = new CappedRows<>(maxRows);
        this.visible = new FilteredList<>(rows);
        endpointFilter.addListener((obs, old, now) -> applyFilter());
        kinds.addListener((javafx.collections.SetChangeListener<EventKind>) change -> applyFilter());
        direction.addListener((obs, old, now) -> applyFilter());
        text.addListener((obs, old, now) -> applyFilter());
        regex.addListener((obs, old, now) -> applyFilter());
        // While paused, the rows hold what arrives (capped) and show it on Resume.
        rows.showWhile(following);
        paused.addListener((obs, was, now) -> {
            if (!now) {
                pendingWhilePaused.set(0);
            }
        });
    }

    /** FX thread: one pulse's batch. While paused, events wait (capped) and are counted. */
    public void onEvents(List<NetEvent> batch) {
        learnEndpoints(batch);
        rows.append(batch);
        pendingWhilePaused.set(rows.heldCount());
    }

    private void learnEndpoints(List<NetEvent> batch) {
        for (NetEvent event : batch) {
            if (knownEndpoints.add(event.endpoint())) {
                // Insert in place: replacing the list would clear the combo box's selection.
                endpoints.add(1 + knownEndpoints.headSet(event.endpoint()).size(), event.endpoint());
            }
        }
    }

    /** The filter the controls describe. */
    public LogFilter filter() {
        String endpoint = endpointFilter.get();
        DirectionFilter chosen = direction.get() == null ? DirectionFilter.ANY : direction.get();
        return new LogFilter(endpoint == null || ALL_ENDPOINTS.equals(endpoint) ? null : endpoint,
                kinds, chosen.direction(), text.get(), regex.get());
    }

    /** The filters as the session keeps them: kinds only when some are hidden, names in lower case. */
    public Session.LogFilters sessionFilters() {
        String endpoint = endpointFilter.get();
        List<String> shown = kinds.size() == EventKind.values().length ? List.of()
                : kinds.stream().sorted().map(kind -> kind.name().toLowerCase(Locale.ROOT)).toList();
        DirectionFilter chosen = direction.get() == null ? DirectionFilter.ANY : direction.get();
        return new Session.LogFilters(ALL_ENDPOINTS.equals(endpoint) ? null : endpoint, shown,
                chosen.name().toLowerCase(Locale.ROOT), text.get(), regex.get());
    }

    /** Puts back the session's filters; no kinds (or none known) shows all, an unknown direction any. */
    public void restoreFilters(Session.LogFilters saved) {
        if (saved == null) {
            return;
        }
        endpointFilter.set(saved.endpoint() == null ? ALL_ENDPOINTS : saved.endpoint());
        Set<EventKind> shown = EnumSet.noneOf(EventKind.class);
        for (EventKind kind : EventKind.values()) {
            if (saved.kinds().stream().anyMatch(name -> name.equalsIgnoreCase(kind.name()))) {
                shown.add(kind);
            }
        }
        if (shown.isEmpty()) {
            shown = EnumSet.allOf(EventKind.class);
        }
        kinds.retainAll(shown);
        kinds.addAll(shown);
        direction.set(Arrays.stream(DirectionFilter.values())
                .filter(value -> value.name().equalsIgnoreCase(saved.direction())).findFirst()
                .orElse(DirectionFilter.ANY));
        text.set(saved.text() == null ? "" : saved.text());
        regex.set(saved.regex());
    }

    /** Applies the filter; an invalid regex keeps the last good filter and says why. */
    private void applyFilter() {
        try {
            LogFilter filter = filter();
            visible.setPredicate(filter.equals(LogFilter.ALL) ? null : filter.compile());
            filterError.set("");
        } catch (IllegalArgumentException e) {
            filterError.set(e.getMessage());
        }
    }

    /** Empties the panel (the engine's log and spill file keep everything). */
    public void clear() {
        rows.clear();
        pendingWhilePaused.set(0);
    }

    /** The events to show, filtered. */
    public ObservableList<NetEvent> visibleEvents() { return visible; }
    public ObservableList<String> endpoints() { return endpoints; }
    public ObjectProperty<String> endpointFilterProperty() { return endpointFilter; }
    /** The kinds shown; all at first. */
    public ObservableSet<EventKind> kinds() { return kinds; }
    public ObjectProperty<DirectionFilter> directionProperty() { return direction; }
    public StringProperty textProperty() { return text; }
    public BooleanProperty regexProperty() { return regex; }
    /** Why the search text is not a valid regular expression, or empty. */
    public ReadOnlyStringProperty filterErrorProperty() { return filterError.getReadOnlyProperty(); }
    /** The event whose details are shown. */
    public ObjectProperty<NetEvent> selectedProperty() { return selected; }
    /** Every event the panel holds (unfiltered), oldest first. */
    public List<NetEvent> allRows() { return List.copyOf(rows); }
    public BooleanProperty pausedProperty() { return paused; }
    public ReadOnlyIntegerProperty pendingWhilePausedProperty() { return pendingWhilePaused.getReadOnlyProperty(); }
}
