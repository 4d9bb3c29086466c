package dev.netplayground.engine.reply;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The reply rules of one running endpoint, checked in order against each message: the first
 * that matches answers. Counts the replies for {@code {{seq}}}. Thread-safe.
 */
public final class ReplyRules {
    private final List<ReplyRule> rules;
    private final List<Predicate<byte[]>> tests;
    private final List<ReplyTemplate> templates;
    private final AtomicLong replies = new AtomicLong();

    public ReplyRules(List<ReplyRule> rules) {
        this.rules = List.copyOf(rules);
        this.tests = this.rules.stream().map(ReplyRule::test).toList();
        this.templates = this.rules.stream().map(ReplyRule::template).toList();
    }

    /** A reply to send: its bytes (before any framing), the rule that made it, and a note for the log. */
    public record Reply(byte[] bytes, ReplyRule rule, int ruleNumber) {
        /** What the sent event says, e.g. {@code reply of rule 1 (equals "PING")}. */
        public String note() {
            return "reply of rule " + ruleNumber + " (" + rule.describe() + ")"
                    + (rule.delayMillis() > 0 ? ", " + rule.delayMillis() + " ms after the message" : "");
        }
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** The reply of the first rule that matches {@code payload}, or null when none does. */
    public Reply answer(byte[] payload) {
        for (int i = 0; i < rules.size(); i++) {
            if (tests.get(i).test(payload)) {
                Instant now = Instant.now();
                ReplyTemplate.Context context = new ReplyTemplate.Context(payload, replies.incrementAndGet(),
                        LocalDateTime.ofInstant(now, ZoneId.systemDefault()), now.getEpochSecond(),
                        ThreadLocalRandom.current().nextInt(65536));
                return new Reply(templates.get(i).render(context), rules.get(i), i + 1);
            }
        }
        return null;
    }
}
