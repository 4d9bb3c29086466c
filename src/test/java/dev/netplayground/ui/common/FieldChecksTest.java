package dev.netplayground.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/** The error line and the field it is about, without a window (properties need no toolkit). */
class FieldChecksTest {
    private final StringProperty error = new SimpleStringProperty("");
    private final FieldChecks checks = new FieldChecks(error, error::set);
    private final StringProperty port = new SimpleStringProperty("abc");
    private final StringProperty count = new SimpleStringProperty("1");
    private final BooleanBinding portInvalid = checks.invalid(port);
    private final BooleanBinding countInvalid = checks.invalid(count);

    /** Parses as a view model's Start does: every field, the error line set on the first refusal. */
    private void start() {
        try {
            checks.parse(port, text -> Inputs.port(text, true));
            checks.parse(count, text -> Inputs.intInRange(text, "Count", 1, 10));
            error.set("");
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    @Test
    void aRefusedValueMarksItsFieldOnly() {
        start();
        assertThat(error.get()).contains("'abc' is not a number");
        assertThat(portInvalid.get()).isTrue();
        assertThat(countInvalid.get()).isFalse();
    }

    @Test
    void fixingTheFieldClearsTheMarkAndTheErrorAtOnce() {
        start();
        port.set("12");
        assertThat(portInvalid.get()).isFalse();
        assertThat(error.get()).isEmpty();
    }

    @Test
    void anotherWrongValueKeepsTheMarkAndTheError() {
        start();
        port.set("70000");
        assertThat(portInvalid.get()).isTrue();
        assertThat(error.get()).contains("'abc'");
    }

    @Test
    void aLaterErrorOfAnotherKindTakesTheMarkAwayAndIsNotClearedByTheField() {
        start();
        error.set("Address already in use");
        assertThat(portInvalid.get()).isFalse();
        port.set("12");
        assertThat(error.get()).isEqualTo("Address already in use");
    }

    @Test
    void theMarkMovesToTheNextRefusedField() {
        start();
        port.set("12");
        count.set("0");
        start();
        assertThat(portInvalid.get()).isFalse();
        assertThat(countInvalid.get()).isTrue();
        assertThatThrownBy(() -> checks.parse(count, text -> Inputs.intInRange(text, "Count", 1, 10)))
                .hasMessageContaining("Count must be from 1 to 10");
    }
}
