package dev.netplayground.ui.conditions;

import dev.netplayground.engine.proxy.TcpConditions;
import dev.netplayground.engine.proxy.UdpConditions;
import dev.netplayground.ui.common.FieldChecks;
import dev.netplayground.ui.common.Inputs;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The condition fields of the Conditions tab, as text a person typed, and how they read as TCP
 * or UDP conditions. A refused value marks its field and throws, saying why. FX thread only.
 */
public final class ConditionsForm {
    private static final int MAX_MILLIS = 600_000;

    private final StringProperty latency = new SimpleStringProperty("0");
    private final StringProperty jitter = new SimpleStringProperty("0");
    private final StringProperty bandwidth = new SimpleStringProperty("0");
    private final StringProperty slice = new SimpleStringProperty("0");
    private final StringProperty sliceDelay = new SimpleStringProperty("0");
    private final BooleanProperty stall = new SimpleBooleanProperty();
    private final StringProperty resetAfter = new SimpleStringProperty("0");
    private final StringProperty cutAfterMillis = new SimpleStringProperty("0");
    private final BooleanProperty reset = new SimpleBooleanProperty(true);
    private final StringProperty loss = new SimpleStringProperty("0");
    private final StringProperty burst = new SimpleStringProperty("1");
    private final StringProperty duplicate = new SimpleStringProperty("0");
    private final StringProperty reorder = new SimpleStringProperty("0");

    TcpConditions tcp(FieldChecks checks) {
        int latencyMillis = millis(checks, latency, "Latency (ms)");
        int jitterMillis = millis(checks, jitter, "Jitter (ms)");
        int kbps = checks.parse(bandwidth, text -> Inputs.intInRange(text, "Bandwidth (kB/s, 0: unlimited)", 0,
                10_000_000));
        int sliceBytes = checks.parse(slice, text -> Inputs.intInRange(text, "Slice (bytes, 0: none)", 0,
                1_000_000));
        int sliceDelayMillis = millis(checks, sliceDelay, "Slice delay (ms)");
        int cutBytes = checks.parse(resetAfter, text -> Inputs.intInRange(text, "Cut after (bytes, 0: never)", 0,
                Integer.MAX_VALUE));
        int cutMillis = checks.parse(cutAfterMillis, text -> Inputs.intInRange(text, "Cut after (ms, 0: never)", 0,
                Integer.MAX_VALUE));
        return checks.parse(jitter, text -> new TcpConditions(latencyMillis, jitterMillis, kbps, sliceBytes,
                sliceDelayMillis, stall.get(), cutBytes, cutMillis, reset.get()));
    }

    UdpConditions udp(FieldChecks checks) {
        int latencyMillis = millis(checks, latency, "Latency (ms)");
        int jitterMillis = millis(checks, jitter, "Jitter (ms)");
        double lossPercent = checks.parse(loss, text -> percent(text, "Loss"));
        int burstLength = checks.parse(burst, text -> Inputs.intInRange(text, "Burst (datagrams)", 1, 1000));
        double duplicatePercent = checks.parse(duplicate, text -> percent(text, "Duplicate"));
        double reorderPercent = checks.parse(reorder, text -> percent(text, "Reorder"));
        return checks.parse(jitter, text -> new UdpConditions(latencyMillis, jitterMillis, lossPercent, burstLength,
                duplicatePercent, reorderPercent));
    }

    private static int millis(FieldChecks checks, StringProperty field, String name) {
        return checks.parse(field, text -> Inputs.intInRange(text, name, 0, MAX_MILLIS));
    }

    /** A percentage from 0 to 100, decimals allowed. */
    static double percent(String text, String name) {
        String trimmed = text == null ? "" : text.trim();
        String expected = name + " must be a percentage from 0 to 100, such as 5 or 0.5";
        if (!trimmed.matches("[0-9]{1,3}(\\.[0-9]{1,9})?")) {
            throw new IllegalArgumentException(expected + ".");
        }
        double value = Double.parseDouble(trimmed);
        if (value > 100) {
            throw new IllegalArgumentException(expected + ", not " + trimmed + ".");
        }
        return value;
    }

    public StringProperty latencyProperty() { return latency; }
    public StringProperty jitterProperty() { return jitter; }
    public StringProperty bandwidthProperty() { return bandwidth; }
    public StringProperty sliceProperty() { return slice; }
    public StringProperty sliceDelayProperty() { return sliceDelay; }
    public BooleanProperty stallProperty() { return stall; }
    public StringProperty resetAfterProperty() { return resetAfter; }
    public StringProperty cutAfterMillisProperty() { return cutAfterMillis; }
    public BooleanProperty resetProperty() { return reset; }
    public StringProperty lossProperty() { return loss; }
    public StringProperty burstProperty() { return burst; }
    public StringProperty duplicateProperty() { return duplicate; }
    public StringProperty reorderProperty() { return reorder; }
}
