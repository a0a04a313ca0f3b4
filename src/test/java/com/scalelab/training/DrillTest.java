package com.scalelab.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;
import com.scalelab.io.Course;
import com.scalelab.io.CourseFiles;
import com.scalelab.io.Lesson;
import com.scalelab.io.QuestionForm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a drill, without a toolkit: truth, scoring, hints, time and the per-rule summary. */
class DrillTest {
    private final long[] now = {0};

    /** Three lessons of the beginner course, re-asked as the test needs. */
    private Course course(QuestionForm... forms) throws Exception {
        Course beginner = CourseFiles.load(Path.of("sample-policies/courses/beginner.json"));
        // 0 pyramid-add-approved (SCALE_APPROVED), 9 pyramid-too-soon (SKIP MIN_TIME), 13 pyramid-add-too-close (SKIP SPACING)
        int[] pick = {0, 9, 13};
        List<Lesson> lessons = new ArrayList<>();
        for (int i = 0; i < pick.length; i++) {
            Lesson l = beginner.lessons().get(pick[i]);
            lessons.add(new Lesson(l.scenarioPath(), l.scenarioFile(), l.scenario(), l.title(), l.text(), l.hint(), forms[i]));
        }
        return new Course("Three", null, lessons, null);
    }

    @Test
    void rightWrongAndHintedAnswersScoreAsDocumented() throws Exception {
        Drill d = new Drill(course(QuestionForm.DECISION, QuestionForm.DECISION, QuestionForm.DECISION_AND_REASON),
                () -> now[0]);
        assertThat(d.stage()).isEqualTo(Drill.Stage.QUESTION);
        now[0] = 4_000;
        ExerciseResult first = d.answer(Decision.SCALE, null);
        assertThat(first.right()).isTrue();
        assertThat(first.millis()).isEqualTo(4_000);
        assertThat(d.stage()).isEqualTo(Drill.Stage.REVEAL);
        assertThat(d.answer(Decision.BLOCK, null)).as("a second answer to the same question").isNull();
        d.next();

        // wrong: the engine skips this add (too soon)
        ExerciseResult second = d.answer(Decision.BLOCK, null);
        assertThat(second.right()).isFalse();
        assertThat(second.expectedReason()).isEqualTo(ReasonCode.MIN_TIME_NOT_ELAPSED);
        d.next();

        assertThat(d.takeHint()).isNotBlank();
        d.takeHint(); // read twice, paid once
        assertThat(d.answer(Decision.SKIP, null)).as("the reason is asked and not given").isNull();
        ExerciseResult third = d.answer(Decision.SKIP, ReasonCode.PRICE_SPACING_OUT_OF_RANGE);
        assertThat(third.right()).isTrue();
        assertThat(third.hints()).isEqualTo(1);
        d.next();

        assertThat(d.stage()).isEqualTo(Drill.Stage.FINISHED);
        // 10 (right) + 0 (wrong) + 10 - 5 (right with the hint) = 15 of 3 x 10
        assertThat(d.score()).isEqualTo(15);
        assertThat(d.maxScore()).isEqualTo(30);
        assertThat(d.rightCount()).isEqualTo(2);
        assertThat(d.summary()).extracting(Drill.Tally::describe).containsExactly(
                "0 of 1 on time between entries", "1 of 1 on spacing", "1 of 1 on approved adds");
    }

    @Test
    void whenTheReasonIsAskedTheRightDecisionWithTheWrongReasonIsWrong() throws Exception {
        Drill d = new Drill(course(QuestionForm.DECISION_AND_REASON, QuestionForm.DECISION_AND_REASON,
                QuestionForm.DECISION), () -> now[0]);
        assertThat(d.answer(Decision.SCALE, ReasonCode.INITIAL_ENTRY).right()).isFalse();
        d.next();
        assertThat(d.answer(Decision.SKIP, ReasonCode.MIN_TIME_NOT_ELAPSED).right()).isTrue();
        d.next();
        // only the decision is asked: a reason given is not judged nor kept
        ExerciseResult r = d.answer(Decision.SKIP, ReasonCode.SIGNAL_TOO_WEAK);
        assertThat(r.right()).isTrue();
        assertThat(r.answeredReason()).isNull();
        assertThat(d.score()).isEqualTo(20);
    }

    @Test
    void aHintCannotBeTakenAfterTheAnswer() throws Exception {
        Drill d = new Drill(course(QuestionForm.DECISION, QuestionForm.DECISION, QuestionForm.DECISION), () -> now[0]);
        d.answer(Decision.SCALE, null);
        assertThat(d.takeHint()).isNull();
        assertThat(d.score()).isEqualTo(10);
    }
}
