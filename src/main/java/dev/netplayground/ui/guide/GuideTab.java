package dev.netplayground.ui.guide;

import atlantafx.base.theme.Styles;
import dev.netplayground.ui.common.LazyTab;
import dev.netplayground.ui.fx.FxEventPump;
import dev.netplayground.ui.http.HttpTab;
import dev.netplayground.ui.tcp.TcpTab;
import dev.netplayground.ui.udp.UdpTab;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Guide tab: the talk's programs in order, each explained, in Rust and Java side by side,
 * with "Run it here" to start the same thing in the app's own tabs. Built on first selection.
 */
public final class GuideTab extends LazyTab {
    private final TcpTab tcp;
    private final UdpTab udp;
    private final HttpTab http;
    private final Tab lab;

    public GuideTab(FxEventPump pump, TcpTab tcp, UdpTab udp, HttpTab http, Tab lab) {
        super("Guide", "guideTab", pump);
        this.tcp = tcp;
        this.udp = udp;
        this.http = http;
        this.lab = lab;
    }

    @Override
    protected Node build() {
        GuideRunner runner = new GuideRunner(getTabPane(), tcp, udp, http, lab);
        GuideViewModel model = new GuideViewModel(GuideSteps.all(), runner::run);

        ListView<GuideStep> steps = new ListView<>();
        steps.setId("guideSteps");
        steps.setAccessibleText("The Guide's steps, the talk's programs in order");
        steps.getItems().setAll(model.steps());
        steps.setMinWidth(150);
        steps.setPrefWidth(255);

        Label title = new Label();
        title.setId("guideTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        Label explanation = new Label();
        explanation.setId("guideExplanation");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);

        CodeView rust = new CodeView("guideRust", Highlighter::rust);
        CodeView java = new CodeView("guideJava", Highlighter::java);
        SplitPane code = new SplitPane(codePane("Rust", rust, "guideCopyRust"),
                codePane("Java", java, "guideCopyJava"));
        code.setId("guideCodeSplit");
        code.setMinHeight(120);
        VBox.setVgrow(code, Priority.ALWAYS);

        Button run = new Button("Run it here");
        run.setId("guideRun");
        run.getStyleClass().add(Styles.ACCENT);
        run.setOnAction(e -> model.run());
        run.setMinWidth(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("guideStatus");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.getStyleClass().add("status-text");
        VBox tryThis = new VBox(2);
        tryThis.setId("guideTry");
        VBox notes = new VBox(4, status, tryThis);
        HBox runBar = new HBox(12, run, notes);
        HBox.setHgrow(notes, Priority.ALWAYS);
        status.managedProperty().bind(status.textProperty().isNotEmpty());

        VBox page = new VBox(8, title, explanation, code, runBar);
        page.setPadding(new Insets(10, 12, 10, 12));
        SplitPane split = new SplitPane(steps, page);
        split.setId("guideSplit");
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.215);
        SplitPane.setResizableWithParent(steps, false);

        steps.getSelectionModel().selectedItemProperty().addListener((obs, old, step) -> {
            if (step != null) {
                model.selectedProperty().set(step);
            }
        });
        model.selectedProperty().addListener((obs, old, step) -> show(step, title, explanation, rust, java, tryThis));
        status.textProperty().bind(model.statusProperty());
        steps.getSelectionModel().select(model.selectedProperty().get());
        show(model.selectedProperty().get(), title, explanation, rust, java, tryThis);
        BorderPane root = new BorderPane(split);
        root.getStylesheets().add(GuideTab.class.getResource("guide.css").toExternalForm());
        return root;
    }

    private static void show(GuideStep step, Label title, Label explanation, CodeView rust, CodeView java,
            VBox tryThis) {
        title.setText(step.title());
        explanation.setText(step.explanation());
        rust.show(step.rust());
        java.show(step.java());
        tryThis.getChildren().setAll(step.tryThis().stream().map(prompt -> {
            Label line = new Label("Try this: " + prompt);
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            return line;
        }).toList());
    }

    private static Node codePane(String language, CodeView view, String copyId) {
        Label name = new Label(language);
        name.getStyleClass().add(Styles.TEXT_BOLD);
        Button copy = new Button("Copy");
        copy.setId(copyId);
        copy.getStyleClass().add(Styles.SMALL);
        copy.setOnAction(e -> copy(view.source()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, name, gap, copy);
        VBox pane = new VBox(4, header, view);
        VBox.setVgrow(view, Priority.ALWAYS);
        return pane;
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
