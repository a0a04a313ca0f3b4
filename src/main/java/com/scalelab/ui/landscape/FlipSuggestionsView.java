package com.scalelab.ui.landscape;

import com.scalelab.engine.landscape.WhatWouldFlip;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * "What would flip it": for a SKIP or BLOCK, one sentence per single change that gives SCALE, or
 * why no single change does. Double-click (or Enter on) a suggestion to apply it.
 */
public class FlipSuggestionsView extends VBox {
    private static final PseudoClass NO_FLIP = PseudoClass.getPseudoClass("no-flip");

    /** One line of the list: a suggestion, or a plain statement (suggestion null). */
    public record Line(String text, WhatWouldFlip.Suggestion suggestion) {
    }

    private final Label title = new Label("What would flip it");
    private final ListView<Line> list = new ListView<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private Consumer<WhatWouldFlip.Suggestion> onApply = s -> { };
    private final javafx.beans.binding.BooleanBinding empty = javafx.beans.binding.Bindings.isEmpty(lines);

    public FlipSuggestionsView() {
        getStyleClass().add("flip-suggestions");
        getStylesheets().add(FlipSuggestionsView.class.getResource("/styles/landscape.css").toExternalForm());
        title.getStyleClass().add("landscape-title");
        title.setTooltip(new Tooltip("The smallest change of one input that turns this verdict into SCALE"));
        list.getStyleClass().add("flip-list");
        list.setItems(lines);
        list.setTooltip(new Tooltip("Double-click a suggestion (or press Enter) to move the sliders there"));
        list.setPlaceholder(new Label("No verdict yet"));
        list.setCellFactory(v -> new FlipCell());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                applySelected();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                applySelected();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        setSpacing(4);
        getChildren().addAll(title, list);
    }

    public void show(WhatWouldFlip flip) {
        List<Line> next = new ArrayList<>();
        if (flip != null) {
            if (flip.suggestions().isEmpty()) {
                next.add(new Line(flip.summary(), null));
            } else {
                for (WhatWouldFlip.Suggestion s : flip.suggestions()) {
                    next.add(new Line(s.sentence(), s));
                }
            }
        }
        lines.setAll(next);
    }

    /** True while nothing is shown (no verdict yet). */
    public javafx.beans.binding.BooleanExpression emptyProperty() {
        return empty;
    }

    /** The lines shown, in order. */
    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** Called when the user applies a suggestion (double-click or Enter). */
    public void setOnApply(Consumer<WhatWouldFlip.Suggestion> onApply) {
        this.onApply = onApply == null ? s -> { } : onApply;
    }

    private void applySelected() {
        Line line = list.getSelectionModel().getSelectedItem();
        if (line != null && line.suggestion() != null) {
            onApply.accept(line.suggestion());
        }
    }

    private static final class FlipCell extends ListCell<Line> {
        private final Label glyph = new Label();
        private final Label text = new Label();
        private final HBox box = new HBox(6, glyph, text);

        FlipCell() {
            getStyleClass().add("flip-cell");
            glyph.getStyleClass().add("flip-glyph");
            text.getStyleClass().add("flip-text");
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Line item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                pseudoClassStateChanged(NO_FLIP, false);
                return;
            }
            boolean flip = item.suggestion() != null;
            glyph.setText(flip ? "✔ →" : item.text().startsWith("Already") ? "✔" : "✖");
            text.setText(item.text());
            pseudoClassStateChanged(NO_FLIP, !flip && !item.text().startsWith("Already"));
            setGraphic(box);
            setTooltip(new Tooltip(flip ? "Double-click to move " + item.suggestion().input().label().toLowerCase()
                    + " to " + item.suggestion().to() : item.text()));
        }
    }
}
