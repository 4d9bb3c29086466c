/** Net Playground: a desktop and command-line playground for TCP, UDP and HTTP. */
module dev.netplayground {
    requires javafx.controls;
    requires com.fasterxml.jackson.databind;
    requires okhttp3;
    requires okio;
    requires info.picocli;
    requires atlantafx.base;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.util;
    requires java.management;
    requires jdk.management;

    exports dev.netplayground.app;
    exports dev.netplayground.engine.core;
    exports dev.netplayground.engine.event;
    exports dev.netplayground.engine.codec;
    exports dev.netplayground.engine.tcp;
    exports dev.netplayground.engine.tls;
    exports dev.netplayground.engine.udp;
    exports dev.netplayground.engine.http;
    exports dev.netplayground.engine.load;
    exports dev.netplayground.engine.proxy;
    exports dev.netplayground.engine.reply;
    exports dev.netplayground.snippet;

    opens dev.netplayground.engine.http to com.fasterxml.jackson.databind;
    opens dev.netplayground.engine.reply to com.fasterxml.jackson.databind;
    opens dev.netplayground.store to com.fasterxml.jackson.databind;

    opens dev.netplayground.cli to info.picocli;
}
