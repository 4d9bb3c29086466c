package dev.netplayground.ui.session;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javafx.beans.property.Property;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextInputControl;
import javafx.util.StringConverter;

/**
 * Every form's last values by control id: text fields and areas, check boxes, choice and combo
 * boxes. Puts the saved values back when a pane is built (before anything in it can run, so no
 * field a running endpoint locks is touched), then follows each change; values of panes not
 * built yet are kept as read. A field whose value is bound to something else, or that is not
 * editable, is an output and left alone. Choices are kept by enum name, else by their text.
 * FX thread only.
 */
final class FormMemory {
    private final Map<String, String> values;
    private final Runnable onChange;
    private final Set<Property<?>> followed = Collections.newSetFromMap(new IdentityHashMap<>());

    FormMemory(Map<String, String> saved, Runnable onChange) {
        this.values = new TreeMap<>(saved);
        this.onChange = onChange;
    }

    /** Restores the values of the form controls under {@code root}, then follows their changes. */
    void attach(Node root) {
        SceneWalk.visit(root, node -> {
            if (node.getId() != null) {
                switch (node) {
                    case TextInputControl text when text.isEditable() -> remember(node.getId(), text.textProperty());
                    case CheckBox check -> remember(node.getId(), check.selectedProperty());
                    case ChoiceBox<?> choice -> rememberChoice(choice);
                    case ComboBox<?> combo -> rememberChoice(combo);
                    default -> { }
                }
            }
        });
    }

    /** Every value, by control id. */
    Map<String, String> values() {
        return Map.copyOf(values);
    }

    private void remember(String id, Property<?> value) {
        if (value.isBound() || followed.contains(value)) {
            return;
        }
        String saved = values.get(id);
        if (saved != null) {
            setText(value, saved);
        }
        follow(id, value);
    }

    @SuppressWarnings("unchecked")
    private static void setText(Property<?> value, String saved) {
        if (value.getValue() instanceof Boolean) {
            ((Property<Boolean>) value).setValue(Boolean.parseBoolean(saved));
        } else {
            ((Property<String>) value).setValue(saved);
        }
    }

    private <T> void rememberChoice(ChoiceBox<T> choice) {
        rememberChoice(choice.getId(), choice.valueProperty(), choice.getItems(), null);
    }

    private <T> void rememberChoice(ComboBox<T> combo) {
        rememberChoice(combo.getId(), combo.valueProperty(), combo.getItems(),
                combo.isEditable() ? combo.getConverter() : null);
    }

    /** @param converter makes a value of typed text (an editable combo box), or null: only the items are chosen */
    private <T> void rememberChoice(String id, Property<T> value, ObservableList<T> items,
            StringConverter<T> converter) {
        if (value.isBound() || followed.contains(value)) {
            return;
        }
        String saved = values.get(id);
        if (saved != null) {
            T chosen = items.stream().filter(item -> saved.equals(key(item))).findFirst()
                    .orElseGet(() -> converter == null ? null : typed(converter, saved));
            if (chosen != null) {
                value.setValue(chosen);
            }
        }
        follow(id, value);
    }

    /** The value typed text stands for, or null when the converter refuses it. */
    private static <T> T typed(StringConverter<T> converter, String text) {
        try {
            return converter.fromString(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void follow(String id, Property<?> value) {
        followed.add(value);
        store(id, value.getValue());
        value.addListener((obs, was, now) -> {
            store(id, now);
            onChange.run();
        });
    }

    private void store(String id, Object value) {
        if (value == null) {
            values.remove(id);
        } else {
            values.put(id, key(value));
        }
    }

    private static String key(Object value) {
        return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
    }
}
