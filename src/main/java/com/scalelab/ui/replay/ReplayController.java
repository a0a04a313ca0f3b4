package com.scalelab.ui.replay;

import com.scalelab.ui.app.FxDialogService;
import com.scalelab.ui.app.DialogService;
import com.scalelab.engine.Decision;
import com.scalelab.engine.Direction;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.OpenRule;
import com.scalelab.engine.replay.ReplayCycle;
import com.scalelab.engine.replay.ReplayDecision;
import com.scalelab.engine.replay.ReplayResult;
import com.scalelab.engine.replay.ReplaySummary;
import com.scalelab.engine.replay.StopMode;
import com.scalelab.ui.LabSession;
import com.scalelab.ui.app.LabPreferences;
import com.scalelab.ui.app.RecentFiles;
import com.scalelab.ui.app.SampleLibrary;
import com.scalelab.ui.scenario.ScenarioViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The Replay tab (fxml/replay.fxml): the run settings form, the summary, the price chart with the
 * verdict band and the equity curve under it, why adds were held back, and the decisions and
 * positions tables. It follows the policy in force live (see {@link ReplayViewModel}); clicking a
 * decision loads that moment into the what-if simulator. State lives in {@link RunViewModel},
 * {@link ReplayViewModel} and {@link RunDocument}; this class only binds and forwards.
 */
public class ReplayController {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass BAD = PseudoClass.getPseudoClass("bad");

    private final LabSession session;
    private final RunViewModel run = new RunViewModel();
    private final ReplayViewModel replay;
    private RunStore store = new FileRunStore();
    private DialogService dialogs = new FxDialogService(this::window);
    private RunDocument document;
    private RecentFiles recent;
    private Host host;
    private ReplayExports exports;
    private double restoreDivider = 0.56;
    private boolean syncing;
    private final ReadOnlyBooleanWrapper inspecting = new ReadOnlyBooleanWrapper(this, "inspecting");
    private final ReadOnlyObjectWrapper<ReplayViewModel.Moment> inspected = new ReadOnlyObjectWrapper<>(this, "inspected");
    private ReplayCharts charts;
    /** The scenario as it was right after a replay moment was loaded: unchanged means the user has not moved it. */
    private com.scalelab.engine.ScalingContext loadedContext;

    @FXML private Label runTitle;
    @FXML private Label barsLabel;
    @FXML private Tooltip barsTip;
    @FXML private Label policyLabel;
    @FXML private Hyperlink inlinePolicyLink;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Tooltip statusTip;
    @FXML private Button saveButton;
    @FXML private ToggleButton maximiseButton;
    @FXML private ComboBox<Direction> directionBox;
    @FXML private TextField equityField;
    @FXML private TextField atrPeriodField;
    @FXML private TextField spreadField;
    @FXML private ComboBox<OpenRule> openRuleBox;
    @FXML private Label lookbackLabel;
    @FXML private TextField lookbackField;
    @FXML private TextField notionalField;
    @FXML private TextField signalField;
    @FXML private TextField stopAtrField;
    @FXML private ComboBox<StopMode> stopModeBox;
    @FXML private TextField takeProfitField;
    @FXML private Label formProblem;
    @FXML private FlowPane summaryPane;
    @FXML private StackPane priceChartHolder;
    @FXML private StackPane equityChartHolder;
    @FXML private Label heldBackTitle;
    @FXML private HeldBackBars heldBack;
    @FXML private TabPane tablesTabs;
    @FXML private Tab decisionsTab;
    @FXML private TableView<ReplayDecision> decisionsTable;
    @FXML private TableColumn<ReplayDecision, ReplayDecision> barColumn;
    @FXML private TableColumn<ReplayDecision, ReplayDecision> timeColumn;
    @FXML private TableColumn<ReplayDecision, ReplayDecision> kindColumn;
    @FXML private TableColumn<ReplayDecision, ReplayDecision> priceColumn;
    @FXML private TableColumn<ReplayDecision, ReplayDecision> verdictColumn;
    @FXML private TableColumn<ReplayDecision, ReplayDecision> reasonColumn;
    @FXML private Button inspectButton;
    @FXML private TableView<ReplayCycle> positionsTable;
    @FXML private TableColumn<ReplayCycle, ReplayCycle> openedColumn;
    @FXML private TableColumn<ReplayCycle, ReplayCycle> closedColumn;
    @FXML private TableColumn<ReplayCycle, ReplayCycle> entriesColumn;
    @FXML private TableColumn<ReplayCycle, ReplayCycle> averageColumn;
    @FXML private TableColumn<ReplayCycle, ReplayCycle> exitColumn;
    @FXML private TableColumn<ReplayCycle, ReplayCycle> pnlColumn;
    @FXML private TableColumn<ReplayCycle, ReplayCycle> adverseColumn;

    /**
     * What the replay needs from the main window: the simulator to load a moment into, the tabs
     * and divider to move, and the builder to open a run's own policy in.
     */
    public record Host(Stage stage, SplitPane verticalSplit, TabPane bottomTabs, Tab replayTab, Tab simulatorTab,
                       ScenarioViewModel scenario, BiConsumer<ScalingPolicy, String> openPolicyInBuilder,
                       LabPreferences prefs, RecentFiles recentRuns) {
    }

    public ReplayController(LabSession session) {
        this(session, new ReplayViewModel());
    }

    ReplayController(LabSession session, ReplayViewModel replay) {
        this.session = session;
        this.replay = replay;
    }

    @FXML
    private void initialize() {
        replay.policyProperty().bind(session.policyProperty());
        replay.settingsProperty().bind(run.settingsProperty());
        bindForm();
        bindTables();
        charts = new ReplayCharts(priceChartHolder, equityChartHolder);
        charts.setOnBarClicked(bar -> {
            int index = replay.indexAtBar(bar);
            if (index >= 0) {
                select(index, true);
            }
        });
        heldBack.setOnPick(replay::highlight);

        progressBar.visibleProperty().bind(replay.showProgressProperty());
        progressBar.managedProperty().bind(progressBar.visibleProperty());
        progressBar.progressProperty().bind(replay.progressProperty());
        statusLabel.textProperty().bind(replay.statusProperty());
        statusTip.textProperty().bind(replay.statusProperty());
        replay.resultProperty().addListener((obs, o, r) -> showResult(r));
        replay.highlightedBarsProperty().addListener((obs, o, marks) -> charts.setHighlightedBars(marks));
        replay.highlightedReasonProperty().addListener((obs, o, r) -> heldBack.show(replay.heldBack(), r));
        replay.selectedProperty().addListener((obs, o, n) -> showSelection(n.intValue()));
        replay.barsProperty().addListener((obs, o, b) -> {
            charts.setBars(b);
            showBarsLabel();
        });
        session.policyProperty().addListener((obs, o, n) -> showPolicyLabel());
        inlinePolicyLink.setVisible(false);
        inlinePolicyLink.managedProperty().bind(inlinePolicyLink.visibleProperty());
        maximiseButton.selectedProperty().addListener((obs, o, n) -> maximise(n));
        showResult(null);
        showPolicyLabel();
        showBarsLabel();
    }

    // Form

    private void bindForm() {
        directionBox.getItems().setAll(Direction.values());
        directionBox.valueProperty().bindBidirectional(run.directionProperty());
        openRuleBox.getItems().setAll(OpenRule.values());
        openRuleBox.valueProperty().bindBidirectional(run.openRuleProperty());
        openRuleBox.setTooltip(new Tooltip("When a flat replay opens a position: every bar, a breakout of the "
                + "lookback's range, or a pullback below it"));
        stopModeBox.getItems().setAll(StopMode.values());
        stopModeBox.valueProperty().bindBidirectional(run.stopModeProperty());
        stopModeBox.setTooltip(new Tooltip("FIXED keeps the stop set at the initial entry; FROM_AVERAGE moves it "
                + "to stop.atr ATR from the average price after every entry"));
        Map<TextField, String> paths = Map.of(equityField, "account.equity", atrPeriodField, "market.atrPeriod",
                spreadField, "market.spreadBps", lookbackField, "open.lookback", notionalField, "open.notionalPct",
                signalField, "adds.signalQuality", stopAtrField, "stop.atr", takeProfitField, "exit.takeProfitPct");
        bindText(equityField, run.equityProperty(), "Starting cash equity (account.equity, > 0)");
        bindText(atrPeriodField, run.atrPeriodProperty(), "Wilder ATR period in bars (market.atrPeriod, 1 to 1000)");
        bindText(spreadField, run.spreadBpsProperty(), "Bid-ask spread in basis points (market.spreadBps, >= 0)");
        bindText(lookbackField, run.lookbackProperty(), "Bars the breakout or pullback range looks back (open.lookback)");
        bindText(notionalField, run.notionalPctProperty(), "Initial entry size as % of equity (open.notionalPct, up to 1000)");
        bindText(signalField, run.signalQualityProperty(), "Signal quality of every add, 0 to 1 (adds.signalQuality); "
                + "a bar file's signal column wins");
        bindText(stopAtrField, run.stopAtrProperty(), "Stop distance from the entry in ATR (stop.atr, > 0)");
        bindText(takeProfitField, run.takeProfitPctProperty(), "Take-profit, % from the average price "
                + "(exit.takeProfitPct); empty for none");
        lookbackField.disableProperty().bind(run.lookbackDisabledProperty());
        lookbackLabel.disableProperty().bind(run.lookbackDisabledProperty());
        run.problemsProperty().addListener((obs, o, problems) -> {
            paths.forEach((field, path) -> field.pseudoClassStateChanged(BAD, problems.containsKey(path)));
            formProblem.setText(problems.isEmpty() ? ""
                    : "⚠ " + problems.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .reduce((a, b) -> a + "\n⚠ " + b).orElse("") + "\nThe last valid settings stay in force.");
        });
    }

    private static void bindText(TextField field, StringProperty property, String tip) {
        field.textProperty().bindBidirectional(property);
        field.setTooltip(new Tooltip(tip));
    }

    // Tables

    private void bindTables() {
        text(barColumn, d -> Integer.toString(d.bar()));
        text(timeColumn, d -> ReplayViewModel.when(d.time()));
        text(kindColumn, d -> d.kind().name());
        text(priceColumn, d -> price(d.price()));
        text(verdictColumn, d -> d.decision().name());
        text(reasonColumn, d -> d.reasonCode().name());
        verdictColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ReplayDecision d, boolean empty) {
                super.updateItem(d, empty);
                getStyleClass().removeAll("decision-scale", "decision-skip", "decision-block");
                if (empty || d == null) {
                    setText(null);
                } else {
                    setText(d.decision().name());
                    getStyleClass().add("decision-" + d.decision().name().toLowerCase(Locale.ROOT));
                }
            }
        });
        decisionsTable.setRowFactory(t -> {
            TableRow<ReplayDecision> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    inspectSelected();
                }
            });
            return row;
        });
        decisionsTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                inspectSelected();
            }
        });
        decisionsTable.getSelectionModel().selectedIndexProperty().addListener((obs, o, n) -> {
            if (!syncing && n.intValue() >= 0) {
                select(n.intValue(), false);
            }
        });
        inspectButton.disableProperty().bind(decisionsTable.getSelectionModel().selectedItemProperty().isNull());

        text(openedColumn, c -> ReplayViewModel.when(timeOf(c.openBar())));
        text(closedColumn, c -> ReplayViewModel.when(timeOf(c.closeBar())));
        text(entriesColumn, c -> Integer.toString(c.entries().size()));
        text(averageColumn, c -> c.exit() == null ? "" : price(c.exit().averagePrice()));
        text(exitColumn, c -> c.exit() == null ? "" : c.exit().reason().name());
        text(pnlColumn, c -> c.exit() == null ? "" : money(c.exit().pnl()));
        text(adverseColumn, c -> money(c.largestAdverseMove()));
        positionsTable.getSelectionModel().selectedItemProperty().addListener((obs, o, c) -> {
            if (c != null && !syncing) {
                charts.showRange(c.openBar(), c.closeBar());
            }
        });
    }

    private Instant timeOf(int bar) {
        BarSeries b = replay.barsProperty().get();
        return b == null || bar < 0 || bar >= b.size() ? null : b.time()[bar];
    }

    private static <S> void text(TableColumn<S, S> column, Function<S, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(S item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
    }

    static String price(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, Math.abs(v) >= 1000 ? "%,.2f" : "%.4g", v) : "—";
    }

    static String money(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,.2f", v) : "—";
    }

    // Showing a result

    private void showResult(ReplayResult r) {
        syncing = true;
        try {
            decisionsTable.setItems(r == null ? FXCollections.observableArrayList()
                    : FXCollections.observableList(r.decisions()));
            positionsTable.setItems(r == null ? FXCollections.observableArrayList()
                    : FXCollections.observableList(r.cycles()));
        } finally {
            syncing = false;
        }
        charts.setResult(r);
        heldBack.show(replay.heldBack(), replay.highlightedReasonProperty().get());
        showSummary(r == null ? null : r.summary());
        showPolicyLabel();
        showSelection(replay.selectedProperty().get());
        refreshInspected(r);
    }

    /**
     * After a re-run (a policy or settings edit) the moment in the simulator is the old replay's:
     * when the user has not moved it since, it is replaced by the new replay's moment at the same
     * bar, so the verdict panel keeps showing what the replay decided there.
     */
    private void refreshInspected(ReplayResult r) {
        ReplayViewModel.Moment m = inspected.get();
        if (r == null || m == null || host == null || !inspecting.get()
                || !java.util.Objects.equals(host.scenario().session().getContext(), loadedContext)) {
            return;
        }
        int index = replay.indexAtBar(m.decision().bar());
        ReplayViewModel.Moment now = replay.moment(index);
        if (now != null) {
            load(now);
        }
    }

    private void load(ReplayViewModel.Moment m) {
        inspected.set(m);
        host.scenario().load(m.context(), m.name());
        loadedContext = host.scenario().session().getContext();
        inspecting.set(true);
    }

    private void showSummary(ReplaySummary s) {
        summaryPane.getChildren().clear();
        if (s == null) {
            Label hint = new Label("No replay yet: open a sample run from Replay > Open Sample Run, or drop a bar or run "
                    + "file on the window.");
            hint.getStyleClass().add("hint");
            summaryPane.getChildren().add(hint);
            heldBackTitle.setText("Why adds were held back");
            return;
        }
        figure("P&L", money(s.pnl()), s.pnl() >= 0 ? "figure-gain" : "figure-loss",
                "Profit and loss over the whole replay (exits only)");
        figure("Equity end", money(s.equityEnd()), null, "Cash equity after the last exit");
        figure("Max drawdown", pct(s.maxDrawdownPct()), null, "Largest fall of the mark-to-market equity from its peak");
        figure("Positions", Integer.toString(s.cycles()), null, "Positions opened and closed");
        figure("Entries", Integer.toString(s.approvedEntries()), null, "Approved entries (SCALE verdicts), initial ones included");
        figure("Decisions", String.format(Locale.ROOT, "%,d", s.decisions()), null, "Proposals judged by the engine");
        figure("Max entries", Integer.toString(s.maxEntriesInACycle()), null, "Most entries in one position");
        figure("Max position", pct(s.maxPositionPct()), null, "Largest position after an approved entry, % of equity");
        figure("Max risk", pct(s.maxRiskPct()), null, "Largest risk to the stop after an approved entry, % of equity");
        int held = s.decisions() - s.approvedEntries();
        heldBackTitle.setText(String.format(Locale.ROOT, "Why adds were held back (%,d of %,d)", held, s.decisions()));
    }

    private void figure(String name, String value, String style, String tip) {
        Label v = new Label(value);
        v.getStyleClass().add("figure-value");
        if (style != null) {
            v.getStyleClass().add(style);
        }
        Label n = new Label(name);
        n.getStyleClass().add("figure-name");
        VBox box = new VBox(n, v);
        box.getStyleClass().add("figure");
        box.setId("figure-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
        Tooltip.install(box, new Tooltip(tip));
        summaryPane.getChildren().add(box);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.2f %%", v);
    }

    private void showPolicyLabel() {
        ScalingPolicy inForce = session.getPolicy();
        ScalingPolicy own = document == null ? null : document.inlinePolicyProperty().get();
        boolean same = own != null && own.equals(inForce);
        policyLabel.setText("Replaying the builder's policy: " + (inForce == null ? "none valid" : inForce.name())
                + (same ? ", the run's own" : ""));
        inlinePolicyLink.setVisible(own != null && !same);
    }

    private void showBarsLabel() {
        BarSeries b = replay.barsProperty().get();
        Path f = document == null ? null : document.barsFileProperty().get();
        if (b == null) {
            barsLabel.setText("No bars");
            barsTip.setText("Open a bar file: Replay > Open Bars…");
        } else {
            barsLabel.setText(String.format(Locale.ROOT, "%s · %,d bars", f == null ? "bars" : f.getFileName(), b.size()));
            barsTip.setText((f == null ? "" : f + "\n") + ReplayViewModel.when(b.time()[0]) + " to "
                    + ReplayViewModel.when(b.time()[b.size() - 1]));
        }
    }

    // Selection and the simulator

    /** Selects decision {@code index}; with {@code fromChart} the table scrolls to it. */
    private void select(int index, boolean fromChart) {
        replay.select(index);
        ReplayViewModel.Moment m = replay.moment(replay.selectedProperty().get());
        if (m != null && host != null) {
            load(m);
        }
    }

    private void showSelection(int index) {
        syncing = true;
        try {
            if (index < 0) {
                decisionsTable.getSelectionModel().clearSelection();
                charts.setSelectedBar(-1);
            } else {
                if (decisionsTable.getSelectionModel().getSelectedIndex() != index) {
                    decisionsTable.getSelectionModel().clearAndSelect(index);
                    decisionsTable.scrollTo(Math.max(0, index - 3));
                }
                charts.setSelectedBar(replay.getResult().decisions().get(index).bar());
            }
        } finally {
            syncing = false;
        }
    }

    /** Opens the selected decision in the simulator and shows the decision map beside it. */
    @FXML
    void inspectSelected() {
        int index = replay.selectedProperty().get();
        if (index < 0 || host == null) {
            return;
        }
        select(index, false);
        maximiseButton.setSelected(false);
        host.bottomTabs().getSelectionModel().select(host.simulatorTab());
    }

    /** "Back to replay": the Replay tab again, with the inspected decision selected. */
    public void backToReplay() {
        if (host == null) {
            return;
        }
        host.bottomTabs().getSelectionModel().select(host.replayTab());
        ReplayViewModel.Moment m = inspected.get();
        if (m != null && replay.getResult() != null) {
            int index = replay.indexAtBar(m.decision().bar());
            if (index >= 0) {
                replay.select(index);
                showSelection(index); // the table may have lost its selection meanwhile
                decisionsTable.requestFocus();
            }
        }
    }

    // Window wiring

    /** Connects the view to the main window: called once after the stage exists. */
    public void attach(Host host) {
        this.host = host;
        this.recent = host.recentRuns();
        this.document = new RunDocument(run, replay, () -> store, () -> dialogs, recent);
        this.exports = new ReplayExports(replay, () -> dialogs, this::chartImage);
        statusLabel.textProperty().unbind();
        statusLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> exports.statusProperty().get().isEmpty() ? replay.statusProperty().get()
                        : exports.statusProperty().get(), replay.statusProperty(), exports.statusProperty()));
        runTitle.textProperty().bind(document.titleBinding());
        document.inlinePolicyProperty().addListener((obs, o, n) -> showPolicyLabel());
        document.barsFileProperty().addListener((obs, o, n) -> showBarsLabel());
        // Looking at another tab gives the simulator its room back.
        host.bottomTabs().getSelectionModel().selectedItemProperty().addListener((obs, o, tab) -> {
            if (tab != host.replayTab() && maximiseButton.isSelected()) {
                maximiseButton.setSelected(false);
            }
        });
        // Another scenario opened in the simulator: there is no replay moment to go back to.
        host.scenario().scenarioNameProperty().addListener((obs, o, name) -> {
            ReplayViewModel.Moment m = inspected.get();
            if (m == null || !m.name().equals(name)) {
                inspecting.set(false);
            }
        });
        showPolicyLabel();
        showBarsLabel();
    }

    /** Dropping a run or bar file anywhere on the window opens it in the replay (built then if need be). */
    public static void acceptDrops(Scene scene, java.util.function.Supplier<ReplayController> replay) {
        if (scene == null) {
            return;
        }
        scene.addEventHandler(javafx.scene.input.DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        scene.addEventHandler(javafx.scene.input.DragEvent.DRAG_DROPPED, e -> {
            if (!e.getDragboard().hasFiles() || e.getDragboard().getFiles().size() != 1) {
                return;
            }
            Path file = e.getDragboard().getFiles().get(0).toPath();
            e.setDropCompleted(replay.get().openDropped(file));
            e.consume();
        });
    }

    /** Opens a dropped file as a run when it reads as one (a JSON object with a run's fields), else as bars. */
    public boolean openDropped(Path file) {
        host.bottomTabs().getSelectionModel().select(host.replayTab());
        return RunFileSniffer.looksLikeRun(file) ? document.openRun(file) : document.openBars(file);
    }

    private Window window() {
        return host == null ? null : host.stage();
    }

    private javafx.scene.image.WritableImage chartImage() {
        return charts.snapshot();
    }

    // Commands

    /** One click on a sample run: its settings and bars open and the replay shows. */
    public boolean openSample(String name) {
        showReplayTab();
        Path path = SampleLibrary.runPath(name);
        if (path == null) {
            dialogs.showError("Cannot open sample run", name + " is not on the class path.");
            return false;
        }
        if (!document.openSample(name, path)) {
            return false;
        }
        // A sample run is a lesson about its own policy: that policy goes into the builder (asking
        // first about unsaved policy edits). A run file the user opens keeps the builder's policy.
        ScalingPolicy own = document.inlinePolicyProperty().get();
        if (own != null && host != null && !own.equals(session.getPolicy())) {
            host.openPolicyInBuilder().accept(own, "sample run " + name);
        }
        return true;
    }

    /** From the recent-runs menu: the tab shows and the run opens (unsaved run edits asked about first). */
    public void openRecent(Path f) {
        showReplayTab();
        document.openRun(f);
    }

    @FXML
    public void openRun() {
        showReplayTab();
        document.openRun();
    }

    @FXML
    public void openBars() {
        showReplayTab();
        document.openBars();
    }

    @FXML
    public void saveRun() {
        document.save();
    }

    public void saveRunAs() {
        document.saveAs();
    }

    @FXML
    void openInlinePolicy() {
        ScalingPolicy p = document.inlinePolicyProperty().get();
        if (p != null && host != null) {
            Path f = document.fileProperty().get();
            host.openPolicyInBuilder().accept(p, "run " + (f == null ? document.displayName() : f.getFileName()));
        }
    }

    private void showReplayTab() {
        if (host != null) {
            host.bottomTabs().getSelectionModel().select(host.replayTab());
        }
    }

    /** Gives the replay the window's whole height (the divider to the top), or puts it back. */
    private void maximise(boolean on) {
        if (host == null) {
            return;
        }
        SplitPane split = host.verticalSplit();
        javafx.scene.layout.Region top = (javafx.scene.layout.Region) split.getItems().get(0);
        if (on) {
            restoreDivider = split.getDividerPositions()[0] > 0.05 ? split.getDividerPositions()[0] : restoreDivider;
            host.bottomTabs().getSelectionModel().select(host.replayTab());
            // the builder, sliders and verdict have minimum heights the divider would stop at
            top.setMinHeight(0);
            split.setDividerPosition(0, 0);
        } else {
            top.setMinHeight(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
            split.setDividerPosition(0, restoreDivider);
        }
    }

    /** On quit: ask about unsaved run edits. */
    public boolean confirmDiscardChanges() {
        return document == null || document.confirmDiscardChanges();
    }

    // For tests and the main window

    public void setStore(RunStore store) {
        this.store = store;
    }

    public void setDialogs(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    public RunViewModel run() {
        return run;
    }

    public ReplayViewModel replay() {
        return replay;
    }

    public RunDocument document() {
        return document;
    }

    public ReplayExports exports() {
        return exports;
    }

    public ReplayCharts charts() {
        return charts;
    }

    public HeldBackBars heldBackBars() {
        return heldBack;
    }

    public TableView<ReplayDecision> decisionsTable() {
        return decisionsTable;
    }

    public TableView<ReplayCycle> positionsTable() {
        return positionsTable;
    }

    public ToggleButton maximiseButton() {
        return maximiseButton;
    }

    /** True while a replay moment is in the simulator ("Back to replay" shows). */
    public ReadOnlyBooleanProperty inspectingProperty() {
        return inspecting.getReadOnlyProperty();
    }

    public ReplayViewModel.Moment inspected() {
        return inspected.get();
    }
}
