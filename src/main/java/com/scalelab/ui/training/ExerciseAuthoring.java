package com.scalelab.ui.training;

import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.ScalingResult;
import com.scalelab.io.Course;
import com.scalelab.io.CourseFiles;
import com.scalelab.io.Expectation;
import com.scalelab.io.FileProblem;
import com.scalelab.io.FileRefusedException;
import com.scalelab.io.Lesson;
import com.scalelab.io.QuestionForm;
import com.scalelab.io.Scenario;
import com.scalelab.io.ScenarioFiles;
import com.scalelab.ui.app.DialogService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Scenario > Save as Exercise…: the situation on screen becomes a scenario file with the policy in
 * force inline and {@code expect} taken from the verdict now, so the exercise teaches exactly what
 * the engine says; then, if the trainer wants, it is appended to a course with a lesson text and a
 * hint. Everything is asked through the {@link DialogService}, so this runs without a toolkit.
 */
public final class ExerciseAuthoring {
    private final DialogService dialogs;

    public ExerciseAuthoring(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** The exercise file written, or empty when the trainer cancelled or the save failed. */
    public Optional<Path> saveAsExercise(ScalingPolicy policy, ScalingContext context, String name) {
        if (policy == null) {
            dialogs.showError("Save as Exercise", "No valid policy is in force; an exercise needs one.");
            return Optional.empty();
        }
        ScalingResult verdict = ScalingEngine.evaluate(policy, context);
        String base = name == null || name.isBlank() ? "exercise"
                : name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "").toLowerCase(Locale.ROOT);
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        Optional<Path> chosen = dialogs.chooseFileToSave(new DialogService.FileRequest("Save as exercise", "exercise",
                null, (base.isEmpty() ? "exercise" : base) + ".json", "Scenario files (*.json)", "json"));
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Path file = chosen.get();
        Scenario exercise = new Scenario(name == null || name.isBlank() ? null : name, context, policy,
                new Expectation(verdict.decision(), verdict.reasonCode()));
        try {
            ScenarioFiles.save(exercise, file);
        } catch (IOException e) {
            dialogs.showError("Save as Exercise", "Could not write " + file + ": " + e.getMessage()
                    + "; the previous file, if any, is unchanged.");
            return Optional.empty();
        }
        boolean add = dialogs.confirm("Save as Exercise", "Add this exercise to a course?", "Saved "
                + file.getFileName() + ", expecting " + verdict.decision() + " " + verdict.reasonCode()
                + ". A course gives it a lesson text and a hint.", "Add to Course…");
        if (add) {
            addToCourse(file, exercise);
        }
        return Optional.of(file);
    }

    /** Asks for the course, the lesson text and the hint, and appends the exercise; false when not added. */
    public boolean addToCourse(Path exerciseFile, Scenario exercise) {
        Path folder = exerciseFile.toAbsolutePath().getParent();
        Optional<Path> courseFile = dialogs.chooseFileToOpen(new DialogService.FileRequest("Add to course", "course",
                folder, null, "Course files (*.json)", "json"));
        if (courseFile.isEmpty()) {
            return false;
        }
        Course course;
        try {
            course = CourseFiles.load(courseFile.get());
        } catch (FileRefusedException e) {
            dialogs.showProblems("Add to Course", "Could not open " + courseFile.get(),
                    e.problems().stream().map(FileProblem::toString).toList());
            return false;
        }
        Optional<String> text = dialogs.askText("Lesson text", "What should the trainee learn from this exercise?"
                + " (shown at the reveal)", "");
        if (text.isEmpty()) {
            return false;
        }
        String hint = dialogs.askText("Hint", "A hint the trainee may take (it costs points); leave empty for none.",
                "").orElse("");
        List<Lesson> lessons = new ArrayList<>(course.lessons());
        lessons.add(new Lesson(exerciseFile.toString(), exerciseFile.toAbsolutePath().normalize(), exercise, null,
                blankToNull(text.get()), blankToNull(hint), QuestionForm.DECISION_AND_REASON));
        Course longer = new Course(course.title(), course.description(), lessons, courseFile.get());
        try {
            CourseFiles.save(longer, courseFile.get());
        } catch (IOException e) {
            dialogs.showError("Add to Course", "Could not write " + courseFile.get() + ": " + e.getMessage()
                    + "; the course is unchanged.");
            return false;
        }
        dialogs.showInfo("Add to Course", "Added " + exerciseFile.getFileName() + " to \"" + course.title()
                + "\" as lesson " + lessons.size() + ".");
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
