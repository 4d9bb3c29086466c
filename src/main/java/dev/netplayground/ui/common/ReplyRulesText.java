package dev.netplayground.ui.common;

import dev.netplayground.engine.reply.ReplyRule;
import java.util.ArrayList;
import java.util.List;

/** Reply rules written one per line, as the command line's {@code --reply} takes them: {@code MATCH=>REPLY}. */
public final class ReplyRulesText {
    private ReplyRulesText() {}

    /**
     * The rules of the non-blank lines, in order.
     *
     * @throws IllegalArgumentException naming the line and what is wrong with it
     */
    public static List<ReplyRule> parse(String text) {
        List<ReplyRule> rules = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank()) {
                continue;
            }
            try {
                rules.add(ReplyRule.parse(line, 0));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Reply rule on line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return rules;
    }
}
