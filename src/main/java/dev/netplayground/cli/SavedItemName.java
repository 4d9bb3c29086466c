package dev.netplayground.cli;

import dev.netplayground.store.ItemKey;
import dev.netplayground.store.ItemKind;
import java.util.Optional;

/** A saved item's name as {@code send} takes it: {@code NAME} or {@code KIND/NAME}. */
final class SavedItemName extends Converters.Checked<String> {
    SavedItemName() {
        super("an item's name, or KIND/NAME such as messages/hello; names have no \\ : * ? \" < > | or control "
                + "characters");
    }

    @Override
    Optional<String> parse(String text) {
        int slash = text.indexOf('/');
        if (slash >= 0 && ItemKind.ofFolder(text.substring(0, slash)).isEmpty()) {
            return Optional.empty();
        }
        try {
            ItemKey.checkName(text.substring(slash + 1));
            return Optional.of(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
