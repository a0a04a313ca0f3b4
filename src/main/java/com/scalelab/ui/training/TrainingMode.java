package com.scalelab.ui.training;

import com.scalelab.io.Course;
import com.scalelab.io.CourseFiles;
import com.scalelab.io.FileProblem;
import com.scalelab.io.FileRefusedException;
import com.scalelab.io.Lesson;
import com.scalelab.training.ClassSummary;
import com.scalelab.training.Drill;
import com.scalelab.training.ExerciseResult;
import com.scalelab.training.ResultsCsv;
import com.scalelab.ui.LabSession;
import com.scalelab.ui.ViewLoader;
import com.scalelab.ui.app.DialogService;
import com.scalelab.ui.app.SampleLibrary;
import com.scalelab.ui.app.TaskExecutor;
import com.scalelab.ui.scenario.ScenarioDocument;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;

/**
 * Training mode in the main window: the Training menu (the two shipped courses, any course file,
 * the course editor, a class's results), the drill shown in place of the simulator, the lock on
 * the policy builder, the scenario's sliders and the map while a question is open (no peeking), and
 * the way back: Escape returns to the simulator with the exercise loaded through the scenario
 * document, so unsaved edits of the scenario are still asked about.
 */
public final class TrainingMode {
    public static final String BEGINNER = "beginner.json";
    public static final String ADVANCED = "advanced.json";

    private final LabSession session;
    private final BorderPane window;
    private final List<Node> locked;
    private final List<Menu> lockedMenus;
    private final ScenarioDocument scenario;
    private final Supplier<String> scenarioName;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private LongSupplier clock = System::currentTimeMillis;
    private Node simulator;
    private DrillController drill;

    public TrainingMode(LabSession session, BorderPane window, List<Node> locked, List<Menu> lockedMenus,
                        ScenarioDocument scenario, Supplier<String> scenarioName, DialogService dialogs,
                        TaskExecutor tasks) {
        this.session = session;
        this.window = window;
        this.locked = List.copyOf(locked);
        this.lockedMenus = List.copyOf(lockedMenus);
        this.scenario = scenario;
        this.scenarioName = scenarioName;
        this.dialogs = dialogs;
        this.tasks = tasks;
    }

    /** The clock that times answers (tests drive it by hand). */
    public void setClock(LongSupplier clock) {
        this.clock = clock;
    }

    public Menu menu() {
        Menu m = new Menu("_Training");
        m.setId("trainingMenu");
        MenuItem beginner = item("Start _Beginner Course", "startBeginner", () -> startSample(BEGINNER));
        beginner.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+N"));
        MenuItem advanced = item("Start _Advanced Course", "startAdvanced", () -> startSample(ADVANCED));
        advanced.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+A"));
        MenuItem open = item("_Open Course…", "openCourse", this::openCourse);
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+T"));
        MenuItem editor = item("Course _Editor…", "courseEditor", this::openEditor);
        editor.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+E"));
        MenuItem results = item("_Class Results…", "classResults", this::classResults);
        results.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+K"));
        m.getItems().addAll(beginner, advanced, open, new SeparatorMenuItem(), editor, results);
        return m;
    }

    /** For the Scenario menu. */
    public MenuItem saveAsExerciseItem() {
        MenuItem save = item("Save as E_xercise…", "saveAsExercise", this::saveAsExercise);
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+Shift+X"));
        return save;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }

    // Starting and leaving

    public boolean startSample(String name) {
        Path course = sampleCourse(name);
        if (course == null) {
            dialogs.showError("Start course", "The shipped course " + name + " is missing from this installation.");
            return false;
        }
        return start(course);
    }

    private void openCourse() {
        dialogs.chooseFileToOpen(new DialogService.FileRequest("Open course", "course", null, null,
                "Course files (*.json)", "json")).ifPresent(this::start);
    }

    /** Loads the course and shows its first question; a refused course is shown with its problems. */
    public boolean start(Path courseFile) {
        Course course;
        try {
            course = CourseFiles.load(courseFile);
        } catch (FileRefusedException e) {
            dialogs.showProblems("Open course", "Could not open the course " + courseFile,
                    e.problems().stream().map(FileProblem::toString).toList());
            return false;
        }
        if (drill == null) {
            ViewLoader.Loaded<DrillController> loaded = new ViewLoader(session).load("drill.fxml");
            drill = loaded.controller();
            drill.setServices(dialogs, tasks);
            drill.setOnLeave(this::leave);
            drill.questionOpenProperty().addListener((obs, o, open) -> lock(open));
        }
        if (simulator == null) {
            simulator = window.getCenter();
        }
        drill.start(new Drill(course, clock));
        lock(drill.questionOpenProperty().get());
        window.setCenter(drill.root());
        drill.root().requestFocus();
        return true;
    }

    private void lock(boolean on) {
        locked.forEach(n -> n.setDisable(on));
        lockedMenus.forEach(m -> m.setDisable(on));
    }

    private void leave(Lesson at) {
        lock(false);
        if (simulator != null) {
            window.setCenter(simulator);
            simulator = null;
        }
        if (at != null) {
            scenario.open(at.scenarioFile());
        }
    }

    public boolean isActive() {
        return simulator != null;
    }

    /** What a question locks: the policy builder, the scenario with its sliders, the map; and the menus. */
    public List<Node> lockedNodes() {
        return locked;
    }

    public List<Menu> lockedMenus() {
        return lockedMenus;
    }

    /** The drill view, once a course was started. */
    public DrillController drill() {
        return drill;
    }

    // Authoring and results

    private void saveAsExercise() {
        new ExerciseAuthoring(dialogs).saveAsExercise(session.getPolicy(), session.getContext(), scenarioName.get());
    }

    private void openEditor() {
        new CourseEditor(window.getScene() == null ? null : window.getScene().getWindow(), dialogs).show();
    }

    /** Training > Class Results…: several trainees' files, the class's weak rules first. */
    public void classResults() {
        List<Path> files = dialogs.chooseFilesToOpen(new DialogService.FileRequest("Class results", "results", null,
                null, "Results files (*.csv)", "csv"));
        if (files.isEmpty()) {
            return;
        }
        List<List<ExerciseResult>> all = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            try {
                all.add(ResultsCsv.load(f));
            } catch (FileRefusedException e) {
                e.problems().forEach(p -> problems.add(p.toString()));
            }
        }
        if (!problems.isEmpty()) {
            dialogs.showProblems("Class results", "Some results files could not be read; the others are summed up",
                    problems);
        }
        if (all.isEmpty()) {
            return;
        }
        dialogs.showInfo("Class results", describe(ClassSummary.of(all)));
    }

    static String describe(ClassSummary summary) {
        StringBuilder sb = new StringBuilder(summary.trainees() + (summary.trainees() == 1 ? " trainee" : " trainees")
                + ", weakest rule first:\n");
        for (ClassSummary.Rule r : summary.rules()) {
            sb.append(r.share() < 0.5 ? "⚠ " : "  ").append(r.describe()).append('\n');
        }
        List<ClassSummary.Rule> weak = summary.weakRules();
        sb.append(weak.isEmpty() ? "No rule below half right." : "Teach again: "
                + String.join(", ", weak.stream().map(r -> com.scalelab.training.Rules.name(r.code())).toList()) + ".");
        return sb.toString();
    }

    /** A shipped course on the class path (inside the jar, a path of the jar's file system). */
    public static Path sampleCourse(String name) {
        URL url = TrainingMode.class.getResource(SampleLibrary.ROOT + "courses/" + name);
        if (url == null) {
            return null;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // Opened before (a sample policy listing): the path below finds it.
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return null;
        }
    }

}
