package dev.netplayground.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.net.URL;
import javafx.application.Application;
import javafx.css.Stylesheet;

/** The AtlantaFX themes the user can pick; light is the default. */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet()),
    DARK(new PrimerDark().getUserAgentStylesheet());

    private final String stylesheet;

    Theme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /**
     * Reads the light theme's compiled stylesheet once on a background thread, to be called while the
     * toolkit starts: {@link #apply} then finds its classes initialized and its reading code compiled
     * (bench/README.md, Start-up). What it reads is thrown away.
     */
    public static void warmUpInBackground() {
        Thread.ofPlatform().daemon().name("theme-warm-up").start(() -> {
            try {
                Stylesheet.loadBinary(lightCompiledStylesheet());
            } catch (IOException | RuntimeException e) {
                // Only a head start: apply() reads the stylesheet itself and reports what fails there.
            }
        });
    }

    /** Where AtlantaFX keeps the light theme's compiled (binary) stylesheet: JavaFX reads it for the .css. */
    static URL lightCompiledStylesheet() {
        return PrimerLight.class.getResource(new PrimerLight().getUserAgentStylesheetBSS());
    }

    /** FX thread: makes this the user-agent stylesheet of the whole application. */
    public void apply() {
        Application.setUserAgentStylesheet(stylesheet);
    }
}
