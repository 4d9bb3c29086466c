package dev.netplayground.ui.http;

import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;

/** The HTTP client's URL field: a pasted curl command fills the whole form; anything else pastes as text. FX thread. */
final class UrlField extends TextField {
    private static final Pattern CURL = Pattern.compile("(?s)\\s*curl\\s.*");

    private final Consumer<String> curlPasted;

    UrlField(Consumer<String> curlPasted) {
        this.curlPasted = curlPasted;
    }

    @Override
    public void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text != null && CURL.matcher(text).matches()) {
            curlPasted.accept(text);
        } else {
            super.paste();
        }
    }
}
