package dev.netplayground.engine.tls;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.SSLSocketFactory;

/**
 * TLS over a connected socket through {@link ClientTls#wrap}; sockets it would open itself come
 * plain from the context's factory (OkHttp never asks for them).
 */
final class LayeringSocketFactory extends SSLSocketFactory {
    private final ClientTls tls;
    private final SSLSocketFactory plain;

    LayeringSocketFactory(ClientTls tls, SSLSocketFactory plain) {
        this.tls = tls;
        this.plain = plain;
    }

    @Override
    public Socket createSocket(Socket connected, String host, int port, boolean autoClose) throws IOException {
        return tls.wrap(connected, host, port);
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return plain.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return plain.getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return plain.createSocket(host, port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return plain.createSocket(host, port, localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return plain.createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return plain.createSocket(address, port, localAddress, localPort);
    }
}
