package com.scalelab.io;

import java.nio.file.Path;
import java.util.List;

/** A course file: a title, an optional description and the lessons in teaching order. */
public record Course(String title, String description, List<Lesson> lessons, Path file) {
    public Course {
        lessons = List.copyOf(lessons);
    }
}
