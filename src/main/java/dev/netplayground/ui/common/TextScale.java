package dev.netplayground.ui.common;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The size of the window's text, in pixels: Ctrl+plus and Ctrl+minus change it, and every
 * control follows the root's font size (the themes and app.css size in em, fixed table rows too).
 * One per window; FX thread.
 */
public final class TextScale {
    public static final double DEFAULT = 14;
    public static final double MIN = 10;
    public static final double MAX = 24;

    private final DoubleProperty size = new SimpleDoubleProperty(DEFAULT);

    public DoubleProperty sizeProperty() {
        return size;
    }

    public void larger() {
        size.set(Math.min(MAX, size.get() + 1));
    }

    public void smaller() {
        size.set(Math.max(MIN, size.get() - 1));
    }

    public void reset() {
        size.set(DEFAULT);
    }

    /** The size relative to the default (1.0), as the session keeps it: to four decimals, enough for a pixel. */
    public double scale() {
        return Math.round(size.get() / DEFAULT * 10_000) / 10_000.0;
    }

    /** Sets the size relative to the default, to the nearest whole pixel from {@link #MIN} to {@link #MAX}. */
    public void setScale(double scale) {
        size.set(Math.clamp(Math.round(DEFAULT * scale), MIN, MAX));
    }
}
