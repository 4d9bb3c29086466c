package dev.netplayground.engine.core;

import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;
import java.util.Locale;

/** Turns socket exceptions into sentences that say what went wrong and what to do. */
public final class NetErrors {
    private NetErrors() {}

    /** Why binding {@code host:port} failed. */
    public static String bindFailure(Throwable e, String host, int port) {
        String where = Addresses.hostPort(host, port);
        if (e instanceof UnknownHostException || e instanceof UnresolvedAddressException) {
            return "Unknown bind address '" + host
                    + "'. Use an IP address of this machine such as 127.0.0.1 or 0.0.0.0.";
        }
        String text = reason(e);
        if (e instanceof BindException && text.contains("in use")) {
            return "Port " + port + " on " + host
                    + " is already in use. Stop what uses it, pick another port, or use 0 for a free one.";
        }
        if (e instanceof BindException && text.contains("ermission")) {
            return "Permission denied binding " + where
                    + ": ports below 1024 need administrator rights. Pick a port above 1024.";
        }
        if (e instanceof BindException && text.contains("assign")) {
            return "Cannot bind " + where + ": the address is not one of this machine's. Use 127.0.0.1 or 0.0.0.0.";
        }
        return "Cannot bind " + where + ": " + text;
    }

    /** Why connecting to {@code host:port} failed. */
    public static String connectFailure(Throwable e, String host, int port, long timeoutMillis) {
        String where = Addresses.hostPort(host, port);
        if (e instanceof UnknownHostException || e instanceof UnresolvedAddressException) {
            return "Unknown host '" + host + "'. Check the spelling, or use an IP address such as 127.0.0.1.";
        }
        if (e instanceof SocketTimeoutException) {
            return "Timed out after " + timeoutMillis + " ms connecting to " + where
                    + ". The host may be down or a firewall drops the packets; check the address or raise the timeout.";
        }
        if (e instanceof ConnectException && chainMessages(e).contains("refused")) {
            return "Connection refused by " + where
                    + ": nothing is listening there. Start a server on that port or check the port number.";
        }
        if (e instanceof NoRouteToHostException) {
            return "No route to " + where + ": the network is unreachable from here.";
        }
        return "Cannot connect to " + where + ": " + reason(e);
    }

    /** Why a datagram could not be sent to {@code host:port}. */
    public static String sendFailure(Throwable e, String host, int port) {
        String where = Addresses.hostPort(host, port);
        if (e instanceof UnknownHostException || e instanceof UnresolvedAddressException) {
            return "Unknown host '" + host + "'. Check the spelling, or use an IP address such as 127.0.0.1.";
        }
        if (e instanceof UnsupportedAddressTypeException) {
            return "Cannot send to " + where + " from a socket of the other IP family: send from :: (any IPv6) "
                    + "to an IPv6 address, from 0.0.0.0 to an IPv4 one.";
        }
        String text = reason(e);
        if (text.contains("unreachable")) {
            return "Cannot send to " + where + ": the network is unreachable from here. Check the address.";
        }
        if (text.contains("ermission")) {
            return "Cannot send to " + where
                    + ": permission denied. Sending to a broadcast address needs the broadcast option on.";
        }
        return "Cannot send to " + where + ": " + text;
    }

    /**
     * What went wrong, never blank: the message of {@code e} or of its first cause that has one,
     * else its type in words ({@code UnsupportedAddressTypeException} gives "unsupported address type").
     */
    public static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        String words = e.getClass().getSimpleName().replaceAll("(Exception|Error)$", "")
                .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isBlank() ? "an unnamed failure" : words;
    }

    /** The messages of an exception and its causes, joined: clients such as OkHttp wrap the useful one. */
    private static String chainMessages(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append(' ');
        }
        return text.toString();
    }

    /** Why an open connection ended abnormally. */
    public static String ioFailure(Throwable e) {
        String text = reason(e);
        if (e instanceof SocketException && text.contains("reset")) {
            return "Connection reset by the peer (it closed abruptly).";
        }
        if (text.contains("Broken pipe")) {
            return "The peer closed the connection while we were sending (broken pipe).";
        }
        return text;
    }
}
