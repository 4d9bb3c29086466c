package dev.netplayground.ui.lab;

import atlantafx.base.theme.Styles;
import dev.netplayground.ui.common.Forms;
import dev.netplayground.ui.common.LazyTooltip;
import dev.netplayground.ui.common.Rows;
import java.io.File;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The Lab's settings and actions: the workload, Run, Stop, progress and export. FX thread only. */
final class LabSettings extends VBox {
    private final LabViewModel model;
    private final Supplier<Window> owner;

    LabSettings(LabViewModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
        TextField clients = field("labClients", 6, model.clientsProperty(), null);
        TextField seconds = field("labSeconds", 4, model.secondsProperty(), null);
        TextField size = field("labSize", 4, model.sizeProperty(), "Bytes per line, newline included.");
        TextField rate = field("labRate", 4, model.rateProperty(),
                "Lines per second per client; 0 sends the next as soon as the echo is back.");
        TextField target = field("labTarget", 12, model.targetProperty(),
                "TCP echo: empty starts an NIO, a virtual-thread and a blocking echo server and loads each; "
                        + "host:port loads that echo server instead (it must send each line back). "
                        + "HTTP: empty starts our HTTP server; an http:// URL gets the same POSTs instead.");
        Forms.prompt(target, "our servers, host:port or URL");
        HBox workload = Rows.of(Forms.caption("Clients", clients), clients, Forms.caption("seconds", seconds),
                seconds, Forms.caption("bytes per line", size), size, Forms.caption("lines/s per client", rate), rate,
                Forms.caption("Target", target), target);
        HBox.setHgrow(target, Priority.ALWAYS);

        ChoiceBox<LabWorkload> workloadChoice = new ChoiceBox<>(FXCollections.observableArrayList(
                LabWorkload.values()));
        workloadChoice.setId("labWorkload");
        workloadChoice.setAccessibleText("Workload");
        workloadChoice.valueProperty().bindBidirectional(model.workloadProperty());
        workloadChoice.disableProperty().bind(model.runningProperty());

        Button run = new Button("Run the comparison");
        run.setId("labRun");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.run());
        Button stop = new Button("Stop");
        stop.setId("labStop");
        stop.disableProperty().bind(model.runningProperty().not());
        stop.setOnAction(e -> model.stop());
        ProgressBar progress = new ProgressBar();
        progress.setId("labProgress");
        progress.setAccessibleText("Progress of the comparison");
        progress.progressProperty().bind(model.progressProperty());
        getChildren().setAll(workload, Rows.of(workloadChoice, run, stop, progress, exportMenu()));
        setSpacing(Rows.GAP);
    }

    private TextField field(String id, int columns, StringProperty value, String tooltip) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        Forms.bindChecked(field, value, model.checks());
        if (tooltip != null) {
            LazyTooltip.install(field, tooltip);
        }
        return field;
    }

    private MenuButton exportMenu() {
        MenuButton export = new MenuButton("Export results");
        export.setId("labExport");
        export.disableProperty().bind(Bindings.isEmpty(model.results()).or(model.runningProperty()));
        for (boolean csv : new boolean[] {false, true}) {
            MenuItem item = new MenuItem(csv ? "As CSV" : "As JSON");
            item.setOnAction(e -> {
                FileChooser chooser = new FileChooser();
                chooser.setInitialFileName("lab-results." + (csv ? "csv" : "json"));
                File file = chooser.showSaveDialog(owner.get());
                if (file != null) {
                    model.exportResults(file.toPath(), csv);
                }
            });
            export.getItems().add(item);
        }
        return export;
    }
}
