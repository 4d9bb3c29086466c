package dev.netplayground.ui.saved;

import atlantafx.base.theme.Styles;
import dev.netplayground.ui.common.Rows;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Beside the tree: the selected item's file, its one-line summary and its text as it is on disk;
 * for an unreadable file, what is wrong with it; with nothing selected, how saved items work. FX thread.
 */
public final class SavedDetails extends VBox {
    static final String HELP = "Ctrl+S in a client's or a server's fields saves its setup here: a client's message or "
            + "request, a server's whole setup. Double-click or Enter loads an item into its tab; Send sends it as it "
            + "is and shows the answer in the log; a sequence is sent with one click. F2 renames, Delete deletes "
            + "(Undo brings it back), and the context menu duplicates an item or copies it as a program. Every item "
            + "is a JSON file you can edit, diff and share; changes made on disk show here at once.";

    private final Label title = new Label();
    private final Label about = new Label();
    private final TextArea text = new TextArea();

    public SavedDetails(SavedViewModel model) {
        getStyleClass().add("pane-card");
        setSpacing(Rows.GAP);
        title.setId("savedDetailsTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        about.setId("savedDetailsAbout");
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);
        text.setId("savedDetailsText");
        text.setAccessibleText("The file as it is on disk");
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("mono");
        text.visibleProperty().bind(text.textProperty().isNotEmpty());
        VBox.setVgrow(text, Priority.ALWAYS);
        getChildren().setAll(title, about, text);

        title.textProperty().bind(Bindings.createStringBinding(() -> switch (model.selectedProperty().get()) {
            case SavedEntry.Item item -> item.loaded().key().path();
            case SavedEntry.Unreadable unreadable -> unreadable.problem().path();
            case null, default -> "Saved items";
        }, model.selectedProperty()));
        about.textProperty().bind(Bindings.createStringBinding(() -> switch (model.selectedProperty().get()) {
            case SavedEntry.Item item -> item.summary();
            case SavedEntry.Unreadable unreadable -> unreadable.problem().message()
                    + " The app leaves the file as it is: fix it in an editor and it shows here at once.";
            case null, default -> HELP;
        }, model.selectedProperty()));
        text.textProperty().bind(model.fileTextProperty());
    }
}
