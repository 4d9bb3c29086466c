package dev.netplayground.engine.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class AddressesTest {
    @Test
    void writesIpv6InItsShortFormInBrackets() throws UnknownHostException {
        assertThat(format("::1", 5000)).isEqualTo("[::1]:5000");
        assertThat(format("::", 80)).isEqualTo("[::]:80");
        assertThat(format("2001:db8:0:0:1:0:0:1", 1)).isEqualTo("[2001:db8::1:0:0:1]:1");
        assertThat(format("2001:0db8:0000:0001:0000:0000:0000:0abc", 1)).isEqualTo("[2001:db8:0:1::abc]:1");
        assertThat(format("fd00:0:1:0:1:0:1:0", 1)).isEqualTo("[fd00:0:1:0:1:0:1:0]:1");
        assertThat(format("1::", 1)).isEqualTo("[1::]:1");
    }

    @Test
    void keepsIpv4AsItIsAndTheScopeOfALinkLocalAddress() throws UnknownHostException {
        assertThat(format("127.0.0.1", 5000)).isEqualTo("127.0.0.1:5000");
        assertThat(format("fe80::1%3", 7)).isEqualTo("[fe80::1%3]:7");
    }

    private static String format(String address, int port) throws UnknownHostException {
        return Addresses.format(new InetSocketAddress(InetAddress.getByName(address), port));
    }
}
