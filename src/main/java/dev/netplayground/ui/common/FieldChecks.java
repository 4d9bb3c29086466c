package dev.netplayground.ui.common;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;

/**
 * Which form field a pane's error line is about. A view model parses each field through
 * {@link #parse}; a refused value marks its field (the view shows the mark with
 * {@link Forms#showInvalid}), and as soon as that field holds a value that parses, the mark and
 * the error it caused are cleared, without waiting for the next Start or Send. The mark lasts
 * only while its error is the one shown. FX thread only.
 */
public final class FieldChecks {
    private final ObservableStringValue errorShown;
    private final Consumer<String> setError;
    private final ObjectProperty<ObservableStringValue> invalid = new SimpleObjectProperty<>();
    private final ChangeListener<String> recheck = (obs, old, now) -> recheck();
    private Function<String, ?> invalidParser;
    private String invalidMessage;

    /**
     * @param errorShown the pane's error line
     * @param setError   sets it (an empty text hides it)
     */
    public FieldChecks(ObservableStringValue errorShown, Consumer<String> setError) {
        this.errorShown = errorShown;
        this.setError = setError;
        errorShown.addListener((obs, old, now) -> {
            if (invalid.get() != null && !Objects.equals(now, invalidMessage)) {
                unmark();
            }
        });
    }

    /**
     * The field's value parsed. When {@code parser} refuses it (with an
     * {@link IllegalArgumentException} whose message says why), marks the field and rethrows.
     */
    public <T> T parse(ObservableStringValue field, Function<String, T> parser) {
        try {
            T value = parser.apply(field.get());
            if (invalid.get() == field) {
                unmark();
            }
            return value;
        } catch (IllegalArgumentException e) {
            unmark();
            invalidParser = parser;
            invalidMessage = e.getMessage();
            invalid.set(field);
            field.addListener(recheck);
            throw e;
        }
    }

    /** True while {@code field} holds the refused value the error line is about. */
    public BooleanBinding invalid(ObservableStringValue field) {
        // Not invalid.isEqualTo(field): that overload would compare the field's text.
        return Bindings.createBooleanBinding(() -> invalid.get() == field, invalid);
    }

    private void recheck() {
        ObservableStringValue field = invalid.get();
        try {
            invalidParser.apply(field.get());
        } catch (IllegalArgumentException stillRefused) {
            return;
        }
        String message = invalidMessage;
        unmark();
        if (Objects.equals(errorShown.get(), message)) {
            setError.accept("");
        }
    }

    private void unmark() {
        ObservableStringValue field = invalid.get();
        if (field != null) {
            field.removeListener(recheck);
        }
        invalid.set(null);
        invalidParser = null;
        invalidMessage = null;
    }
}
