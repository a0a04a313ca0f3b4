package com.scalelab.ui.training;

import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingResult;
import com.scalelab.io.Course;
import com.scalelab.io.CourseFiles;
import com.scalelab.io.FileProblem;
import com.scalelab.io.FileRefusedException;
import com.scalelab.io.Lesson;
import com.scalelab.io.QuestionForm;
import com.scalelab.io.Scenario;
import com.scalelab.io.ScenarioFiles;
import com.scalelab.training.CourseDraft;
import com.scalelab.ui.app.DialogService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Training > Course Editor…: a course's exercises in order, with Add (a scenario file that has its
 * own policy), Remove, Up, Down and Preview (the engine's verdict on the selected exercise), the
 * lesson text, hint and question form of the selected one, and Open / Save / Save As of the course
 * file. The list moves are {@link CourseDraft}'s.
 */
public final class CourseEditor {
    private final DialogService dialogs;
    private final Stage stage = new Stage();
    private CourseDraft draft = new CourseDraft("New course");

    private final TextField title = new TextField();
    private final ListView<Lesson> list = new ListView<>();
    private final TextField lessonTitle = new TextField();
    private final TextArea lessonText = new TextArea();
    private final TextField hint = new TextField();
    private final ComboBox<QuestionForm> ask = new ComboBox<>();
    private final Label preview = new Label();
    private final Label status = new Label();

    public CourseEditor(Window owner, DialogService dialogs) {
        this.dialogs = dialogs;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("ScaleLab — Course editor");
        stage.setScene(new Scene(build(), 900, 620));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        refresh(-1);
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    public CourseDraft draft() {
        return draft;
    }

    private BorderPane build() {
        title.setId("courseTitle");
        title.textProperty().addListener((obs, o, t) -> draft.setTitle(t));
        list.setId("lessonList");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Lesson l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : (getIndex() + 1) + ". " + l.label() + "  [" + l.ask() + "]");
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((obs, o, i) -> showLesson(i.intValue()));
        Button add = button("Add…", "addLesson", this::addLesson);
        Button remove = button("Remove", "removeLesson", () -> refresh(removeSelected()));
        Button up = button("Up", "moveUp", () -> refresh(draft.moveUp(selected())));
        Button down = button("Down", "moveDown", () -> refresh(draft.moveDown(selected())));
        Button show = button("Preview", "previewLesson", this::preview);
        VBox moves = new VBox(6, add, remove, up, down, show);
        moves.getChildren().forEach(b -> ((Button) b).setMaxWidth(Double.MAX_VALUE));

        ask.getItems().setAll(QuestionForm.values());
        lessonText.setWrapText(true);
        lessonText.setPrefRowCount(4);
        Button apply = button("Apply to lesson", "applyLesson", this::apply);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Lesson title"), lessonTitle);
        form.addRow(1, new Label("Lesson text"), lessonText);
        form.addRow(2, new Label("Hint"), hint);
        form.addRow(3, new Label("Ask"), ask);
        form.add(apply, 1, 4);
        GridPane.setHgrow(lessonText, Priority.ALWAYS);
        preview.setWrapText(true);
        preview.setId("lessonPreview");

        HBox top = new HBox(8, new Label("Course title"), title);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox center = new HBox(8, list, moves);
        HBox.setHgrow(list, Priority.ALWAYS);
        Button open = button("Open…", "openCourse", this::open);
        Button save = button("Save", "saveCourse", () -> save(false));
        Button saveAs = button("Save As…", "saveCourseAs", () -> save(true));
        Button close = button("Close", "closeEditor", stage::close);
        HBox bottom = new HBox(8, open, save, saveAs, close, status);
        VBox body = new VBox(10, top, center, form, preview, bottom);
        VBox.setVgrow(center, Priority.ALWAYS);
        body.setPadding(new Insets(12));
        return new BorderPane(body);
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMnemonicParsing(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private int selected() {
        return list.getSelectionModel().getSelectedIndex();
    }

    private int removeSelected() {
        int i = selected();
        draft.remove(i);
        return Math.min(i, draft.lessons().size() - 1);
    }

    private void refresh(int select) {
        title.setText(draft.title());
        list.getItems().setAll(draft.lessons());
        if (select >= 0 && select < list.getItems().size()) {
            list.getSelectionModel().select(select);
        }
        showLesson(selected());
        status.setText(draft.lessons().size() + (draft.lessons().size() == 1 ? " lesson" : " lessons")
                + (draft.file() == null ? ", not saved" : " in " + draft.file().getFileName()));
    }

    private void showLesson(int i) {
        Lesson l = i >= 0 && i < draft.lessons().size() ? draft.lessons().get(i) : null;
        lessonTitle.setText(l == null || l.title() == null ? "" : l.title());
        lessonText.setText(l == null || l.text() == null ? "" : l.text());
        hint.setText(l == null || l.hint() == null ? "" : l.hint());
        ask.setValue(l == null ? QuestionForm.DECISION_AND_REASON : l.ask());
        preview.setText("");
    }

    private void apply() {
        int i = selected();
        draft.edit(i, lessonTitle.getText(), lessonText.getText(), hint.getText(), ask.getValue());
        refresh(i);
    }

    private void addLesson() {
        Optional<Path> file = dialogs.chooseFileToOpen(new DialogService.FileRequest("Add exercise", "exercise",
                draft.file() == null ? null : draft.file().toAbsolutePath().getParent(), null,
                "Scenario files (*.json)", "json"));
        if (file.isEmpty()) {
            return;
        }
        Scenario s;
        try {
            s = ScenarioFiles.load(file.get());
        } catch (FileRefusedException e) {
            dialogs.showProblems("Add exercise", "Could not open " + file.get(),
                    e.problems().stream().map(FileProblem::toString).toList());
            return;
        }
        if (s.inlinePolicy() == null) {
            dialogs.showProblems("Add exercise", "Could not add " + file.get(), java.util.List.of(file.get()
                    + ": policy: an exercise needs its own inline policy; save it with Scenario > Save as Exercise…"));
            return;
        }
        draft.add(new Lesson(file.get().toString(), file.get().toAbsolutePath().normalize(), s, null, null, null,
                QuestionForm.DECISION_AND_REASON));
        refresh(draft.lessons().size() - 1);
    }

    private void preview() {
        int i = selected();
        if (i < 0) {
            return;
        }
        Lesson l = draft.lessons().get(i);
        ScalingResult r = ScalingEngine.evaluate(l.scenario().inlinePolicy(), l.scenario().context());
        preview.setText("Engine: " + r.decision() + " " + r.reasonCode() + " — " + r.explanation()
                + (l.scenario().expect() == null ? "" : "  (expect " + (l.scenario().expect().isMetBy(r) ? "MET" : "UNMET")
                + ")"));
    }

    private void open() {
        Optional<Path> file = dialogs.chooseFileToOpen(new DialogService.FileRequest("Open course", "course", null,
                null, "Course files (*.json)", "json"));
        if (file.isEmpty()) {
            return;
        }
        try {
            Course c = CourseFiles.load(file.get());
            draft = CourseDraft.of(c);
            refresh(0);
        } catch (FileRefusedException e) {
            dialogs.showProblems("Open course", "Could not open the course " + file.get(),
                    e.problems().stream().map(FileProblem::toString).toList());
        }
    }

    /** Saves the course; false when it cannot be saved yet, was cancelled or failed. */
    public boolean save(boolean askWhere) {
        if (!draft.problems().isEmpty()) {
            dialogs.showProblems("Save course", "The course cannot be saved yet", draft.problems());
            return false;
        }
        Path target = draft.file();
        if (askWhere || target == null || !target.getFileSystem().equals(java.nio.file.FileSystems.getDefault())) {
            target = dialogs.chooseFileToSave(new DialogService.FileRequest("Save course as", "course", null,
                    "course.json", "Course files (*.json)", "json")).orElse(null);
            if (target == null) {
                return false;
            }
        }
        try {
            CourseFiles.save(draft.toCourse(), target);
        } catch (IOException e) {
            dialogs.showError("Save course", "Could not write " + target + ": " + e.getMessage()
                    + "; the previous file, if any, is unchanged.");
            return false;
        }
        draft.setFile(target);
        refresh(selected());
        return true;
    }
}
