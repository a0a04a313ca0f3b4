package com.scalelab.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Course files (training mode): strict like policy and scenario files. Each lesson names a scenario
 * file relative to the course file's folder; the scenario is loaded with the course, must carry its
 * own policy (an exercise is judged against the policy it was written for) and, when it states an
 * {@code expect}, must meet it, so a course never teaches a verdict the engine does not give. A
 * lesson whose scenario is missing or refused is a problem of the course at {@code lessons[i].scenario}.
 */
public final class CourseFiles {
    private CourseFiles() {
    }

    public static Course load(Path file) throws FileRefusedException {
        return parse(JsonDocument.readText(file), file.toString(), file);
    }

    /**
     * @param sourceName how problems name the file
     * @param file       where the course lives: scenario paths are resolved against its folder
     */
    public static Course parse(String json, String sourceName, Path file) throws FileRefusedException {
        return fromDocument(JsonDocument.parse(json, sourceName), file);
    }

    static Course fromDocument(JsonDocument doc, Path file) throws FileRefusedException {
        List<FileProblem> problems = new ArrayList<>();
        Fields f = new Fields(doc, doc.root, "", problems);
        PolicyFiles.checkVersion(f, true, "course");
        f.allowOnly("schemaVersion", "title", "description", "lessons");
        String title = f.string("title", true, "");
        if (f.has("title") && title.isBlank()) {
            f.problem("title", "expected a title the trainees will see; got an empty text");
        }
        String description = f.string("description", false, null);
        if (!f.has("lessons")) {
            f.problem("lessons", "missing required field 'lessons' (an array [ ... ] of lessons, each"
                    + " { \"scenario\": \"file.json\", \"ask\": \"DECISION\" })");
        }
        List<Fields> items = f.objects("lessons", false);
        if (f.has("lessons") && items.isEmpty() && problems.isEmpty()) {
            f.problem("lessons", "a course needs at least one lesson");
        }
        Path folder = file == null ? Path.of("") : file.toAbsolutePath().getParent();
        List<Lesson> lessons = new ArrayList<>();
        for (Fields l : items) {
            l.allowOnly("scenario", "title", "lesson", "hint", "ask");
            String path = l.string("scenario", true, null);
            String lessonTitle = blankToNull(l.string("title", false, null));
            String text = blankToNull(l.string("lesson", false, null));
            String hint = blankToNull(l.string("hint", false, null));
            QuestionForm ask = l.enumeration("ask", true, QuestionForm.class, QuestionForm.DECISION);
            if (path == null) {
                continue;
            }
            if (path.isBlank()) {
                l.problem("scenario", "expected the path of a scenario file, relative to the course's folder;"
                        + " got an empty text");
                continue;
            }
            Path scenarioFile = folder.resolve(path).normalize();
            Scenario scenario = scenario(l, path, scenarioFile);
            if (scenario != null) {
                lessons.add(new Lesson(path, scenarioFile, scenario, lessonTitle, text, hint, ask));
            }
        }
        if (!problems.isEmpty()) {
            throw new FileRefusedException(problems);
        }
        return new Course(title, description, lessons, file);
    }

    /** The lesson's scenario, or null with the reason added to the course's problems. */
    private static Scenario scenario(Fields l, String path, Path scenarioFile) {
        if (!Files.exists(scenarioFile)) {
            l.problem("scenario", "no such scenario file '" + path + "' (looked for " + scenarioFile + ")");
            return null;
        }
        Scenario s;
        try {
            s = ScenarioFiles.load(scenarioFile);
        } catch (FileRefusedException e) {
            for (FileProblem p : e.problems()) {
                l.problem("scenario", "the scenario file '" + path + "' is refused: " + p);
            }
            return null;
        }
        if (s.inlinePolicy() == null) {
            l.problem("scenario", "the scenario file '" + path + "' has no inline policy; an exercise is judged"
                    + " against its own \"policy\" object");
            return null;
        }
        if (s.expect() != null) {
            ScalingResult r = ScalingEngine.evaluate(s.inlinePolicy(), s.context());
            if (!s.expect().isMetBy(r)) {
                l.problem("scenario", "the scenario file '" + path + "' expects " + s.expect().decision()
                        + (s.expect().reasonCode() == null ? "" : " " + s.expect().reasonCode())
                        + " but the engine gives " + r.decision() + " " + r.reasonCode()
                        + "; a course must not teach a verdict the engine does not give");
                return null;
            }
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * Canonical pretty JSON of a course that will live at {@code file}: scenario paths relative to its
     * folder, with '/' separators, so the course and its exercises can be moved together.
     */
    public static String toJson(Course course, Path file) {
        Path folder = file == null ? null : file.toAbsolutePath().getParent();
        return CanonicalJson.pretty(g -> write(g, course, folder));
    }

    private static void write(JsonGenerator g, Course c, Path folder) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", PolicyFiles.SCHEMA_VERSION);
        g.writeStringField("title", c.title());
        if (c.description() != null && !c.description().isBlank()) {
            g.writeStringField("description", c.description());
        }
        g.writeArrayFieldStart("lessons");
        for (Lesson l : c.lessons()) {
            g.writeStartObject();
            g.writeStringField("scenario", relative(l, folder));
            if (l.title() != null && !l.title().isBlank()) {
                g.writeStringField("title", l.title());
            }
            if (l.text() != null && !l.text().isBlank()) {
                g.writeStringField("lesson", l.text());
            }
            if (l.hint() != null && !l.hint().isBlank()) {
                g.writeStringField("hint", l.hint());
            }
            g.writeStringField("ask", (l.ask() == null ? QuestionForm.DECISION : l.ask()).name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static String relative(Lesson l, Path folder) {
        if (l.scenarioFile() == null || folder == null) {
            return l.scenarioPath();
        }
        Path target = l.scenarioFile().toAbsolutePath().normalize();
        try {
            if (target.getFileSystem().equals(folder.getFileSystem())) {
                return folder.relativize(target).toString().replace('\\', '/');
            }
        } catch (IllegalArgumentException e) {
            // Another drive on Windows: no relative path exists; keep the absolute one.
        }
        return target.toString();
    }

    /** Saves atomically: a failed save leaves the old course file as it was. */
    public static void save(Course course, Path file) throws IOException {
        AtomicFiles.write(file, toJson(course, file));
    }
}
