package com.scalelab.ui;

import com.scalelab.engine.PolicyProblem;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.ui.app.DialogService;
import com.scalelab.ui.app.FxTaskExecutor;
import com.scalelab.ui.app.HelpDialogs;
import com.scalelab.ui.app.LabPreferences;
import com.scalelab.ui.app.RecentFiles;
import com.scalelab.ui.app.SampleLibrary;
import com.scalelab.ui.app.Theme;
import com.scalelab.ui.app.TaskExecutor;
import com.scalelab.ui.audit.AuditController;
import com.scalelab.ui.document.WindowTitle;
import com.scalelab.ui.landscape.LandscapeController;
import com.scalelab.ui.policy.PolicyController;
import com.scalelab.ui.policy.PolicyDocument;
import com.scalelab.ui.policy.PolicyViewModel;
import com.scalelab.ui.replay.ReplayController;
import com.scalelab.ui.replay.ReplayMenu;
import com.scalelab.ui.scenario.ScenarioController;
import com.scalelab.ui.scenario.ScenarioDocument;
import com.scalelab.ui.training.TrainingMode;
import com.scalelab.ui.verdict.VerdictController;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The main window: its menus, title and status line. It hosts the four views (policy, scenario,
 * verdict, audit), appends each view's own menu items to the menu of its name, and owns the
 * window-wide things: theme, remembered bounds, the title with both documents' states, the
 * unsaved-edits prompts on quit, the one dialog service and task executor the views share.
 */
public class MainController {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final LabSession session;
    private PolicyDocument document;
    private DialogService dialogs;
    private final TaskExecutor tasks = FxTaskExecutor.shared();
    private com.scalelab.ui.tuning.SweepTab sweepTab;
    private com.scalelab.ui.tuning.CompareView compareView;
    private com.scalelab.ui.coverage.CoverageWindow coverage;
    private LabPreferences prefs;
    private RecentFiles recent;
    private Stage stage;
    private Theme theme = Theme.LIGHT;
    private List<String> notices = List.of();
    /** Kept: a binding only listened to would be collected with its listener. */
    private StringBinding windowTitle;

    @FXML private MenuBar menuBar;
    @FXML private Menu policyMenu;
    @FXML private Menu recentMenu;
    @FXML private Menu sampleMenu;
    @FXML private Menu scenarioMenu;
    @FXML private Menu auditMenu;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private ToggleGroup themeGroup;
    @FXML private RadioMenuItem lightItem;
    @FXML private RadioMenuItem darkItem;
    @FXML private Label statusLabel;
    @FXML private Tooltip statusTip;
    @FXML private Label inForceLabel;

    @FXML private Parent policy;
    @FXML private Parent scenario;
    @FXML private Menu editMenu;
    @FXML private Menu viewMenu;
    private TrainingMode training;
    @FXML private PolicyController policyController;
    @FXML private ScenarioController scenarioController;
    @FXML private VerdictController verdictController;
    /** Null until the Audit log tab is first used; the log it shows records from the start. */
    private AuditController auditController;
    private final com.scalelab.ui.audit.AuditViewModel auditLog = new com.scalelab.ui.audit.AuditViewModel();
    /** Null until {@link #buildDeferredViews} ran (just after the window's first frame). */
    private final ReadOnlyObjectWrapper<LandscapeController> landscape = new ReadOnlyObjectWrapper<>(this, "landscape");
    private LandscapeController landscapeController;
    @FXML private Menu landscapeMenu;
    @FXML private TabPane bottomTabs;
    @FXML private Tab landscapeTab;
    @FXML private Tab auditTab;
    @FXML private Tab replayTab;
    @FXML private Tab sweepTabSlot;
    @FXML private Tab compareTab;
    @FXML private Menu replayMenu;
    /** Null until the Replay tab is first used (see {@link #replayController()}). */
    private ReplayController replayController;
    private ReplayMenu replayItems;
    private final javafx.beans.property.BooleanProperty inspectingReplay =
            new javafx.beans.property.SimpleBooleanProperty(this, "inspectingReplay");
    @FXML private javafx.scene.control.SplitPane verticalSplit;
    @FXML private javafx.scene.control.Button backToReplayButton;

    public MainController(LabSession session) {
        this.session = session;
    }

    @FXML
    private void initialize() {
        scenarioMenu.getItems().addAll(scenarioController.menuItems());
        // The verdict view acts on the scenario (record, add entry), so its items go to Scenario.
        List<MenuItem> verdictItems = verdictController.menuItems();
        if (!verdictItems.isEmpty() && !scenarioMenu.getItems().isEmpty()) {
            scenarioMenu.getItems().add(new javafx.scene.control.SeparatorMenuItem());
        }
        scenarioMenu.getItems().addAll(verdictItems);
        AuditController.listen(session, auditLog);
        auditMenu.getItems().addAll(AuditController.menuItems(auditLog, this::auditController));
        scenarioMenu.setVisible(!scenarioMenu.getItems().isEmpty());
        auditMenu.setVisible(!auditMenu.getItems().isEmpty());
        // The map and ladder are what a newcomer should see first (built just after the first frame).
        bottomTabs.getSelectionModel().select(landscapeTab);

        PolicyViewModel vm = policyController.viewModel();
        undoItem.disableProperty().bind(vm.canUndoProperty().not());
        redoItem.disableProperty().bind(vm.canRedoProperty().not());
        // A text field takes Ctrl+Z for its own one-character undo; in the builder it means a policy edit.
        policy.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (matches(undoItem, e)) {
                e.consume();
                undo();
            } else if (matches(redoItem, e)) {
                e.consume();
                redo();
            }
        });

        for (Observable o : List.of(session.draftProblemsProperty(), session.policyProperty())) {
            o.addListener(x -> showStatus());
        }
        showStatus();
    }

    /**
     * Builds the views left out of the first frame: the decision map and ladder (their FXML, the map's
     * first computation, the ladder table) and the flips under the verdict. Called once the window
     * is on screen; calling it again does nothing.
     */
    public void buildDeferredViews() {
        if (landscapeController != null) {
            return;
        }
        ViewLoader.Loaded<LandscapeController> loaded = new ViewLoader(session).load("landscape.fxml");
        landscapeController = loaded.controller();
        if (dialogs != null) {
            landscapeController.setDialogs(dialogs); // its PNG and CSV exports ask through the window's service
        }
        landscapeTab.setContent(loaded.root());
        landscapeMenu.getItems().addAll(landscapeController.menuItems());
        // The flips sit under the verdict and follow the landscape's view-model.
        landscapeController.showFlipsIn(verdictController.flipsView());
        landscape.set(landscapeController);
    }

    /** The landscape's controller once it is built (null in the window's first frame). */
    public ReadOnlyObjectProperty<LandscapeController> landscapeProperty() {
        return landscape.getReadOnlyProperty();
    }

    private static boolean matches(MenuItem item, KeyEvent e) {
        KeyCombination k = item.getAccelerator();
        return k != null && k.match(e);
    }

    /** Connects the window: called once by the application after the scene exists. */
    public void attach(Stage stage, DialogService dialogs, LabPreferences prefs, String policySource,
                       String scenarioSource, List<String> startupNotices) {
        this.stage = stage;
        this.prefs = prefs;
        this.dialogs = dialogs;
        this.notices = List.copyOf(startupNotices);
        this.recent = new RecentFiles(prefs);
        this.document = new PolicyDocument(policyController.viewModel(), dialogs, recent, policySource);
        ScenarioDocument scenario = scenarioController.document();
        scenario.state().setSource(null, scenarioSource);
        scenarioController.setDialogs(dialogs);
        // A scenario's own policy opens as its own untitled policy document, never into the open file.
        scenario.setInlinePolicy(document::openInline);
        auditLog.setTaskExecutor(tasks);
        if (landscapeController != null) {
            landscapeController.setDialogs(dialogs);
        }
        MenuItem coverageItem = new MenuItem("Coverage of Scenario Packs…");
        coverageItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+U"));
        coverageItem.setOnAction(e -> showCoverage());
        scenarioMenu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), coverageItem);
        StringBinding title = WindowTitle.of(policyController.viewModel().nameProperty(),
                document.state(), scenario.state());
        // Set, not bound: a bound title would make the stage refuse setTitle from anyone else
        // (TestFX hands the same primary stage to every test class).
        stage.setTitle(title.get());
        title.addListener((obs, o, t) -> stage.setTitle(t));
        windowTitle = title;

        replayItems = new ReplayMenu(this::replayController, ReplayMenu.recentRuns());
        replayMenu.getItems().addAll(replayItems.items());
        ReplayController.acceptDrops(stage.getScene(), this::replayController);
        backToReplayButton.visibleProperty().bind(inspectingReplay
                .and(bottomTabs.getSelectionModel().selectedItemProperty().isNotEqualTo(replayTab)));
        backToReplayButton.managedProperty().bind(backToReplayButton.visibleProperty());
        // The tabs not showing at start are built the first time they are chosen.
        bottomTabs.getSelectionModel().selectedItemProperty().addListener((obs, o, tab) -> {
            if (tab == auditTab) {
                auditController();
            } else if (tab == replayTab) {
                replayController();
            } else if (tab == sweepTabSlot) {
                sweepTab();
            } else if (tab == compareTab) {
                compareView();
            }
        });
        // Training mode: its menu before View, Save as Exercise under Scenario; the drill locks these while asking.
        training = new TrainingMode(session, (javafx.scene.layout.BorderPane) menuBar.getParent(),
                List.of(policy, this.scenario, bottomTabs), List.of(policyMenu, editMenu, scenarioMenu, landscapeMenu),
                scenario, () -> scenarioController.model().scenarioNameProperty().get(), dialogs, tasks);
        menuBar.getMenus().add(menuBar.getMenus().indexOf(viewMenu), training.menu());
        scenarioMenu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), training.saveAsExerciseItem());
        MenuItem compareItem = new MenuItem("Compare Policies…");
        compareItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        compareItem.setOnAction(e -> bottomTabs.getSelectionModel().select(compareTab));
        policyMenu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), compareItem);

        recent.files().addListener((Observable o) -> buildRecentMenu());
        buildRecentMenu();
        buildSampleMenu();

        themeGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // a theme is always chosen
            } else {
                applyTheme(now == darkItem ? Theme.DARK : Theme.LIGHT);
            }
        });
        Theme remembered = prefs.theme();
        (remembered == Theme.DARK ? darkItem : lightItem).setSelected(true);
        applyTheme(remembered);
        // The one close handler of this stage (replaced, not added, if the stage is reused).
        stage.setOnCloseRequest(e -> {
            if (!closeRequested()) {
                e.consume();
            }
        });
        showStatus();
    }

    private void buildRecentMenu() {
        com.scalelab.ui.app.FileMenus.fillRecent(recentMenu, recent.list(), "Shortcut+Alt+", document::open);
    }

    private void buildSampleMenu() {
        com.scalelab.ui.app.FileMenus.fillSamples(sampleMenu, SampleLibrary.policyNames(), "Shortcut+Shift+",
                "sample-", document::openSample);
    }

    private void showStatus() {
        List<PolicyProblem> problems = session.draftProblemsProperty().get();
        List<PolicyProblem> errors = problems.stream().filter(PolicyProblem::isError).toList();
        String text;
        if (!errors.isEmpty()) {
            text = "⚠ The edited policy has " + (errors.size() == 1 ? "1 error" : errors.size() + " errors")
                    + "; the last valid policy stays in force. " + errors.get(0);
        } else if (!problems.isEmpty()) {
            text = "Policy valid, with a warning: " + problems.get(0);
        } else {
            text = "✔ Policy valid and in force.";
        }
        if (!notices.isEmpty()) {
            text = String.join(" ", notices) + "  " + text;
        }
        statusLabel.setText(text);
        statusLabel.pseudoClassStateChanged(PROBLEM, !errors.isEmpty() || !notices.isEmpty());
        statusTip.setText(problems.isEmpty() ? text
                : String.join("\n", problems.stream().map(p -> p.severity() + " " + p).toList()));
        ScalingPolicy inForce = session.getPolicy();
        inForceLabel.setText("In force: " + (inForce == null ? "none" : inForce.name()));
    }

    // Theme

    /** The coverage window of the scenario packs opened in it (as evaluate --coverage reports them). */
    public com.scalelab.ui.coverage.CoverageWindow showCoverage() {
        if (coverage == null) {
            coverage = new com.scalelab.ui.coverage.CoverageWindow(stage, new com.scalelab.ui.ViewLoader(session),
                    new com.scalelab.ui.coverage.CoverageViewModel(tasks, session.policyProperty()::get), dialogs);
        }
        coverage.show(theme);
        return coverage;
    }

    public void applyTheme(Theme t) {
        theme = t;
        if (coverage != null) {
            t.applyTo(coverage.stage().getScene());
        }
        if (stage != null && stage.getScene() != null) {
            t.applyTo(stage.getScene());
        }
        (t == Theme.DARK ? darkItem : lightItem).setSelected(true);
        colourHeatMapText();
        if (prefs != null) {
            prefs.setTheme(t);
        }
    }

    private void colourHeatMapText() {
        if (sweepTab != null) {
            sweepTab.view().heatMap().setTextColour(theme == Theme.DARK ? javafx.scene.paint.Color.rgb(220, 220, 220)
                    : javafx.scene.paint.Color.rgb(40, 40, 40));
        }
    }

    public Theme theme() {
        return theme;
    }

    @FXML
    private void toggleTheme() {
        applyTheme(theme.other());
    }

    // Policy menu

    @FXML
    private void newPolicy() {
        document.newPolicy();
    }

    @FXML
    private void openPolicy() {
        document.open();
    }

    @FXML
    private void savePolicy() {
        document.save();
    }

    @FXML
    private void savePolicyAs() {
        document.saveAs();
    }

    @FXML
    private void quit() {
        if (closeRequested()) {
            stage.close();
        }
    }

    /**
     * On quit or window close: ask about each document with unsaved edits, policy first; Cancel on
     * either keeps the window open. Remembers the window when it closes.
     */
    public boolean closeRequested() {
        if (!document.confirmDiscardChanges() || !scenarioController.document().confirmDiscardChanges()
                || (replayController != null && !replayController.confirmDiscardChanges())) {
            return false;
        }
        rememberWindow();
        return true;
    }

    public void rememberWindow() {
        if (stage == null || prefs == null || !(stage.getWidth() > 0 && stage.getHeight() > 0)) {
            return;
        }
        if (stage.isMaximized()) {
            // Keep the normal bounds from before, so un-maximizing next time gives a normal window.
            prefs.setMaximized(true);
        } else {
            prefs.setWindow(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()), false);
        }
    }

    @FXML
    private void backToReplay() {
        replayController().backToReplay();
    }

    // Edit menu

    @FXML
    private void undo() {
        policyController.viewModel().undo();
    }

    @FXML
    private void redo() {
        policyController.viewModel().redo();
    }

    // Help menu

    @FXML
    private void showAbout() {
        HelpDialogs.about(stage);
    }

    @FXML
    private void showReasonCodes() {
        HelpDialogs.reasonCodes(stage);
    }

    // For the application and tests

    public PolicyDocument document() {
        return document;
    }

    public ScenarioDocument scenarioDocument() {
        return scenarioController.document();
    }

    /** The window's one dialog service, for views added later. */
    public DialogService dialogs() {
        return dialogs;
    }

    /** The window's one task executor, for views added later. */
    public TaskExecutor tasks() {
        return tasks;
    }

    public PolicyController policyController() {
        return policyController;
    }

    public MenuBar menuBar() {
        return menuBar;
    }

    public LandscapeController landscapeController() {
        return landscapeController;
    }

    public ScenarioController scenarioController() {
        return scenarioController;
    }

    public VerdictController verdictController() {
        return verdictController;
    }

    /** The Replay tab's controller, built (its FXML loaded and wired) the first time anything needs it. */
    public ReplayController replayController() {
        if (replayController == null) {
            ViewLoader.Loaded<ReplayController> loaded = new ViewLoader(session).load("replay.fxml");
            replayController = loaded.controller();
            replayTab.setContent(loaded.root());
            replayController.attach(new ReplayController.Host(stage, verticalSplit, bottomTabs, replayTab,
                    landscapeTab, scenarioController.model(), (p, from) -> document.openCarried(p, from), prefs,
                    replayItems.recent()));
            if (dialogs != null) {
                replayController.setDialogs(dialogs); // the window's one dialog service
            }
            replayItems.connect(replayController);
            inspectingReplay.bind(replayController.inspectingProperty());
        }
        return replayController;
    }

    /** The Sweep tab, built the first time it is chosen or asked for. */
    public com.scalelab.ui.tuning.SweepTab sweepTab() {
        if (sweepTab == null) {
            sweepTab = new com.scalelab.ui.tuning.SweepTab(sweepTabSlot, session, policyController.viewModel(),
                    replayController(), tasks, () -> this.dialogs);
            colourHeatMapText();
        }
        return sweepTab;
    }

    /** The Compare tab, built the first time it is chosen or asked for. */
    public com.scalelab.ui.tuning.CompareView compareView() {
        if (compareView == null) {
            ReplayController replay = replayController();
            PolicyViewModel edited = policyController.viewModel();
            compareView = new com.scalelab.ui.tuning.CompareView(new com.scalelab.ui.tuning.CompareView.Host(
                    session::getPolicy, edited.savedProperty()::get, edited::applyEdit, replay.run()::getSettings,
                    replay.replay().barsProperty()::get, bits -> replay.charts().setHighlightedBars(bits),
                    (ctx, name) -> {
                        scenarioController.model().load(ctx, name);
                        bottomTabs.getSelectionModel().select(landscapeTab);
                    }, () -> this.dialogs, tasks));
            compareTab.setContent(compareView);
        }
        return compareView;
    }

    public Tab replayTab() {
        return replayTab;
    }

    /** The Audit log tab's controller, built the first time it is chosen or asked for. */
    public AuditController auditController() {
        if (auditController == null) {
            ViewLoader.Loaded<AuditController> loaded = new ViewLoader(session)
                    .load("audit.fxml", new AuditController(auditLog));
            auditController = loaded.controller();
            if (dialogs != null) {
                auditController.setDialogs(dialogs);
            }
            auditTab.setContent(loaded.root());
        }
        return auditController;
    }

    /** The bottom tabs: decision map and ladder (selected at start), audit log. */
    public TabPane bottomTabs() {
        return bottomTabs;
    }

    public TrainingMode training() {
        return training;
    }

    public RecentFiles recentFiles() {
        return recent;
    }
}
