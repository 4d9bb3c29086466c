package dev.netplayground.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextArea;

/**
 * A server's reply rules: a "Reply by rules" switch and, shown only while it is on (a pane has no
 * height to spare at 1366x768), a box of rules one per line as {@code --reply} takes them. Ids start
 * with the pane's prefix: {@code tcpServerReplies}, {@code tcpServerReplyRules}. FX thread.
 */
public final class ReplyRulesFields {
    private final CheckBox enabled = new CheckBox("Reply by rules");
    private final TextArea rules = new TextArea();

    /**
     * @param answersWhat how the reply is sent, for the switch's tooltip (e.g. "framed as the server's framing says")
     */
    public ReplyRulesFields(String idPrefix, String answersWhat, BooleanProperty on, StringProperty text,
            FieldChecks checks, ObservableBooleanValue locked) {
        enabled.setId(idPrefix + "Replies");
        LazyTooltip.install(enabled, "Answer like a device: the first rule that matches a message replies to it, "
                + answersWhat + ", instead of the echo.");
        rules.setId(idPrefix + "ReplyRules");
        rules.setPrefRowCount(3);
        rules.setWrapText(true);
        rules.setPromptText("One rule per line, MATCH=>REPLY, as in PING=>PONG {{seq}}. MATCH: text it equals, "
                + "hex:BYTES, or re:REGEX. REPLY: text with escapes or hex:BYTES; macros {{echo}} {{seq}} {{date}} "
                + "{{time}} {{unixtime}} {{random}}.");
        rules.visibleProperty().bind(enabled.selectedProperty());
        rules.managedProperty().bind(rules.visibleProperty());
        enabled.selectedProperty().bindBidirectional(on);
        Forms.bindChecked(rules, text, checks);
        enabled.disableProperty().bind(locked);
        rules.disableProperty().bind(locked);
    }

    /** The switch, for the pane's row of options. */
    public CheckBox toggle() {
        return enabled;
    }

    /** The rules box, for a row of its own under the options. */
    public TextArea box() {
        return rules;
    }
}
