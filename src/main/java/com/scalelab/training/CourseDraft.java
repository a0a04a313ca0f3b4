package com.scalelab.training;

import com.scalelab.io.Course;
import com.scalelab.io.Lesson;
import com.scalelab.io.QuestionForm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A course being edited: its title and lessons in order, with the editor's moves (add, remove, up,
 * down, change the text of one). Indices out of range are ignored, so a button pressed with
 * nothing selected does nothing.
 */
public final class CourseDraft {
    private String title;
    private String description;
    private final List<Lesson> lessons = new ArrayList<>();
    private Path file;

    public CourseDraft(String title) {
        this.title = title;
    }

    public static CourseDraft of(Course c) {
        CourseDraft d = new CourseDraft(c.title());
        d.description = c.description();
        d.lessons.addAll(c.lessons());
        d.file = c.file();
        return d;
    }

    public String title() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Path file() {
        return file;
    }

    public void setFile(Path file) {
        this.file = file;
    }

    public List<Lesson> lessons() {
        return List.copyOf(lessons);
    }

    public void add(Lesson l) {
        lessons.add(l);
    }

    public void remove(int i) {
        if (i >= 0 && i < lessons.size()) {
            lessons.remove(i);
        }
    }

    /** Moves lesson i one place earlier; returns where it is now. */
    public int moveUp(int i) {
        if (i <= 0 || i >= lessons.size()) {
            return i;
        }
        lessons.add(i - 1, lessons.remove(i));
        return i - 1;
    }

    /** Moves lesson i one place later; returns where it is now. */
    public int moveDown(int i) {
        if (i < 0 || i >= lessons.size() - 1) {
            return i;
        }
        lessons.add(i + 1, lessons.remove(i));
        return i + 1;
    }

    /** Replaces the trainer's words around lesson i (blank means none). */
    public void edit(int i, String lessonTitle, String text, String hint, QuestionForm ask) {
        if (i < 0 || i >= lessons.size()) {
            return;
        }
        Lesson l = lessons.get(i);
        lessons.set(i, new Lesson(l.scenarioPath(), l.scenarioFile(), l.scenario(), blankToNull(lessonTitle),
                blankToNull(text), blankToNull(hint), ask == null ? l.ask() : ask));
    }

    /** What stops saving: an empty title or no lessons; empty when the course can be saved. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (title == null || title.isBlank()) {
            out.add("The course needs a title.");
        }
        if (lessons.isEmpty()) {
            out.add("The course needs at least one lesson.");
        }
        return out;
    }

    public Course toCourse() {
        return new Course(title == null ? "" : title.strip(), description, lessons, file);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
