package com.scalelab.ui.replay;

import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;
import com.scalelab.ui.replay.ReplayViewModel.ReasonCount;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * "Why adds were held back": one horizontal bar per reason code, longest first, its length the
 * number of decisions with that reason, coloured by verdict (SKIP amber, BLOCK red) with the word
 * beside it. Clicking a bar picks that reason (the chart marks its bars); clicking it again clears.
 */
public final class HeldBackBars extends VBox {
    private static final PseudoClass PICKED = PseudoClass.getPseudoClass("picked");

    private List<ReasonCount> counts = List.of();
    private ReasonCode picked;
    private Consumer<ReasonCode> onPick = r -> { };

    public HeldBackBars() {
        getStyleClass().add("held-back-bars");
        show(List.of(), null);
    }

    /** Shows these counts (most frequent first) with {@code picked} marked. */
    public void show(List<ReasonCount> counts, ReasonCode picked) {
        this.counts = List.copyOf(counts);
        this.picked = picked;
        getChildren().clear();
        if (counts.isEmpty()) {
            Label none = new Label("Nothing held back: every proposal was approved, or there is no replay yet.");
            none.setWrapText(true);
            none.getStyleClass().add("hint");
            getChildren().add(none);
            return;
        }
        int max = counts.stream().mapToInt(ReasonCount::count).max().orElse(1);
        for (ReasonCount c : counts) {
            getChildren().add(row(c, max));
        }
    }

    private HBox row(ReasonCount c, int max) {
        Label name = new Label(c.reason().name());
        name.getStyleClass().add("held-back-reason");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Region bar = new Region();
        bar.getStyleClass().addAll("held-back-bar", "bar-" + c.decision().name().toLowerCase(Locale.ROOT));
        // the bar's length is its share of the longest one; a few pixels at least so a 1 is visible
        StackPane track = new StackPane(bar);
        track.getStyleClass().add("held-back-track");
        track.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(track, Priority.ALWAYS);
        track.setMinWidth(40);
        bar.maxWidthProperty().bind(track.widthProperty().multiply((double) c.count() / max).add(3));
        bar.setPrefHeight(12);
        bar.setMaxHeight(12);
        Label count = new Label(String.format(Locale.ROOT, "%,d %s", c.count(), glyph(c.decision())));
        count.getStyleClass().addAll("held-back-count", "decision-" + c.decision().name().toLowerCase(Locale.ROOT));
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, name, track, count);
        row.getStyleClass().add("held-back-row");
        row.setUserData(c.reason());
        row.pseudoClassStateChanged(PICKED, c.reason() == picked);
        Tooltip.install(row, new Tooltip(String.format(Locale.ROOT,
                "%,d decisions were %s with %s. Click to mark them on the chart.", c.count(),
                c.decision() == Decision.BLOCK ? "blocked" : "skipped", c.reason().name())));
        row.setOnMouseClicked(e -> onPick.accept(c.reason() == picked ? null : c.reason()));
        return row;
    }

    private static String glyph(Decision d) {
        return d == Decision.BLOCK ? "BLOCK" : "SKIP";
    }

    public void setOnPick(Consumer<ReasonCode> onPick) {
        this.onPick = onPick == null ? r -> { } : onPick;
    }

    /** The counts shown, most frequent first. */
    public List<ReasonCount> counts() {
        return counts;
    }

    /** The row of a reason (for tests and keyboard focus), or null. */
    public HBox rowOf(ReasonCode reason) {
        return getChildren().stream().filter(n -> n.getUserData() == reason).map(HBox.class::cast)
                .findFirst().orElse(null);
    }
}
