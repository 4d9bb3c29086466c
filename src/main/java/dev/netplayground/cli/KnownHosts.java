package dev.netplayground.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Client commands look their host up before starting anything, so an unknown one is said once, in words. */
final class KnownHosts {
    private KnownHosts() {}

    /** @throws CommandFailure when {@code host} does not resolve */
    static void require(String host) {
        try {
            InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new CommandFailure("unknown host " + host
                    + ": check the spelling, or use an IP address such as 127.0.0.1.");
        }
    }
}
