package dev.netplayground.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The model of a server's pane: it starts and stops one server through its {@link EndpointLifecycle},
 * whose state the pane shows. FX thread only.
 */
public interface ServerPaneModel extends PaneModel {
    /** Reads the form and starts the server in the background. */
    void start();

    /** Stops the server in the background. */
    void stop();

    EndpointLifecycle<?> lifecycle();

    default ReadOnlyBooleanProperty runningProperty() {
        return lifecycle().runningProperty();
    }

    /** Starting or stopping now. */
    default ReadOnlyBooleanProperty busyProperty() {
        return lifecycle().busyProperty();
    }

    default ReadOnlyStringProperty statusProperty() {
        return lifecycle().statusProperty();
    }

    default ReadOnlyStringProperty errorProperty() {
        return lifecycle().errorProperty();
    }

    /** Which form field the error line is about. */
    default FieldChecks checks() {
        return lifecycle().checks();
    }
}
