package com.scalelab.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingResult;
import com.scalelab.io.Course;
import com.scalelab.io.CourseFiles;
import com.scalelab.io.Lesson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every shipped course loads, every exercise states its expected verdict and meets it, and all 17 codes are taught. */
class ShippedCoursesTest {
    private static final Path COURSES = Path.of("sample-policies", "courses");

    private static List<Course> courses() throws Exception {
        try (Stream<Path> files = Files.list(COURSES)) {
            List<Path> json = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertThat(json).extracting(p -> p.getFileName().toString()).containsExactly("advanced.json", "beginner.json");
            List<Course> out = new java.util.ArrayList<>();
            for (Path f : json) {
                out.add(CourseFiles.load(f));
            }
            return out;
        }
    }

    @Test
    void everyExerciseHasAnExpectationAndMeetsIt() throws Exception {
        for (Course c : courses()) {
            for (Lesson l : c.lessons()) {
                assertThat(l.scenario().expect()).as(l.scenarioPath()).isNotNull();
                assertThat(l.scenario().expect().reasonCode()).as(l.scenarioPath()).isNotNull();
                ScalingResult r = ScalingEngine.evaluate(l.scenario().inlinePolicy(), l.scenario().context());
                assertThat(l.scenario().expect().isMetBy(r)).as(l.scenarioPath()).isTrue();
                assertThat(l.text()).as(l.scenarioPath()).isNotBlank();
                assertThat(l.hint()).as(l.scenarioPath()).isNotBlank();
            }
        }
    }

    @Test
    void theBeginnerCourseTeachesAll17CodesOneRuleAtATime() throws Exception {
        Course beginner = CourseFiles.load(COURSES.resolve("beginner.json"));
        Set<ReasonCode> taught = EnumSet.noneOf(ReasonCode.class);
        for (Lesson l : beginner.lessons()) {
            ScalingResult r = ScalingEngine.evaluate(l.scenario().inlinePolicy(), l.scenario().context());
            taught.add(r.reasonCode());
        }
        // one rule at a time: 17 lessons, each deciding on a code of its own
        assertThat(taught).containsExactlyInAnyOrder(ReasonCode.values());
        assertThat(beginner.lessons()).hasSize(17);
    }

    @Test
    void theAdvancedCourseHasSeveralFailingChecksExactLimitsAndAverageDownTraps() throws Exception {
        Course advanced = CourseFiles.load(COURSES.resolve("advanced.json"));
        long several = 0;
        long exactPasses = 0;
        long averageDown = 0;
        for (Lesson l : advanced.lessons()) {
            ScalingResult r = ScalingEngine.evaluate(l.scenario().inlinePolicy(), l.scenario().context());
            if (r.checks().stream().filter(c -> c.failed()).count() >= 2) {
                several++;
            }
            if (l.scenarioPath().contains("exactly")) {
                exactPasses++;
            }
            if (l.scenario().inlinePolicy().scaling().mode() == com.scalelab.engine.ScalingMode.AVERAGE_DOWN) {
                averageDown++;
            }
        }
        assertThat(several).isGreaterThanOrEqualTo(4);
        assertThat(exactPasses).isGreaterThanOrEqualTo(5);
        assertThat(averageDown).isGreaterThanOrEqualTo(6);
    }
}
