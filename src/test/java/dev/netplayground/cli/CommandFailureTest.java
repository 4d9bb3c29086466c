package dev.netplayground.cli;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandFailureTest {
    @Test
    void aFailureWithoutAReasonIsRefusedAsTheBugItIs() {
        assertThatThrownBy(() -> new CommandFailure(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a command failed without saying why");
        assertThatThrownBy(() -> new CommandFailure(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
