package dev.netplayground.ui.tcp;

import dev.netplayground.ui.common.FieldChecks;
import dev.netplayground.ui.common.Forms;
import dev.netplayground.ui.common.FramingChoice;
import dev.netplayground.ui.common.FramingKind;
import dev.netplayground.ui.common.LengthHeader;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;

/**
 * A framing's kind and, beside it, the parameters of that kind only: the delimiter's hex, the
 * fixed size, or the length header's size and byte order and whether it counts itself. Ids start
 * with the pane's prefix, as {@code tcpServerFraming}.
 */
final class FramingFields extends FlowPane {
    private static final double WRAP_WIDTH = 360;

    private final ChoiceBox<FramingKind> kind = Forms.choices("Framing", FramingKind.values());
    private final TextField delimiter = new TextField();
    private final TextField fixedSize = new TextField();
    private final ChoiceBox<LengthHeader> lengthHeader = Forms.choices("Length header", LengthHeader.values());
    private final CheckBox countsHeader = new CheckBox("counts itself");

    FramingFields(String idPrefix, FramingChoice choice, FieldChecks checks, ObservableBooleanValue locked) {
        super(6, 6);
        // Wraps the length header's choices under the kind rather than widening the pane past the window.
        setPrefWrapLength(WRAP_WIDTH);
        kind.setId(idPrefix + "Framing");
        delimiter.setId(idPrefix + "FramingDelimiter");
        Forms.prompt(delimiter, "hex, e.g. 0D 0A");
        delimiter.setPrefColumnCount(8);
        fixedSize.setId(idPrefix + "FramingSize");
        Forms.prompt(fixedSize, "bytes");
        fixedSize.setPrefColumnCount(5);
        lengthHeader.setId(idPrefix + "FramingHeader");
        countsHeader.setId(idPrefix + "FramingCountsHeader");
        setAlignment(Pos.CENTER_LEFT);
        setRowValignment(VPos.CENTER);
        getChildren().setAll(kind, delimiter, fixedSize, lengthHeader, countsHeader);

        kind.valueProperty().bindBidirectional(choice.kindProperty());
        Forms.bindChecked(delimiter, choice.delimiterProperty(), checks);
        Forms.bindChecked(fixedSize, choice.fixedSizeProperty(), checks);
        lengthHeader.valueProperty().bindBidirectional(choice.lengthHeaderProperty());
        countsHeader.selectedProperty().bindBidirectional(choice.countsHeaderProperty());
        showFor(FramingKind.DELIMITER, delimiter);
        showFor(FramingKind.FIXED, fixedSize);
        showFor(FramingKind.LENGTH, lengthHeader, countsHeader);
        Forms.disableWhile(locked, getChildren().toArray(Node[]::new));
    }

    private void showFor(FramingKind shown, Node... fields) {
        for (Node field : fields) {
            field.visibleProperty().bind(kind.valueProperty().isEqualTo(shown));
            field.managedProperty().bind(field.visibleProperty());
        }
    }
}
