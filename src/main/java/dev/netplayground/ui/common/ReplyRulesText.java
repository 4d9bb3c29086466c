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

    /**
     * The rules one per line, as {@link #parse} reads them back.
     *
     * @throws IllegalArgumentException for a rule the box cannot write (contains, starts with, a delay)
     */
    public static String format(List<ReplyRule> rules) {
        StringBuilder text = new StringBuilder();
        for (ReplyRule rule : rules) {
            String match = switch (rule.match()) {
                case EQUALS -> (rule.patternHex() ? "hex:" : "") + rule.pattern();
                case REGEX -> "re:" + rule.pattern();
                default -> throw new IllegalArgumentException("The rule '" + rule.describe() + "' cannot be written "
                        + "in the reply rules box, which takes equals and re: rules; edit the file instead.");
            };
            if (rule.delayMillis() > 0) {
                throw new IllegalArgumentException("The rule '" + rule.describe() + "' waits " + rule.delayMillis()
                        + " ms, which the reply rules box cannot say; edit the file instead.");
            }
            text.append(text.isEmpty() ? "" : "\n").append(match).append("=>")
                    .append(rule.replyHex() ? "hex:" : "").append(rule.reply());
        }
        return text.toString();
    }
}
