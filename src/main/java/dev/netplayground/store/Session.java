package dev.netplayground.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the window restores at the next start. Every field may be missing in the file; missing
 * means the window's default.
 *
 * @param window      size, position and maximized state, or null
 * @param dividers    split pane positions (0 to 1) by the split pane's id
 * @param selectedTab the selected tab's id, or null
 * @param theme       the theme's name, or null
 * @param textScale   text size relative to the default (1.0)
 * @param forms       every form's last values, by control id
 * @param httpHistory requests sent from the HTTP tab, oldest first, at most {@value #MAX_HTTP_HISTORY}
 * @param logFilters  the log's filters, or null
 * @param workspace   the workspace folder opened last (File → Open workspace), or null for the default
 */
public record Session(
        WindowGeometry window,
        Map<String, Double> dividers,
        String selectedTab,
        String theme,
        Double textScale,
        Map<String, String> forms,
        List<HttpHistoryEntry> httpHistory,
        LogFilters logFilters,
        String workspace) {
    public static final int MAX_HTTP_HISTORY = 100;
    public static final Session EMPTY = new Session(null, Map.of(), null, null, 1.0, Map.of(), List.of(), null,
            null);

    public Session {
        dividers = dividers == null ? Map.of() : new TreeMap<>(dividers);
        forms = forms == null ? Map.of() : new TreeMap<>(forms);
        httpHistory = httpHistory == null ? List.of()
                : List.copyOf(httpHistory.subList(Math.max(0, httpHistory.size() - MAX_HTTP_HISTORY),
                        httpHistory.size()));
        textScale = textScale != null && textScale > 0 ? textScale : 1.0;
    }

    /** Where the window was; x and y are its top-left corner on the desktop. */
    public record WindowGeometry(
            @JsonProperty(required = true) double x,
            @JsonProperty(required = true) double y,
            @JsonProperty(required = true) double width,
            @JsonProperty(required = true) double height,
            @JsonProperty(required = true) boolean maximized) {}

    /** A request the HTTP tab sent, when (ISO-8601), and how it was answered. */
    public record HttpHistoryEntry(String time, HttpRequestItem request, String outcome) {}

    /** The log's filters as the window names them: endpoint id, event kinds, direction, search text. */
    public record LogFilters(String endpoint, List<String> kinds, String direction, String text, Boolean regex) {
        public LogFilters {
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
            regex = regex != null && regex;
        }
    }
}
