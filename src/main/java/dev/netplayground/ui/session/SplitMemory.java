package dev.netplayground.ui.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * Split positions by split pane id ({@code id} for the first divider, {@code id#2} for a second):
 * puts the saved ones back as each split appears, follows the user's moves, and remembers each
 * split's first positions for Reset layout. Positions of splits not built yet are kept as read.
 * FX thread only.
 */
final class SplitMemory {
    private final Map<String, Double> saved;
    private final Runnable onChange;
    private final Map<SplitPane, double[]> defaults = new LinkedHashMap<>();

    SplitMemory(Map<String, Double> saved, Runnable onChange) {
        this.saved = new TreeMap<>(saved);
        this.onChange = onChange;
    }

    /** Restores and follows every split pane with an id under {@code root} that was not seen yet. */
    void attach(Node root) {
        List<SplitPane> found = new ArrayList<>();
        SceneWalk.visit(root, node -> {
            if (node instanceof SplitPane split && split.getId() != null && !defaults.containsKey(split)) {
                found.add(split);
            }
        });
        for (SplitPane split : found) {
            defaults.put(split, split.getDividerPositions());
            List<SplitPane.Divider> dividers = split.getDividers();
            for (int i = 0; i < dividers.size(); i++) {
                Double position = saved.get(key(split, i));
                if (position != null && position >= 0 && position <= 1) {
                    dividers.get(i).setPosition(position);
                }
                dividers.get(i).positionProperty().addListener((obs, was, now) -> onChange.run());
            }
        }
    }

    /** Every position, to four decimals (finer than a pixel), so the file stays readable. */
    Map<String, Double> positions() {
        Map<String, Double> all = new TreeMap<>(saved);
        defaults.keySet().forEach(split -> {
            List<SplitPane.Divider> dividers = split.getDividers();
            for (int i = 0; i < dividers.size(); i++) {
                all.put(key(split, i), Math.round(dividers.get(i).getPosition() * 10_000) / 10_000.0);
            }
        });
        return all;
    }

    /** Puts every split back where it started; splits not built yet will start there too. */
    void reset() {
        saved.clear();
        defaults.forEach(SplitPane::setDividerPositions);
    }

    private static String key(SplitPane split, int divider) {
        return divider == 0 ? split.getId() : split.getId() + "#" + (divider + 1);
    }
}
