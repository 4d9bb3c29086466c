package dev.netplayground.ui.guide;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Read-only source with highlighting: a text flow of coloured spans in a scroll pane. FX thread only. */
public final class CodeView extends ScrollPane {
    private final TextFlow flow = new TextFlow();
    private final Function<String, List<Highlighter.Span>> highlighter;
    private String source = "";

    CodeView(String id, Function<String, List<Highlighter.Span>> highlighter) {
        this.highlighter = highlighter;
        setId(id);
        getStyleClass().add("code-view");
        flow.getStyleClass().add("code-flow");
        setContent(flow);
        setFitToWidth(false);
    }

    void show(String source) {
        this.source = source;
        flow.getChildren().setAll(highlighter.apply(source).stream().map(span -> {
            Text text = new Text(span.text());
            text.getStyleClass().addAll("code-text", span.style().isEmpty() ? "code-plain" : span.style());
            return text;
        }).toList());
        setVvalue(0);
        setHvalue(0);
    }

    /** The source shown, as it would be copied. */
    public String source() {
        return source;
    }
}
