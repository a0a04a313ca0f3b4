package com.scalelab.io;

import java.nio.file.Path;

/**
 * One exercise of a course: the scenario file (as written in the course, relative to its folder,
 * and as found), the scenario itself, and what the trainer wrote around it. {@code title},
 * {@code text} (the lesson shown at the reveal) and {@code hint} are null when not given.
 */
public record Lesson(String scenarioPath, Path scenarioFile, Scenario scenario, String title, String text,
                     String hint, QuestionForm ask) {

    /** How results and lists name the exercise: its title, else the scenario's file name. */
    public String label() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        return scenarioFile != null && scenarioFile.getFileName() != null
                ? scenarioFile.getFileName().toString() : scenarioPath;
    }

    /** The scenario's file name, which names the exercise in a results file. */
    public String fileName() {
        return scenarioFile != null && scenarioFile.getFileName() != null
                ? scenarioFile.getFileName().toString() : scenarioPath;
    }
}
