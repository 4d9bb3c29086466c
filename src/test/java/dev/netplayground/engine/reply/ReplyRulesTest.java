package dev.netplayground.engine.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netplayground.engine.codec.TextCodec;
import dev.netplayground.engine.reply.ReplyRule.Match;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyRulesTest {
    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String answer(ReplyRules rules, String message) {
        ReplyRules.Reply reply = rules.answer(utf8(message));
        return reply == null ? null : new String(reply.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void theFirstRuleThatMatchesAnswersInTheirOrder() {
        ReplyRules rules = new ReplyRules(List.of(
                ReplyRule.of("PING", "PONG"),
                new ReplyRule(Match.STARTS_WITH, false, "GET ", false, "200", 0),
                new ReplyRule(Match.CONTAINS, false, "ING", false, "contains", 0),
                new ReplyRule(Match.REGEX, false, "^[0-9]+$", false, "number", 0)));
        assertThat(answer(rules, "PING")).isEqualTo("PONG");
        assertThat(answer(rules, "GET /")).isEqualTo("200");
        assertThat(answer(rules, "RING")).isEqualTo("contains");
        assertThat(answer(rules, "42")).isEqualTo("number");
        assertThat(answer(rules, "PINGS")).isEqualTo("contains");
        assertThat(answer(rules, "other")).isNull();
        assertThat(answer(rules, "a GET /")).as("contains, does not start with").isNull();
        assertThat(rules.answer(utf8("PING")).ruleNumber()).isEqualTo(1);
        assertThat(rules.answer(utf8("RING")).note()).isEqualTo("reply of rule 3 (contains \"ING\")");
    }

    @Test
    void hexRulesCompareBytesAndAHexRegexRunsOnTheMessagesHex() {
        ReplyRules rules = new ReplyRules(List.of(
                new ReplyRule(Match.EQUALS, true, "01 03", true, "81", 0),
                new ReplyRule(Match.STARTS_WITH, true, "0x02", true, "82", 0),
                new ReplyRule(Match.CONTAINS, true, "FF00", true, "83", 0),
                new ReplyRule(Match.REGEX, true, "^04 .. 05$", true, "84", 0)));
        assertThat(TextCodec.toHex(rules.answer(new byte[] {1, 3}).bytes())).isEqualTo("81");
        assertThat(TextCodec.toHex(rules.answer(new byte[] {2, 9, 9}).bytes())).isEqualTo("82");
        assertThat(TextCodec.toHex(rules.answer(new byte[] {7, (byte) 0xFF, 0, 7}).bytes())).isEqualTo("83");
        assertThat(TextCodec.toHex(rules.answer(new byte[] {4, 0x7E, 5}).bytes())).isEqualTo("84");
        assertThat(rules.answer(new byte[] {1, 3, 0})).isNull();
        assertThat(rules.answer(new byte[] {9, 2})).as("contains, does not start with").isNull();
    }

    @Test
    void macrosAreFilledInWhenTheReplyIsMade() {
        ReplyRules rules = new ReplyRules(List.of(ReplyRule.of("x",
                "{{echo}}|{{seq}}|{{SEQ}}|{{date}}|{{time}}|{{unixtime}}|{{random}}\\r\\n")));
        long before = Instant.now().getEpochSecond();
        String first = answer(rules, "x");
        long after = Instant.now().getEpochSecond();
        String second = answer(rules, "x");

        assertThat(first).matches("x\\|1\\|1\\|\\d{4}-\\d\\d-\\d\\d\\|\\d\\d:\\d\\d:\\d\\d\\|\\d+\\|\\d+\\r\\n");
        String[] parts = first.trim().split("\\|");
        assertThat(Long.parseLong(parts[5])).isBetween(before, after);
        assertThat(Integer.parseInt(parts[6])).isBetween(0, 65535);
        assertThat(second.split("\\|")[1]).as("the second reply's {{seq}}").isEqualTo("2");
    }

    @Test
    void aHexReplyTakesMacrosBetweenItsBytes() {
        ReplyRules rules = new ReplyRules(List.of(new ReplyRule(Match.EQUALS, true, "AA", true, "01 {{echo}} 02", 0)));
        assertThat(TextCodec.toHex(rules.answer(new byte[] {(byte) 0xAA}).bytes())).isEqualTo("01 AA 02");
    }

    @Test
    void readsTheCommandLinesForm() {
        assertThat(ReplyRule.parse("PING=>PONG", 0)).isEqualTo(ReplyRule.of("PING", "PONG"));
        assertThat(ReplyRule.parse("hex:01 02=>hex:03 {{echo}}", 250))
                .isEqualTo(new ReplyRule(Match.EQUALS, true, "01 02", true, "03 {{echo}}", 250));
        assertThat(ReplyRule.parse("re:^GET (.*)=>OK=>", 0))
                .isEqualTo(new ReplyRule(Match.REGEX, false, "^GET (.*)", false, "OK=>", 0));
        assertThat(ReplyRule.parse("=>", 0)).isEqualTo(ReplyRule.of("", ""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "PING|A reply rule is MATCH=>REPLY, as in PING=>PONG; '=>' is missing.",
        "re:(=>x|The regular expression '(' is not valid: unclosed group near position 1.",
        "hex:0G=>x|'G' is not a hex digit; use 0-9 and A-F.",
        "x=>{{when}}|{{when}} is not a macro (the macros are {{echo}}, {{seq}}, {{date}}, {{time}}, {{unixtime}} "
                + "and {{random}}).",
        "x=>\\q|Unknown escape \\q at position 1; use \\n, \\r, \\t, \\0, \\\\, \\xHH or \\uHHHH.",
    })
    void aBadRuleSaysWhatIsWrong(String text, String sentence) {
        assertThatThrownBy(() -> ReplyRule.parse(text, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(sentence);
    }

    @Test
    void anEmptyPatternThatWouldMatchEverythingIsRefusedExceptForEquals() {
        assertThatThrownBy(() -> new ReplyRule(Match.CONTAINS, false, "", false, "x", 0))
                .hasMessageStartingWith("An empty pattern would match every message");
        assertThatThrownBy(() -> ReplyRule.of("x", "y").withDelay(600_001))
                .hasMessage("A reply's delay must be from 0 to 600000 ms, not 600001.");
    }
}
