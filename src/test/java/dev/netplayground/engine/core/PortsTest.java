package dev.netplayground.engine.core;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netplayground.engine.http.DataServerConfig;
import dev.netplayground.engine.load.LoadConfig;
import dev.netplayground.engine.udp.UdpReceiverConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PortsTest {
    @Test
    void listenPortsRunFromZeroTo65535() {
        assertThatCode(() -> Ports.requireListenPort(0)).doesNotThrowAnyException();
        assertThatCode(() -> Ports.requireListenPort(65535)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Ports.requireListenPort(65536))
                .hasMessage("Port must be from 0 to 65535, not 65536.");
        assertThatThrownBy(() -> Ports.requireListenPort(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void targetPortsStartAtOne() {
        assertThatCode(() -> Ports.requireTargetPort(1)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Ports.requireTargetPort(0)).hasMessage("Port must be from 1 to 65535, not 0.");
    }

    @Test
    void configsRefuseAPortOutOfRange() {
        assertThatThrownBy(() -> DataServerConfig.defaults(70000)).hasMessageContaining("not 70000");
        assertThatThrownBy(() -> UdpReceiverConfig.defaults(-1)).hasMessageContaining("not -1");
        assertThatThrownBy(() -> LoadConfig.of("127.0.0.1", 0, 1, Duration.ofSeconds(1)))
                .hasMessageContaining("not 0");
    }
}
