package dev.netplayground.ui.common;

import dev.netplayground.engine.codec.Framing;
import dev.netplayground.engine.codec.TextCodec;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The framing a TCP pane's form describes: a kind and its parameters. FX thread only. */
public final class FramingChoice {
    private final ObjectProperty<FramingKind> kind = new SimpleObjectProperty<>(FramingKind.LINE);
    private final StringProperty delimiter = new SimpleStringProperty("0D 0A");
    private final StringProperty fixedSize = new SimpleStringProperty("8");
    private final ObjectProperty<LengthHeader> lengthHeader = new SimpleObjectProperty<>(LengthHeader.TWO);
    private final BooleanProperty countsHeader = new SimpleBooleanProperty();

    /** The framing; a refused delimiter or size marks its field through {@code checks} and throws, saying why. */
    public Framing read(FieldChecks checks) {
        return switch (kind.get()) {
            case LINE -> Framing.LINE;
            case RAW -> Framing.RAW;
            case DELIMITER -> checks.parse(delimiter, text -> new Framing.Delimiter(TextCodec.parseHex(text)));
            case FIXED -> checks.parse(fixedSize, text -> new Framing.Fixed(
                    Inputs.intInRange(text, "Fixed size (bytes)", 1, Framing.MAX_MESSAGE_BYTES)));
            case LENGTH -> new Framing.LengthPrefixed(lengthHeader.get().bytes(), lengthHeader.get().littleEndian(),
                    countsHeader.get());
        };
    }

    /** Shows {@code framing} in the form: its kind and that kind's parameters. */
    public void set(Framing framing) {
        switch (framing) {
            case Framing.Line line -> kind.set(FramingKind.LINE);
            case Framing.Raw raw -> kind.set(FramingKind.RAW);
            case Framing.Delimiter cut -> {
                delimiter.set(TextCodec.toHex(cut.delimiter()));
                kind.set(FramingKind.DELIMITER);
            }
            case Framing.Fixed fixed -> {
                fixedSize.set(String.valueOf(fixed.size()));
                kind.set(FramingKind.FIXED);
            }
            case Framing.LengthPrefixed length -> {
                lengthHeader.set(LengthHeader.of(length.headerBytes(), length.littleEndian()));
                countsHeader.set(length.countsHeader());
                kind.set(FramingKind.LENGTH);
            }
        }
    }

    public ObjectProperty<FramingKind> kindProperty() { return kind; }
    public StringProperty delimiterProperty() { return delimiter; }
    public StringProperty fixedSizeProperty() { return fixedSize; }
    public ObjectProperty<LengthHeader> lengthHeaderProperty() { return lengthHeader; }
    public BooleanProperty countsHeaderProperty() { return countsHeader; }
}
