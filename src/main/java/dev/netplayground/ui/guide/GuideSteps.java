package dev.netplayground.ui.guide;

import static dev.netplayground.ui.guide.GuideCode.files;
import static dev.netplayground.ui.guide.GuideCode.generated;
import static dev.netplayground.ui.guide.GuideCode.prose;
import static dev.netplayground.ui.guide.GuideCode.written;

import dev.netplayground.snippet.Kind;
import dev.netplayground.snippet.Lang;
import java.util.List;

/** The Guide's tour of the talk's programs, in the talk's order. */
final class GuideSteps {
    private GuideSteps() {}

    static List<GuideStep> all() {
        return List.of(blockingTcp(), udp(), asyncTcp(), sharedUdp(), futures(), data(), dataServer(), httpClient(),
                errors());
    }

    private static GuideStep blockingTcp() {
        return new GuideStep("1. Blocking TCP",
                prose("A TCP server binds a port, accepts a connection and reads it line by line.",
                        "In the talk's first version everything happens on one thread: while handle_client reads",
                        "one client, nobody calls accept, so a second client is connected by the kernel but never",
                        "read until the first leaves. The client sends each line of its input and prints the echo."),
                files("//", "server.rs", written("blocking-tcp-server.rs"),
                        "client.rs", generated(Lang.RUST, Kind.TCP_CLIENT, false)),
                files("//", "BlockingTcpServer.java", written("BlockingTcpServer.java"),
                        "TcpClient.java", generated(Lang.JAVA, Kind.TCP_CLIENT, false)),
                GuideAction.BLOCKING_TCP,
                List.of("Run it, then connect the TCP tab's client a second time from a terminal "
                        + "(ncat 127.0.0.1 PORT): this app's Blocking model gives each connection a platform thread, "
                        + "so both are served; the talk's loop above would make the second one wait.",
                        "Watch the live log: accepted, received, sent (the echo), closed."));
    }

    private static GuideStep udp() {
        return new GuideStep("2. UDP, a 1500-byte buffer",
                prose("UDP has no connection: a receiver binds a port and takes datagrams from anyone, each one",
                        "whole or not at all. recv_from needs a buffer; 1500 bytes, the Ethernet MTU, holds any",
                        "datagram that crossed an Ethernet link unfragmented. A longer one is cut to the buffer,",
                        "and the rest is lost without an error. The sender sends each line as one datagram."),
                files("//", "receiver.rs", generated(Lang.RUST, Kind.UDP_RECEIVER, false),
                        "sender.rs", generated(Lang.RUST, Kind.UDP_SENDER, false)),
                files("//", "UdpReceiver.java", generated(Lang.JAVA, Kind.UDP_RECEIVER, false),
                        "UdpSender.java", generated(Lang.JAVA, Kind.UDP_SENDER, false)),
                GuideAction.UDP,
                List.of("In the UDP tab, set the receiver's buffer to 8 and send a long message: the log reports "
                        + "the datagram as truncated, with its real size.",
                        "Stop the receiver and send again: nothing fails on the sender's side, UDP does not know."));
    }

    private static GuideStep asyncTcp() {
        return new GuideStep("3. Async TCP, a task per client",
                prose("With tokio, accept runs in a loop and each connection gets its own task (tokio::spawn).",
                        "A task is cheap: it is parked while it waits for bytes, and a few threads run thousands.",
                        "Java's virtual threads give the same shape to blocking code: one per client, parked by the",
                        "JVM while it waits. The client is the same as before, in tokio."),
                files("//", "server.rs", generated(Lang.RUST, Kind.TCP_SERVER, true),
                        "client.rs", generated(Lang.RUST, Kind.TCP_CLIENT, true)),
                files("//", "TcpServer.java", generated(Lang.JAVA, Kind.TCP_SERVER, false),
                        "TcpClient.java", generated(Lang.JAVA, Kind.TCP_CLIENT, false)),
                GuideAction.ASYNC_TCP,
                List.of("Open the Lab tab and run the comparison: Virtual threads and NIO event loops hold a "
                        + "thousand clients with a handful of threads, Blocking needs one thread each.",
                        "Send from the server's side: select the connection in the TCP tab and type a message."));
    }

    private static GuideStep sharedUdp() {
        return new GuideStep("4. Async UDP, one shared socket",
                prose("A UDP socket needs no lock to be shared: wrap it in an Arc and give a clone to each task.",
                        "Here one task sends each line while another receives the replies on the same socket, so",
                        "the replies come back to the port the datagrams left from. The receiver echoes."),
                generated(Lang.RUST, Kind.UDP_SENDER, true),
                generated(Lang.JAVA, Kind.UDP_SENDER, false),
                GuideAction.SHARED_UDP,
                List.of("In the UDP tab, set the sender's count to 100 with an interval of 10 ms: the replies "
                        + "arrive while the sending goes on.",
                        "Look at the log's peer column: the sender's port is the one the receiver answers."));
    }

    private static GuideStep futures() {
        return new GuideStep("5. Futures, in turn or joined",
                prose("An async function returns a future, and a future does nothing until it is awaited.",
                        "Awaiting two in turn runs them in turn: the times add up, 1, 1, 2, 2. tokio::join!",
                        "polls both together, so the total is the longest of the two: 1, 2, 2, 1. Java's",
                        "CompletableFuture starts at once instead; joining it is what waits."),
                written("futures.rs"),
                written("Futures.java"),
                GuideAction.FUTURES,
                List.of("Change the tasks' times in the Lab tab and run again: blocking takes the sum, "
                        + "concurrent the longest.",
                        "From a terminal: net-playground future-demo --task1 500 --task2 300"));
    }

    private static GuideStep data() {
        return new GuideStep("6. Data and its JSON rules",
                prose("The talk's Data is a struct with a u32 and a bool, and serde derives its JSON rules from",
                        "the types: the number must be an integer from 0 to 4294967295 (no string, no float), the",
                        "boolean must be true or false, both are required, and a duplicate is an error. Unknown",
                        "fields are ignored. The app's server follows the same rules, and so must any client."),
                written("data.rs"),
                written("DataJson.java"),
                GuideAction.DATA_RULES,
                List.of("In the HTTP tab, switch the client to raw JSON and send {\"number\": \"5\", \"boolean\": "
                        + "true}: the 400 says the number got a string.",
                        "Send {\"number\": 5, \"boolean\": true, \"extra\": 1}: accepted, the extra field "
                                + "is ignored."));
    }

    private static GuideStep dataServer() {
        return new GuideStep("7. The POST /data server",
                prose("warp builds the server from filters: POST, the path data, a JSON body of type Data. When",
                        "they all match, the handler answers with the Data's Debug form; when the body is not a",
                        "Data, warp answers 400 on its own. Debian does not package warp, so the runnable Rust that",
                        "Copy as writes uses hyper; the Java side uses the JDK's HTTP server and Jackson."),
                written("warp-server.rs"),
                generated(Lang.JAVA, Kind.HTTP_SERVER, false),
                GuideAction.DATA_SERVER,
                List.of("Copy the server's URL in the HTTP tab and POST to it from a terminal: "
                        + "curl -d '{\"number\":5,\"boolean\":true}' URL",
                        "Try GET, another path, or a body over the size limit: each gets a 4xx that says why."));
    }

    private static GuideStep httpClient() {
        return new GuideStep("8. The HTTP client",
                prose("reqwest builds the POST: the URL, a JSON content type and the body; send().await gives the",
                        "response, and text().await its body. Nothing here panics on a 400: the status is a value",
                        "to look at. The Java client does the same with java.net.http."),
                generated(Lang.RUST, Kind.HTTP_POST, true),
                generated(Lang.JAVA, Kind.HTTP_POST, false),
                GuideAction.HTTP_CLIENT,
                List.of("Set the number to 4294967296 in the HTTP tab: the form says why before anything is sent.",
                        "Re-send an entry from the client's history, then stop the server and send again."));
    }

    private static GuideStep errors() {
        return new GuideStep("9. Errors as values",
                prose("A Rust function that can fail returns a Result: Ok with the value or Err with the error.",
                        "The ? operator hands an Err back to the caller, and match makes the caller decide what",
                        "each case means; nothing is thrown past it. Java throws exceptions, but a sealed Result",
                        "and a switch give the same shape. Run it: the refused connection is shown, not a crash."),
                written("errors.rs"),
                written("Errors.java"),
                GuideAction.ERRORS,
                List.of("Start the TCP server, connect the client, then stop the server and send: the closed "
                        + "connection is reported in the client's pane, as a value.",
                        "Type a port of 70000: the form refuses it before any socket is made."));
    }
}
