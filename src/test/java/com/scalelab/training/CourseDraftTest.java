package com.scalelab.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.io.Course;
import com.scalelab.io.CourseFiles;
import com.scalelab.io.Lesson;
import com.scalelab.io.QuestionForm;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The course editor's moves, without a toolkit. */
class CourseDraftTest {

    private static CourseDraft firstThree() throws Exception {
        Course beginner = CourseFiles.load(Path.of("sample-policies/courses/beginner.json"));
        CourseDraft d = new CourseDraft("Mine");
        for (int i = 0; i < 3; i++) {
            d.add(beginner.lessons().get(i));
        }
        return d;
    }

    private static java.util.List<String> names(CourseDraft d) {
        return d.lessons().stream().map(Lesson::fileName).toList();
    }

    @Test
    void lessonsMoveUpAndDownAndAreRemovedAndOutOfRangeMovesDoNothing() throws Exception {
        CourseDraft d = firstThree();
        assertThat(names(d)).containsExactly("pyramid-add-approved.json", "first-entry-from-flat.json",
                "legacy-strategy-never-adds.json");
        assertThat(d.moveDown(0)).isEqualTo(1);
        assertThat(names(d)).containsExactly("first-entry-from-flat.json", "pyramid-add-approved.json",
                "legacy-strategy-never-adds.json");
        assertThat(d.moveUp(2)).isEqualTo(1);
        assertThat(names(d)).containsExactly("first-entry-from-flat.json", "legacy-strategy-never-adds.json",
                "pyramid-add-approved.json");
        assertThat(d.moveUp(0)).isZero();
        assertThat(d.moveDown(2)).isEqualTo(2);
        d.remove(-1);
        d.remove(1);
        assertThat(names(d)).containsExactly("first-entry-from-flat.json", "pyramid-add-approved.json");
    }

    @Test
    void editingALessonKeepsItsScenarioAndBlankMeansNone() throws Exception {
        CourseDraft d = firstThree();
        d.edit(1, " ", "From flat only safety applies.", "", QuestionForm.DECISION_AND_REASON);
        Lesson l = d.lessons().get(1);
        assertThat(l.fileName()).isEqualTo("first-entry-from-flat.json");
        assertThat(l.title()).isNull();
        assertThat(l.hint()).isNull();
        assertThat(l.text()).isEqualTo("From flat only safety applies.");
        assertThat(l.ask()).isEqualTo(QuestionForm.DECISION_AND_REASON);
    }

    @Test
    void aCourseWithoutTitleOrLessonsCannotBeSaved() {
        CourseDraft d = new CourseDraft(" ");
        assertThat(d.problems()).containsExactly("The course needs a title.", "The course needs at least one lesson.");
    }
}
