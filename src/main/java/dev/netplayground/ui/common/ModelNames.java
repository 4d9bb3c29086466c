package dev.netplayground.ui.common;

import dev.netplayground.engine.tcp.ConcurrencyModel;

/**
 * The one name each concurrency model goes by in the window: the server's status, the model
 * choice (which adds what the model means), and the Lab's charts, table and figures.
 */
public final class ModelNames {
    private ModelNames() {}

    public static String name(ConcurrencyModel model) {
        return switch (model) {
            case BLOCKING -> "Blocking";
            case VIRTUAL -> "Virtual threads";
            case NIO -> "NIO event loops";
        };
    }

    /** The name and what it means, for choosing: it starts with the name. */
    public static String described(ConcurrencyModel model) {
        return model.description();
    }

    /** A model's constant name ({@code "NIO"}) as its display name; any other text (a host:port) as it is. */
    public static String of(String constant) {
        for (ConcurrencyModel model : ConcurrencyModel.values()) {
            if (model.name().equals(constant)) {
                return name(model);
            }
        }
        return constant;
    }
}
