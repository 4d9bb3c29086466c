package dev.netplayground.ui.udp;

import dev.netplayground.engine.codec.LineEnding;
import dev.netplayground.engine.codec.TextCodec;
import dev.netplayground.engine.reply.ReplyRule;
import dev.netplayground.engine.udp.UdpReceiverConfig;
import dev.netplayground.store.EndpointPreset;
import dev.netplayground.store.MessageItem;
import dev.netplayground.store.PayloadEncoding;
import dev.netplayground.store.SavedItem;
import dev.netplayground.store.Transport;
import dev.netplayground.ui.common.InputMode;
import dev.netplayground.ui.common.Inputs;
import dev.netplayground.ui.common.ItemPane;
import dev.netplayground.ui.common.ReplyRulesText;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The UDP panes as saved items and back: the sender's datagram (or its socket and target, from a
 * preset) and the receiver's whole setup. FX thread only.
 */
final class UdpItems {
    private UdpItems() {}

    static ItemPane sender(UdpSenderViewModel sender) {
        return new ItemPane(() -> message(sender),
                item -> item instanceof MessageItem m && m.transport() == Transport.UDP
                        || item instanceof EndpointPreset.UdpSender,
                item -> load(sender, item));
    }

    static ItemPane receiver(UdpReceiverViewModel receiver) {
        return new ItemPane(() -> preset(receiver), EndpointPreset.UdpReceiver.class::isInstance,
                item -> load(receiver, (EndpointPreset.UdpReceiver) item));
    }

    /** The datagram typed in the sender, to its host and port, sent count times interval apart. */
    static MessageItem message(UdpSenderViewModel sender) {
        var checks = sender.checks();
        String host = checks.parse(sender.hostProperty(), Inputs::host);
        int port = checks.parse(sender.portProperty(), text -> Inputs.port(text, false));
        int count = checks.parse(sender.countProperty(), text -> Inputs.intInRange(text, "Count", 1,
                MessageItem.MAX_REPEAT));
        int interval = checks.parse(sender.intervalMillisProperty(),
                text -> Inputs.intInRange(text, "Interval (ms)", 0, 3_600_000));
        PayloadEncoding encoding = sender.inputModeProperty().get().encoding();
        checks.parse(sender.messageProperty(), encoding::decode);
        return new MessageItem(Transport.UDP, host, port, encoding, sender.messageProperty().get(), LineEnding.NONE,
                count, interval);
    }

    private static void load(UdpSenderViewModel sender, SavedItem item) {
        switch (item) {
            case MessageItem message -> {
                sender.hostProperty().set(message.host());
                sender.portProperty().set(String.valueOf(message.port()));
                sender.inputModeProperty().set(InputMode.of(message.encoding()));
                sender.messageProperty().set(withEnding(message));
                sender.countProperty().set(String.valueOf(message.repeat()));
                sender.intervalMillisProperty().set(String.valueOf(message.intervalMillis()));
            }
            case EndpointPreset.UdpSender preset -> {
                sender.localAddressProperty().set(preset.bindAddress());
                sender.hostProperty().set(preset.host());
                sender.portProperty().set(String.valueOf(preset.port()));
                sender.broadcastProperty().set(preset.broadcast());
            }
            default -> throw new IllegalArgumentException("The UDP sender does not load a " + item.kind().label()
                    + ".");
        }
    }

    /** The receiver's form as a preset; a refused field is marked and named, as Start does. */
    static EndpointPreset.UdpReceiver preset(UdpReceiverViewModel receiver) {
        UdpReceiverConfig config = receiver.readForm();
        return new EndpointPreset.UdpReceiver(config.bindAddress(), config.port(), config.bufferBytes(),
                config.echo(), config.multicastGroup(), config.multicastInterface(), config.replyRules());
    }

    private static void load(UdpReceiverViewModel receiver, EndpointPreset.UdpReceiver preset) {
        if (receiver.runningProperty().get() || receiver.busyProperty().get()) {
            throw new IllegalArgumentException("Stop the UDP receiver first: its setup is locked while it runs.");
        }
        List<ReplyRule> rules = preset.replyRules() == null ? List.of() : preset.replyRules();
        String rulesText = ReplyRulesText.format(rules);
        receiver.bindAddressProperty().set(preset.bindAddress());
        receiver.portProperty().set(String.valueOf(preset.port()));
        receiver.bufferProperty().set(String.valueOf(preset.bufferBytes()));
        receiver.echoProperty().set(preset.echo());
        receiver.multicastGroupProperty().set(preset.multicastGroup() == null ? "" : preset.multicastGroup());
        receiver.multicastInterfaceProperty().set(
                preset.multicastInterface() == null ? "" : preset.multicastInterface());
        receiver.replyByRulesProperty().set(!rules.isEmpty());
        receiver.replyRulesProperty().set(rulesText);
    }

    /** The payload as the sender types it: one datagram, its line ending written out (the sender adds none). */
    private static String withEnding(MessageItem message) {
        if (message.lineEnding() == LineEnding.NONE) {
            return message.payload();
        }
        byte[] ending = message.lineEnding().append(new byte[0]);
        return message.payload() + (message.encoding() == PayloadEncoding.HEX ? " " + TextCodec.toHex(ending)
                : TextCodec.escapeControls(new String(ending, StandardCharsets.US_ASCII)));
    }
}
