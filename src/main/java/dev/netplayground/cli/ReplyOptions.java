package dev.netplayground.cli;

import dev.netplayground.engine.reply.ReplyRule;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --reply} and {@code --reply-delay}: the rules a serving command answers by, like a device. */
final class ReplyOptions {
    @Option(names = "--reply", converter = Converters.ReplySpec.class, paramLabel = "MATCH=>REPLY",
            description = {"Answer a message that matches, checked in order (repeatable; a message a rule "
                    + "answers is not echoed). MATCH is text the message equals (escapes such as \\r\\n allowed), "
                    + "hex:BYTES, or re:REGEX found in its text; REPLY is text with escapes or hex:BYTES, with "
                    + "the macros {{echo}}, {{seq}}, {{date}}, {{time}}, {{unixtime}} and {{random}}. "
                    + "Example: --reply 'PING=>PONG {{seq}}'."})
    List<ReplyRule> rules = new ArrayList<>();

    @Option(names = "--reply-delay", defaultValue = "0", converter = Converters.ReplyDelayMillis.class,
            paramLabel = "MS", description = "Wait this long before each reply, in ms (default: ${DEFAULT-VALUE}).")
    int delayMillis;

    List<ReplyRule> rules() {
        return rules.stream().map(rule -> rule.withDelay(delayMillis)).toList();
    }
}
