package com.scalelab.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scalelab.audit.Rfc4180Reader;
import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;
import com.scalelab.io.FileProblem;
import com.scalelab.io.FileRefusedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results CSV: RFC 4180 on disk, read back strictly, and a class's weak rules from several files. */
class ResultsCsvTest {
    @TempDir
    Path dir;

    private static ExerciseResult r(String name, ReasonCode expected, Decision answered, ReasonCode reason,
                                    boolean right, int hints, long millis) {
        return new ExerciseResult(name, expected.decision(), expected, answered, reason, right, hints, millis);
    }

    private final List<ExerciseResult> anna = List.of(
            r("too-soon, again.json", ReasonCode.MIN_TIME_NOT_ELAPSED, Decision.SKIP, null, true, 0, 12_340),
            r("too \"close\".json", ReasonCode.PRICE_SPACING_OUT_OF_RANGE, Decision.SKIP,
                    ReasonCode.SIGNAL_TOO_WEAK, false, 1, 61_050));

    @Test
    void theFileIsRfc4180WithTheDocumentedColumns() throws Exception {
        Path file = dir.resolve("anna.csv");
        ResultsCsv.save(anna, file);
        String text = Files.readString(file);
        List<List<String>> rows = Rfc4180Reader.parse(text);
        assertThat(rows.get(0)).containsExactly("exercise", "expected", "expected_reason", "answered",
                "answered_reason", "right", "hints", "time_taken_s");
        // 12340 ms is 12.3 s; 61050 ms is 61.05 s, rounded half up to 61.1
        assertThat(rows.get(1)).containsExactly("too-soon, again.json", "SKIP", "MIN_TIME_NOT_ELAPSED", "SKIP", "",
                "true", "0", "12.3");
        assertThat(rows.get(2)).containsExactly("too \"close\".json", "SKIP", "PRICE_SPACING_OUT_OF_RANGE", "SKIP",
                "SIGNAL_TOO_WEAK", "false", "1", "61.1");
        assertThat(text).startsWith("exercise,").contains("\"too-soon, again.json\"").contains("\"too \"\"close\"\".json\"");
    }

    @Test
    void readingBackGivesTheSameAnswersToTheTenthOfASecond() throws Exception {
        Path file = dir.resolve("anna.csv");
        ResultsCsv.save(anna, file);
        List<ExerciseResult> back = ResultsCsv.load(file);
        assertThat(back).hasSize(2);
        assertThat(back.get(0)).isEqualTo(r("too-soon, again.json", ReasonCode.MIN_TIME_NOT_ELAPSED, Decision.SKIP,
                null, true, 0, 12_300));
        assertThat(back.get(1).answeredReason()).isEqualTo(ReasonCode.SIGNAL_TOO_WEAK);
    }

    @Test
    void aBadCellIsNamedByLineColumnAndColumnName() {
        String csv = String.join(",", ResultsCsv.COLUMNS) + "\r\n"
                + "a.json,SKIP,MIN_TIME_NOT_ELAPSED,SKIP,,yes,0,1.0\r\n"
                + "b.json,SKIP,SPACING,SKIP,,true,-1,1.0\r\n";
        assertThatThrownBy(() -> ResultsCsv.parse(csv, "anna.csv"))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> assertThat(e.problems())
                        .extracting(FileProblem::toString).containsExactly(
                                // "a.json,SKIP,MIN_TIME_NOT_ELAPSED,SKIP,," is 6+1+4+1+20+1+4+1+1 = 39 characters
                                "anna.csv:2:40: right: expected true or false; got \"yes\"",
                                "anna.csv:3:13: expected_reason: expected one of INVALID_INPUT, SCALING_DISABLED,"
                                        + " MAX_ENTRIES_REACHED, MAX_POSITION_EXCEEDED, PENDING_ORDER_CONFLICT,"
                                        + " LEDGER_MISMATCH, RISK_BUDGET_EXCEEDED, DIRECTION_CONFLICT,"
                                        + " MIN_TIME_NOT_ELAPSED, MIN_BARS_NOT_ELAPSED, SIGNAL_TOO_WEAK,"
                                        + " PRICE_STRUCTURE_MISMATCH, PRICE_SPACING_OUT_OF_RANGE,"
                                        + " VOLATILITY_OUT_OF_RANGE, EXECUTION_INFEASIBLE, SCALE_APPROVED,"
                                        + " INITIAL_ENTRY; got \"SPACING\"",
                                // "b.json,SKIP,SPACING,SKIP,,true," is 6+1+4+1+7+1+4+1+1+4+1 = 31 characters
                                "anna.csv:3:32: hints: expected a whole number of hints, 0 or more; got -1"));
        assertThatThrownBy(() -> ResultsCsv.parse("name,score\r\n", "x.csv"))
                .hasMessage("x.csv:1:1: (header): expected the header " + String.join(",", ResultsCsv.COLUMNS)
                        + "; got name,score");
    }

    @Test
    void theClassSummaryPutsTheWeakestRuleFirst() {
        List<ExerciseResult> ben = List.of(
                r("t.json", ReasonCode.MIN_TIME_NOT_ELAPSED, Decision.SKIP, null, true, 0, 1000),
                r("s.json", ReasonCode.PRICE_SPACING_OUT_OF_RANGE, Decision.BLOCK, null, false, 0, 1000),
                r("x.json", ReasonCode.EXECUTION_INFEASIBLE, Decision.SKIP, null, true, 0, 1000));
        ClassSummary s = ClassSummary.of(List.of(anna, ben));
        // spacing: 0 of 2 right; time: 2 of 2; spread: 1 of 1
        assertThat(s.rules()).extracting(ClassSummary.Rule::describe).containsExactly(
                "spacing (PRICE_SPACING_OUT_OF_RANGE): 0 of 2 right (0%), 2 trainees",
                "time between entries (MIN_TIME_NOT_ELAPSED): 2 of 2 right (100%), 2 trainees",
                "spread (EXECUTION_INFEASIBLE): 1 of 1 right (100%), 1 trainee");
        assertThat(s.weakRules()).extracting(ClassSummary.Rule::code).containsExactly(ReasonCode.PRICE_SPACING_OUT_OF_RANGE);
    }
}
