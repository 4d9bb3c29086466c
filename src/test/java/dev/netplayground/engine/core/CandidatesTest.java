package dev.netplayground.engine.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidatesTest {
    @Test
    void saysWhichFamilyConnectedAndWhatFailedBeforeWhenTheNameHasBoth() throws UnknownHostException {
        InetAddress v6 = InetAddress.getByName("::1");
        InetAddress v4 = InetAddress.getByName("127.0.0.1");
        Candidates both = new Candidates("localhost", List.of(v6, v4));
        assertThat(both.whichConnected(v4, List.of("[::1]:5000 (Connection refused)")))
                .isEqualTo("; localhost is ::1 and 127.0.0.1, connected over IPv4 after [::1]:5000 "
                        + "(Connection refused) failed");
        assertThat(both.whichConnected(v6, List.of()))
                .isEqualTo("; localhost is ::1 and 127.0.0.1, connected over IPv6");
    }

    @Test
    void saysNothingWhenTheNameHasOneFamily() throws UnknownHostException {
        InetAddress v4 = InetAddress.getByName("127.0.0.1");
        assertThat(new Candidates("localhost", List.of(v4)).whichConnected(v4, List.of())).isEmpty();
    }
}
