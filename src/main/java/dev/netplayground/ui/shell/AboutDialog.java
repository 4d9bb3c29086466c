package dev.netplayground.ui.shell;

import dev.netplayground.about.AppInfo;
import javafx.geometry.Insets;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help → About: name, version, license, and the libraries it ships with their licenses. FX thread. */
final class AboutDialog {
    private AboutDialog() {}

    static void show(Window owner) {
        Label what = new Label("A desktop playground for network programming: TCP, UDP and HTTP servers and "
                + "clients by clicking, with a live log of every byte. Released under the " + AppInfo.license()
                + ". Runs on Java " + System.getProperty("java.runtime.version") + ".");
        what.setWrapText(true);
        GridPane libraries = new GridPane();
        libraries.setHgap(16);
        libraries.setVgap(4);
        libraries.addRow(0, InfoDialog.bold("Library"), InfoDialog.bold("Version"), InfoDialog.bold("License"));
        int row = 1;
        for (AppInfo.Library library : AppInfo.libraries()) {
            libraries.addRow(row++, new Label(library.name()), new Label(library.version()),
                    new Label(library.license()));
        }
        VBox content = new VBox(12, what, new Label("It is built with:"), libraries);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(560);
        Dialog<Void> dialog = InfoDialog.create(owner, "aboutDialog", "About " + AppInfo.NAME,
                AppInfo.NAME + " " + AppInfo.version(), content);
        dialog.setGraphic(new ImageView(WindowIcons.image(64)));
        dialog.show();
    }
}
