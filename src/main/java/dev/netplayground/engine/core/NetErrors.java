package dev.netplayground.engine.core;

import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;

/** Turns socket exceptions into sentences that say what went wrong and what to do. */
public final class NetErrors {
    private NetErrors() {}

    /** Why binding {@code host:port} failed. */
    public static String bindFailure(Throwable e, String host, int port) {
        String where = host + ":" + port;
        if (e instanceof UnknownHostException || e instanceof UnresolvedAddressException) {
            return "Unknown bind address '" + host
                    + "'. Use an IP address of this machine such as 127.0.0.1 or 0.0.0.0.";
        }
        String text = String.valueOf(e.getMessage());
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
        String where = host + ":" + port;
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
        return "Cannot connect to " + where + ": " + e.getMessage();
    }

    /** Why a datagram could not be sent to {@code host:port}. */
    public static String sendFailure(Throwable e, String host, int port) {
        String where = host + ":" + port;
        if (e instanceof UnknownHostException || e instanceof UnresolvedAddressException) {
            return "Unknown host '" + host + "'. Check the spelling, or use an IP address such as 127.0.0.1.";
        }
        String text = String.valueOf(e.getMessage());
        if (text.contains("unreachable")) {
            return "Cannot send to " + where + ": the network is unreachable from here. Check the address.";
        }
        if (text.contains("ermission")) {
            return "Cannot send to " + where
                    + ": permission denied. Sending to a broadcast address needs the broadcast option on.";
        }
        return "Cannot send to " + where + ": " + text;
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
        String text = String.valueOf(e.getMessage());
        if (e instanceof SocketException && text.contains("reset")) {
            return "Connection reset by the peer (it closed abruptly).";
        }
        if (text.contains("Broken pipe")) {
            return "The peer closed the connection while we were sending (broken pipe).";
        }
        return text;
    }
}
