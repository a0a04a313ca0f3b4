package com.scalelab.ui.verdict;

import com.scalelab.engine.CheckStatus;
import com.scalelab.engine.Decision;
import com.scalelab.engine.Phase;
import com.scalelab.ui.LabSession;
import com.scalelab.ui.app.VerdictBadge;
import com.scalelab.ui.landscape.FlipSuggestionsView;
import com.scalelab.ui.verdict.VerdictViewModel.CheckRow;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The live verdict panel: badge, deciding reason, the 15 checks by phase, the metrics. Binds only. */
public class VerdictController {
    private static final PseudoClass PASS = PseudoClass.getPseudoClass("pass");
    private static final PseudoClass FAIL = PseudoClass.getPseudoClass("fail");
    private static final PseudoClass NOT_APPLICABLE = PseudoClass.getPseudoClass("not-applicable");
    private static final PseudoClass NOT_EVALUATED = PseudoClass.getPseudoClass("not-evaluated");
    private static final PseudoClass DECIDING = PseudoClass.getPseudoClass("deciding");
    private static final PseudoClass ACTIONABLE = PseudoClass.getPseudoClass("actionable");

    private final VerdictViewModel model;

    @FXML private Label draftBanner;
    @FXML private HBox badgeBox;
    @FXML private Label badge;
    @FXML private Label reasonCode;
    @FXML private Label explanation;
    @FXML private Label entriesAfter;
    @FXML private Label positionPct;
    @FXML private Label riskAmount;
    @FXML private Label riskPct;
    @FXML private Label averagePrice;
    @FXML private Label suggestedQuantity;
    @FXML private FlipSuggestionsView flips;
    /** The check that decides the verdict now, if any (SCALE has none). */
    private Node decidingRow;
    @FXML private VBox checksBox;
    @FXML private ScrollPane checksScroll;

    public VerdictController(LabSession session) {
        this.model = new VerdictViewModel(session);
    }

    public VerdictViewModel model() {
        return model;
    }

    /** The "what would flip it" list under the badge; empty until someone shows flips in it. */
    public FlipSuggestionsView flipsView() {
        return flips;
    }

    @FXML
    private void initialize() {
        draftBanner.textProperty().bind(model.draftBannerProperty());
        draftBanner.visibleProperty().bind(model.draftInvalidProperty());
        draftBanner.managedProperty().bind(model.draftInvalidProperty());
        draftBanner.tooltipProperty().set(new Tooltip(
                "The policy builder holds values the engine refuses; the verdict below uses the last valid policy."));

        badge.textProperty().bind(model.badgeTextProperty());
        reasonCode.textProperty().bind(model.reasonCodeProperty());
        explanation.textProperty().bind(model.explanationProperty());
        Tooltip explanationTip = new Tooltip();
        explanationTip.textProperty().bind(model.explanationProperty());
        explanationTip.setWrapText(true);
        explanationTip.setMaxWidth(420);
        explanation.setTooltip(explanationTip);
        badge.setTooltip(new Tooltip("SCALE: the add is allowed. SKIP: a qualification is unmet, try later. "
                + "BLOCK: a safety limit, the direction or the input forbids it."));
        showDecision(model.decisionProperty().get());
        model.decisionProperty().addListener((obs, o, n) -> showDecision(n));
        // What would flip it: only for SKIP and BLOCK, once someone (the landscape) has filled it.
        javafx.beans.binding.BooleanBinding showFlips = model.decisionProperty().isNotEqualTo(Decision.SCALE)
                .and(model.decisionProperty().isNotNull()).and(flips.emptyProperty().not());
        flips.visibleProperty().bind(showFlips);
        flips.managedProperty().bind(showFlips);
        // the flips arrive a moment after the verdict and shorten the checks list: keep the deciding check in sight
        flips.heightProperty().addListener((obs, o, n) -> revealDeciding());
        flips.visibleProperty().addListener((obs, o, n) -> revealDeciding());

        entriesAfter.textProperty().bind(model.entriesAfterProperty());
        positionPct.textProperty().bind(model.positionPctProperty());
        riskAmount.textProperty().bind(model.riskAmountProperty());
        riskPct.textProperty().bind(model.riskPctProperty());
        averagePrice.textProperty().bind(model.averagePriceProperty());
        suggestedQuantity.textProperty().bind(model.suggestedQuantityProperty());

        buildChecks();
    }

    private void showDecision(Decision d) {
        VerdictBadge.mark(badgeBox, d);
    }

    /** Built once: afterwards each row only has its texts and pseudo-classes changed. */
    private void buildChecks() {
        HBox header = new HBox(cell("Status", "check-status"), cell("Check", "check-code"),
                cell("Observed", "check-figure"), cell("Limit", "check-figure"));
        header.getStyleClass().add("check-header");
        checksBox.getChildren().add(header);
        Phase current = null;
        for (CheckRow row : model.rows()) {
            if (row.phase() != current) {
                current = row.phase();
                Label title = new Label(phaseTitle(current));
                title.getStyleClass().add("phase-title");
                title.setId("phase-" + current.name());
                title.setTooltip(new Tooltip(phaseHint(current)));
                checksBox.getChildren().add(title);
            }
            checksBox.getChildren().add(rowNode(row));
        }
    }

    private Node rowNode(CheckRow row) {
        Label status = cell("", "check-status");
        status.textProperty().bind(row.statusTextProperty());
        Label code = cell(row.code().name(), "check-code");
        Label observed = cell("", "check-figure");
        observed.textProperty().bind(row.observedProperty());
        Label limit = cell("", "check-figure");
        limit.textProperty().bind(row.limitProperty());
        HBox line = new HBox(status, code, observed, limit);
        line.getStyleClass().add("check-line");
        Label message = new Label();
        message.textProperty().bind(row.messageProperty());
        message.setWrapText(true);
        message.getStyleClass().add("check-message");
        VBox box = new VBox(line, message);
        box.getStyleClass().add("check-row");
        box.setId("check-" + row.code().name());
        VBox.setVgrow(box, Priority.NEVER);

        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        box.setOnMouseClicked(e -> model.open(row));
        Runnable restyle = () -> {
            CheckStatus s = row.statusProperty().get();
            box.pseudoClassStateChanged(PASS, s == CheckStatus.PASS);
            box.pseudoClassStateChanged(FAIL, s == CheckStatus.FAIL);
            box.pseudoClassStateChanged(NOT_APPLICABLE, s == CheckStatus.NOT_APPLICABLE);
            box.pseudoClassStateChanged(NOT_EVALUATED, s == CheckStatus.NOT_EVALUATED);
            boolean actionable = row.canFocusPolicyField();
            box.pseudoClassStateChanged(ACTIONABLE, actionable);
            box.setCursor(actionable ? Cursor.HAND : Cursor.DEFAULT);
            tip.setText(row.code().name() + ": " + row.messageProperty().get()
                    + (actionable ? "\nClick to edit " + row.policyField() + " in the policy."
                    : row.policyField() == null ? "" : "\nLimit from the policy's " + row.policyField() + "."));
        };
        restyle.run();
        row.statusProperty().addListener((obs, o, n) -> restyle.run());
        row.messageProperty().addListener((obs, o, n) -> restyle.run());
        box.pseudoClassStateChanged(DECIDING, row.decidingProperty().get());
        if (row.decidingProperty().get()) {
            decidingRow = box;
        }
        row.decidingProperty().addListener((obs, o, n) -> {
            box.pseudoClassStateChanged(DECIDING, n);
            if (n) {
                decidingRow = box;
                revealLater(box);
            } else if (decidingRow == box) {
                decidingRow = null;
            }
        });
        Tooltip.install(box, tip);
        return box;
    }

    private void revealDeciding() {
        if (decidingRow != null) {
            revealLater(decidingRow);
        }
    }

    /** Scrolls the list so a newly deciding check is in sight (after layout, when its bounds are known). */
    private void revealLater(Node row) {
        javafx.application.Platform.runLater(() -> {
            double contentHeight = checksBox.getHeight();
            double viewport = checksScroll.getViewportBounds().getHeight();
            if (contentHeight <= viewport || viewport <= 0) {
                return;
            }
            double top = row.getBoundsInParent().getMinY();
            double bottom = row.getBoundsInParent().getMaxY();
            double scrollable = contentHeight - viewport;
            double shownTop = checksScroll.getVvalue() * scrollable;
            if (top < shownTop) {
                checksScroll.setVvalue(top / scrollable);
            } else if (bottom > shownTop + viewport) {
                checksScroll.setVvalue(Math.min(1, (bottom - viewport) / scrollable));
            }
        });
    }

    private static Label cell(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static String phaseTitle(Phase p) {
        return switch (p) {
            case INPUT -> "INPUT";
            case SAFETY -> "SAFETY  · a failure blocks";
            case DIRECTION -> "DIRECTION  · a failure blocks";
            case QUALIFICATION -> "QUALIFICATION  · a failure skips";
            case EXECUTION -> "EXECUTION  · a failure skips";
        };
    }

    private static String phaseHint(Phase p) {
        return switch (p) {
            case INPUT -> "Every value of the scenario and policy must be inside its domain, or the engine refuses (BLOCK).";
            case SAFETY -> "Hard limits that are never waived: a failure here gives BLOCK.";
            case DIRECTION -> "The add must go the position's way, with the stop on the losing side.";
            case QUALIFICATION -> "Conditions a good add meets: a failure gives SKIP, try again later.";
            case EXECUTION -> "Whether the order can be filled sensibly now: a failure gives SKIP.";
        };
    }

    /** Menu items for the main window's Scenario menu. */
    public List<MenuItem> menuItems() {
        MenuItem copy = new MenuItem("Copy Verdict as Text");
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.summary());
            Clipboard.getSystemClipboard().setContent(content);
        });
        return List.of(copy);
    }
}
