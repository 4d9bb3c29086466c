package dev.netplayground.engine.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.UnsupportedAddressTypeException;
import org.junit.jupiter.api.Test;

class NetErrorsTest {
    @Test
    void aReasonIsNeverBlankEvenWhenTheExceptionSaysNothing() {
        assertThat(NetErrors.reason(new UnsupportedAddressTypeException())).isEqualTo("unsupported address type");
        assertThat(NetErrors.reason(new IOException(" "))).isEqualTo("io");
        assertThat(NetErrors.reason(new IOException(null, new IOException("inner")))).isEqualTo("inner");
    }

    @Test
    void anIpv6HostIsWrittenInBracketsInEverySentence() {
        assertThat(NetErrors.connectFailure(new IOException("boom"), "::1", 5000, 10))
                .isEqualTo("Cannot connect to [::1]:5000: boom");
    }
}
