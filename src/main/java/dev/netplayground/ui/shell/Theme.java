package dev.netplayground.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The AtlantaFX themes the user can pick; light is the default. */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet()),
    DARK(new PrimerDark().getUserAgentStylesheet());

    private final String stylesheet;

    Theme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** FX thread: makes this the user-agent stylesheet of the whole application. */
    public void apply() {
        Application.setUserAgentStylesheet(stylesheet);
    }
}
