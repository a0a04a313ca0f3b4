package com.scalelab.ui.training;

import com.scalelab.engine.CheckResult;
import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingResult;
import com.scalelab.engine.landscape.WhatWouldFlip;
import com.scalelab.io.Lesson;
import com.scalelab.training.Drill;
import com.scalelab.training.ExerciseResult;
import com.scalelab.training.ResultsCsv;
import com.scalelab.training.Rules;
import com.scalelab.training.Situation;
import com.scalelab.ui.app.DialogService;
import com.scalelab.ui.app.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The drill: one exercise at a time with the verdict hidden, answered by click or key (S, K, B;
 * the reason with the arrow keys and Enter when the lesson asks it), then the reveal (the engine's
 * verdict, the trace with the deciding check highlighted, every failing check, what would flip it,
 * the lesson), and at the end the score and the per-rule summary. The rules live in {@link Drill};
 * this view only shows them and turns keys into its calls.
 */
public class DrillController {
    private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass DECIDING = PseudoClass.getPseudoClass("deciding");
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    @FXML private BorderPane root;
    @FXML private Label courseTitle;
    @FXML private Label progressLabel;
    @FXML private Label scoreLabel;
    @FXML private ProgressBar progressBar;
    @FXML private HBox exercisePane;
    @FXML private VBox situationBox;
    @FXML private VBox answerPane;
    @FXML private Label prompt;
    @FXML private Button scaleButton;
    @FXML private Button skipButton;
    @FXML private Button blockButton;
    @FXML private Label reasonPrompt;
    @FXML private ListView<ReasonCode> reasonList;
    @FXML private Button answerButton;
    @FXML private Button hintButton;
    @FXML private Label hintLabel;
    @FXML private ScrollPane revealScroll;
    @FXML private Label judgement;
    @FXML private Label verdictLabel;
    @FXML private Label lessonTitle;
    @FXML private Label lessonText;
    @FXML private VBox traceBox;
    @FXML private VBox failingBox;
    @FXML private VBox flipBox;
    @FXML private Button nextButton;
    @FXML private ScrollPane summaryScroll;
    @FXML private Label summaryScore;
    @FXML private VBox ruleBox;
    @FXML private Button exportButton;
    @FXML private Button backButton;

    private final ReadOnlyBooleanWrapper questionOpen = new ReadOnlyBooleanWrapper(this, "questionOpen");
    private Drill drill;
    private Decision chosen;
    private DialogService dialogs;
    private TaskExecutor tasks;
    private Consumer<Lesson> onLeave = l -> { };

    @FXML
    private void initialize() {
        scaleButton.setOnAction(e -> choose(Decision.SCALE));
        skipButton.setOnAction(e -> choose(Decision.SKIP));
        blockButton.setOnAction(e -> choose(Decision.BLOCK));
        answerButton.setOnAction(e -> answerWithReason());
        hintButton.setOnAction(e -> hint());
        nextButton.setOnAction(e -> next());
        exportButton.setOnAction(e -> exportResults());
        backButton.setOnAction(e -> leave());
        reasonList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ReasonCode code, boolean empty) {
                super.updateItem(code, empty);
                setText(empty || code == null ? null : code + "  (" + Rules.name(code) + ")");
            }
        });
        reasonList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                answerWithReason();
            }
        });
        // A filter, so the keys work whichever control has the focus (a list would take Enter and arrows).
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /** The window's dialogs and task executor (results export). */
    public void setServices(DialogService dialogs, TaskExecutor tasks) {
        this.dialogs = dialogs;
        this.tasks = tasks;
    }

    /** Called with the exercise on screen when the trainee leaves (Escape or Back). */
    public void setOnLeave(Consumer<Lesson> onLeave) {
        this.onLeave = onLeave;
    }

    /** True while a question is open: the simulator's builder and sliders are locked then. */
    public ReadOnlyBooleanProperty questionOpenProperty() {
        return questionOpen.getReadOnlyProperty();
    }

    public BorderPane root() {
        return root;
    }

    public Drill drill() {
        return drill;
    }

    public void start(Drill newDrill) {
        this.drill = newDrill;
        courseTitle.setText(drill.course().title());
        show();
    }

    // Keys

    private void key(KeyEvent e) {
        if (drill == null) {
            return;
        }
        KeyCode k = e.getCode();
        boolean handled = true;
        if (k == KeyCode.ESCAPE) {
            leave();
        } else if (drill.stage() == Drill.Stage.QUESTION) {
            switch (k) {
                case S -> choose(Decision.SCALE);
                case K -> choose(Decision.SKIP);
                case B -> choose(Decision.BLOCK);
                case H -> hint();
                case ENTER -> answerWithReason();
                case UP -> moveReason(-1);
                case DOWN -> moveReason(1);
                default -> handled = false;
            }
        } else if (drill.stage() == Drill.Stage.REVEAL) {
            handled = k == KeyCode.ENTER || k == KeyCode.N;
            if (handled) {
                next();
            }
        } else {
            handled = k == KeyCode.E;
            if (handled) {
                exportResults();
            }
        }
        if (handled) {
            e.consume();
        }
    }

    private void moveReason(int by) {
        if (reasonList.getItems().isEmpty()) {
            return;
        }
        int i = reasonList.getSelectionModel().getSelectedIndex();
        int to = Math.max(0, Math.min(reasonList.getItems().size() - 1, (i < 0 ? 0 : i + by)));
        reasonList.getSelectionModel().select(to);
        reasonList.scrollTo(to);
    }

    // Actions

    private void choose(Decision d) {
        if (drill.stage() != Drill.Stage.QUESTION) {
            return;
        }
        chosen = d;
        for (Button b : List.of(scaleButton, skipButton, blockButton)) {
            b.pseudoClassStateChanged(CHOSEN, b == button(d));
        }
        if (!drill.asksReason()) {
            drill.answer(d, null);
            show();
            return;
        }
        List<ReasonCode> codes = List.of(ReasonCode.values()).stream().filter(c -> c.decision() == d).toList();
        reasonList.getItems().setAll(codes);
        reasonList.getSelectionModel().select(0);
        reasonList.setDisable(false);
        answerButton.setDisable(false);
        reasonPrompt.setText(d + " — which reason? ↑↓ to choose, Enter to answer.");
        reasonList.requestFocus();
    }

    private Button button(Decision d) {
        return switch (d) {
            case SCALE -> scaleButton;
            case SKIP -> skipButton;
            case BLOCK -> blockButton;
        };
    }

    private void answerWithReason() {
        if (drill.stage() != Drill.Stage.QUESTION || chosen == null || !drill.asksReason()) {
            return;
        }
        ReasonCode reason = reasonList.getSelectionModel().getSelectedItem();
        if (reason != null && drill.answer(chosen, reason) != null) {
            show();
        }
    }

    private void hint() {
        String h = drill.takeHint();
        if (h != null) {
            hintLabel.setText("Hint (−" + Drill.HINT_COST + " points if right): " + h);
            hintButton.setDisable(true);
        }
    }

    private void next() {
        drill.next();
        show();
    }

    private void leave() {
        Lesson at = drill == null ? null : drill.lesson();
        questionOpen.set(false);
        onLeave.accept(at);
    }

    private void exportResults() {
        if (dialogs == null || drill.results().isEmpty()) {
            return;
        }
        String base = drill.course().title().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "")
                .toLowerCase(Locale.ROOT);
        DialogService.FileRequest request = new DialogService.FileRequest("Export results", "results", null,
                "results-" + (base.isEmpty() ? "course" : base) + ".csv", "CSV files (*.csv)", "csv");
        Path file = dialogs.chooseFileToSave(request).orElse(null);
        if (file == null) {
            return;
        }
        List<ExerciseResult> results = drill.results();
        tasks.run("Export results", p -> {
            ResultsCsv.save(results, file);
            return file;
        }, new TaskExecutor.Outcome<Path>(
                f -> summaryScore.setText(scoreLine() + " · results saved to " + f.getFileName()),
                () -> { },
                e -> dialogs.showError("Export results", "Could not write " + file + ": " + e.getMessage()
                        + "; the previous file, if any, is unchanged.")));
    }

    // Showing the drill's state

    private void show() {
        Drill.Stage stage = drill.stage();
        questionOpen.set(stage == Drill.Stage.QUESTION);
        boolean finished = stage == Drill.Stage.FINISHED;
        setShown(exercisePane, !finished);
        setShown(summaryScroll, finished);
        setShown(answerPane, stage == Drill.Stage.QUESTION);
        setShown(revealScroll, stage == Drill.Stage.REVEAL);
        int answered = drill.results().size();
        progressLabel.setText(finished ? "Course finished" : "Exercise " + (drill.index() + 1) + " of " + drill.size());
        progressBar.setProgress((double) answered / drill.size());
        scoreLabel.setText("Score " + drill.score());
        switch (stage) {
            case QUESTION -> showQuestion();
            case REVEAL -> showReveal();
            case FINISHED -> showSummary();
        }
    }

    private static void setShown(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    private void showQuestion() {
        Lesson l = drill.lesson();
        situationBox.getChildren().clear();
        for (Situation.Section s : Situation.of(l.scenario().inlinePolicy(), l.scenario().context())) {
            Label h = new Label(s.heading());
            h.getStyleClass().add("drill-section");
            situationBox.getChildren().add(h);
            for (String line : s.lines()) {
                Label t = new Label(line);
                t.getStyleClass().add("drill-line");
                t.setWrapText(true);
                situationBox.getChildren().add(t);
            }
        }
        chosen = null;
        for (Button b : List.of(scaleButton, skipButton, blockButton)) {
            b.pseudoClassStateChanged(CHOSEN, false);
        }
        prompt.setText(drill.asksReason()
                ? "Would the engine SCALE, SKIP or BLOCK this entry, and for which reason?"
                : "Would the engine SCALE, SKIP or BLOCK this entry?");
        boolean reason = drill.asksReason();
        reasonPrompt.setText(reason ? "Press S, K or B, then choose the reason." : "");
        setShown(reasonPrompt, reason);
        setShown(reasonList, reason);
        setShown(answerButton, reason);
        reasonList.getItems().clear();
        reasonList.setDisable(true);
        answerButton.setDisable(true);
        hintLabel.setText("");
        hintButton.setText(drill.hasHint() ? "Hint (H, −" + Drill.HINT_COST + " points)" : "No hint");
        hintButton.setDisable(!drill.hasHint());
        root.requestFocus();
    }

    private void showReveal() {
        ExerciseResult r = drill.lastResult();
        ScalingResult v = drill.verdict();
        Lesson l = drill.lesson();
        String verdict = v.decision() + ", " + v.reasonCode();
        String answered = r.answeredDecision() + (r.answeredReason() == null ? "" : ", " + r.answeredReason());
        judgement.setText(r.right()
                ? "Right: " + verdict + "." + (r.hints() > 0 ? " (hint taken: " + (Drill.POINTS - Drill.HINT_COST)
                        + " points)" : " (+" + Drill.POINTS + " points)")
                : "Wrong: you answered " + answered + "; the engine says " + verdict + ".");
        judgement.pseudoClassStateChanged(RIGHT, r.right());
        judgement.pseudoClassStateChanged(WRONG, !r.right());
        verdictLabel.setText("Why: " + v.explanation());
        lessonTitle.setText(l.title() != null ? l.title() : l.fileName());
        String text = l.text() == null ? "" : l.text();
        String name = l.scenario().name();
        lessonText.setText(name == null || name.isBlank() ? text : text + (text.isEmpty() ? "" : "\n\n") + name);

        traceBox.getChildren().clear();
        for (CheckResult c : v.checks()) {
            // One line per check; the message only where the check failed (the rest would bury the reason).
            Label t = new Label(String.format(Locale.ROOT, "%-26s %s", c.code(), c.status())
                    + (c.failed() ? "  " + c.message() : ""));
            t.getStyleClass().add("trace-line");
            t.setWrapText(true);
            t.pseudoClassStateChanged(FAILED, c.failed());
            t.pseudoClassStateChanged(DECIDING, c.code() == v.reasonCode());
            t.setId("trace-" + c.code());
            traceBox.getChildren().add(t);
        }
        failingBox.getChildren().clear();
        List<CheckResult> failing = v.checks().stream().filter(CheckResult::failed).toList();
        if (failing.isEmpty()) {
            failingBox.getChildren().add(line("none: every check passed", "drill-flip"));
        }
        for (CheckResult c : failing) {
            failingBox.getChildren().add(line("✗ " + c.code() + " (" + Rules.name(c.code()) + "): " + c.message(),
                    "drill-failing"));
        }
        flipBox.getChildren().clear();
        if (v.decision() == Decision.SCALE) {
            flipBox.getChildren().add(line("Already SCALE: nothing to flip.", "drill-flip"));
        } else {
            for (String s : WhatWouldFlip.find(l.scenario().inlinePolicy(), l.scenario().context()).sentences()) {
                flipBox.getChildren().add(line("→ " + s, "drill-flip"));
            }
        }
        nextButton.setText(drill.index() + 1 < drill.size() ? "Next (Enter)" : "See the results (Enter)");
        root.requestFocus();
    }

    private static Label line(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }

    private String scoreLine() {
        long hints = drill.results().stream().filter(x -> x.hints() > 0).count();
        return "Score " + drill.score() + " of " + drill.maxScore() + " · " + drill.rightCount() + " of "
                + drill.results().size() + " right · " + hints + (hints == 1 ? " hint" : " hints");
    }

    private void showSummary() {
        summaryScore.setText(scoreLine());
        ruleBox.getChildren().clear();
        for (Drill.Tally t : drill.summary()) {
            Label l = line(t.describe() + "  (" + t.code() + ")", t.right() * 2 < t.total() ? "drill-failing"
                    : "drill-flip");
            ruleBox.getChildren().add(l);
        }
        root.requestFocus();
    }

    // For tests and screenshots

    public Label judgementLabel() {
        return judgement;
    }

    public Label summaryLabel() {
        return summaryScore;
    }

    public VBox ruleBox() {
        return ruleBox;
    }

    public VBox traceBox() {
        return traceBox;
    }

    public VBox situationBox() {
        return situationBox;
    }
}
