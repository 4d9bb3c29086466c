package dev.netplayground.ui.log;

import dev.netplayground.engine.event.Direction;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.NetEvent;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the log shows: filters that combine (all must match). Pure: {@link #compile} turns it
 * into a predicate, or says why the text is not a valid regular expression.
 *
 * @param endpoint  an endpoint id, or null for all
 * @param kinds     the kinds to show (all when it holds every kind)
 * @param direction a direction, or null for any
 * @param text      text to find in the peer, message or payload; empty for none
 * @param regex     whether {@code text} is a regular expression (else a case-insensitive substring)
 */
public record LogFilter(String endpoint, Set<EventKind> kinds, Direction direction, String text, boolean regex) {
    public static final LogFilter ALL = new LogFilter(null, EnumSet.allOf(EventKind.class), null, "", false);

    public LogFilter {
        kinds = kinds.isEmpty() ? EnumSet.noneOf(EventKind.class) : EnumSet.copyOf(kinds);
        text = text == null ? "" : text;
    }

    /**
     * @throws IllegalArgumentException when {@code regex} is on and the text does not compile;
     *     the message says where and why
     */
    public Predicate<NetEvent> compile() {
        Predicate<NetEvent> predicate = event -> true;
        if (endpoint != null) {
            predicate = predicate.and(event -> event.endpoint().equals(endpoint));
        }
        if (kinds.size() < EventKind.values().length) {
            Set<EventKind> shown = EnumSet.copyOf(kinds.isEmpty() ? EnumSet.noneOf(EventKind.class) : kinds);
            predicate = predicate.and(event -> shown.contains(event.kind()));
        }
        if (direction != null) {
            predicate = predicate.and(event -> event.direction() == direction);
        }
        if (!text.isEmpty()) {
            predicate = predicate.and(textMatcher());
        }
        return predicate;
    }

    private Predicate<NetEvent> textMatcher() {
        if (regex) {
            Pattern pattern;
            try {
                pattern = Pattern.compile(text);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("Invalid regular expression: " + e.getDescription()
                        + (e.getIndex() >= 0 ? " at position " + e.getIndex() : "") + ".");
            }
            return event -> pattern.matcher(searchable(event)).find();
        }
        String needle = text.toLowerCase(Locale.ROOT);
        return event -> searchable(event).toLowerCase(Locale.ROOT).contains(needle);
    }

    /** The text a search looks in: peer, message and payload preview. */
    static String searchable(NetEvent event) {
        return event.peer() + " " + event.message() + " " + event.payload().display();
    }
}
