package com.scalelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A catalogue of bad policy and scenario files, each with the exact line a user sees: file,
 * line:column, field path and what was expected.
 */
class BadFilesTest {

    /** The contract's policy with one line replaced (line numbers below refer to TestFiles.POLICY). */
    private static String policyWith(String from, String to) {
        assertThat(TestFiles.POLICY).contains(from);
        return TestFiles.POLICY.replace(from, to);
    }

    private static String scenarioWith(String from, String to) {
        assertThat(TestFiles.SCENARIO_INLINE).contains(from);
        return TestFiles.SCENARIO_INLINE.replace(from, to);
    }

    static Stream<Arguments> badPolicies() {
        return Stream.of(
                Arguments.of("empty file", "",
                        List.of("p.json:1:1: (root): the file is empty; expected a JSON object { ... }")),
                Arguments.of("only spaces", "  \n ",
                        List.of("p.json:1:1: (root): the file is empty; expected a JSON object { ... }")),
                Arguments.of("wrong root type", "[1, 2]",
                        List.of("p.json:1:1: (root): expected a JSON object { ... } at the top of the file; found an array")),
                Arguments.of("root is a string", "\n  \"policy\"",
                        List.of("p.json:2:3: (root): expected a JSON object { ... } at the top of the file; found a string")),
                Arguments.of("malformed: missing comma", policyWith("\"name\": \"Trend pyramid\",", "\"name\": \"Trend pyramid\""),
                        List.of("p.json:4:3: name: malformed JSON: expected ',' or '}' after the value of this field; found '\"'")),
                Arguments.of("malformed: truncated", TestFiles.POLICY.substring(0, 120),
                        List.of("p.json:6:6: description: the file ends too early: a closing '}' or ']', a value or a quote is missing")),
                Arguments.of("malformed: single quotes", policyWith("\"name\": \"Trend pyramid\"", "'name': 'Trend pyramid'"),
                        List.of("p.json:3:3: schemaVersion: malformed JSON: field names need double quotes (\"name\"), not single quotes")),
                Arguments.of("malformed: trailing comma", policyWith("\"scale\": 0.5 }", "\"scale\": 0.5, }"),
                        List.of("p.json:14:29: sizing.scale: malformed JSON: a ',' must be followed by another field; remove the comma before '}'")),
                Arguments.of("malformed: missing colon", policyWith("\"maxSpreadBps\": 20.0", "\"maxSpreadBps\" 20.0"),
                        List.of("p.json:13:33: execution.maxSpreadBps: malformed JSON: expected ':' between the field name and its value; found '2'")),
                Arguments.of("malformed: a comment", policyWith("\"description\": \"optional\",", "// a comment\n  \"description\": \"optional\","),
                        List.of("p.json:5:3: strategy: malformed JSON: comments are not allowed in JSON; found '/'")),
                Arguments.of("malformed: leading zero", policyWith("\"maxEntries\": 4", "\"maxEntries\": 04"),
                        List.of("p.json:6:67: scaling.maxEntries: malformed JSON: a number may not start with 0 (write 7, not 07)")),
                Arguments.of("trailing content", TestFiles.POLICY + "{}",
                        List.of("p.json:16:1: (root): unexpected content after the end of the JSON object; a file holds one object")),
                Arguments.of("trailing garbage", TestFiles.POLICY + "x",
                        List.of("p.json:16:2: (root): malformed JSON: 'x' is not a JSON value; expected a string in double quotes, a number, true, false, null, { ... } or [ ... ] (text needs double quotes; true, false and null are lower case)")),
                Arguments.of("duplicate key", policyWith("\"maxRiskPct\": 2.0,", "\"maxRiskPct\": 2.0, \"maxRiskPct\": 3.0,"),
                        List.of("p.json:7:70: limits.maxRiskPct: duplicate field 'maxRiskPct'; each field may appear only once")),
                Arguments.of("unknown field with a likely typo", policyWith("\"maxEntries\": 4", "\"maxEntry\": 4"),
                        List.of("p.json:6:52: scaling.maxEntry: unknown field 'maxEntry' (did you mean 'maxEntries'?); known fields: enabled, mode, maxEntries",
                                "p.json:6:14: scaling.maxEntries: missing required field 'maxEntries' (a whole number)")),
                Arguments.of("unknown top-level field", policyWith("\"description\": \"optional\",", "\"comment\": \"x\","),
                        List.of("p.json:5:3: comment: unknown field 'comment'; known fields: schemaVersion, name, strategy, description, scaling, limits, qualification, execution, sizing")),
                Arguments.of("wrong type: object expected", policyWith("\"sizing\": { \"scale\": 0.5 }", "\"sizing\": 0.5"),
                        List.of("p.json:14:13: sizing: expected an object { ... }; got the number 0.5")),
                Arguments.of("wrong type: boolean as string", policyWith("\"enabled\": true", "\"enabled\": \"true\""),
                        List.of("p.json:6:27: scaling.enabled: expected true or false (without quotes); got the string \"true\"")),
                Arguments.of("wrong type: name as number", policyWith("\"name\": \"Trend pyramid\"", "\"name\": 7"),
                        List.of("p.json:3:11: name: expected a string in double quotes; got the number 7")),
                Arguments.of("a string where a number belongs", policyWith("\"maxPositionPct\": 20.0", "\"maxPositionPct\": \"5\""),
                        List.of("p.json:7:33: limits.maxPositionPct: expected a number without quotes; got the string \"5\"")),
                Arguments.of("null where a number belongs", policyWith("\"maxSpreadBps\": 20.0", "\"maxSpreadBps\": null"),
                        List.of("p.json:13:34: execution.maxSpreadBps: expected a number (leave the field out to set none); got null")),
                Arguments.of("7.9 for an integer", policyWith("\"minBarsBetween\": 3", "\"minBarsBetween\": 7.9"),
                        List.of("p.json:9:48: qualification.minBarsBetween: expected a whole number; got the number 7.9")),
                Arguments.of("3.0 for an integer", policyWith("\"maxEntries\": 4", "\"maxEntries\": 4.0"),
                        List.of("p.json:6:66: scaling.maxEntries: expected a whole number; got the number 4.0")),
                Arguments.of("1e400 for a number", policyWith("\"maxRiskPct\": 2.0", "\"maxRiskPct\": 1e400"),
                        List.of("p.json:7:53: limits.maxRiskPct: the number 1e400 is out of range (too large to be a finite number)")),
                Arguments.of("1e400 for an integer", policyWith("\"minBarsBetween\": 3", "\"minBarsBetween\": 1e400"),
                        List.of("p.json:9:48: qualification.minBarsBetween: expected a whole number; got the number 1e400")),
                Arguments.of("integer too large", policyWith("\"maxEntries\": 4", "\"maxEntries\": 99999999999"),
                        List.of("p.json:6:66: scaling.maxEntries: must be a whole number from 1 to 100; got 99999999999")),
                Arguments.of("NaN", policyWith("\"maxRiskPct\": 2.0", "\"maxRiskPct\": NaN"),
                        List.of("p.json:7:56: limits.maxRiskPct: NaN and Infinity are not numbers in JSON; write a finite number")),
                Arguments.of("lower-case enum", policyWith("\"mode\": \"PYRAMID\"", "\"mode\": \"pyramid\""),
                        List.of("p.json:6:41: scaling.mode: expected one of PYRAMID, AVERAGE_DOWN (a string, in capitals); got the string \"pyramid\"")),
                Arguments.of("future schemaVersion", policyWith("\"schemaVersion\": 1", "\"schemaVersion\": 2").replace("\"name\"", "\"newField\": 1, \"name\""),
                        List.of("p.json:2:20: schemaVersion: schemaVersion 2 is newer than this program knows (1); upgrade ScaleLab to read this policy file")),
                Arguments.of("schemaVersion 0", policyWith("\"schemaVersion\": 1", "\"schemaVersion\": 0"),
                        List.of("p.json:2:20: schemaVersion: schemaVersion 0 does not exist; the first version is 1")),
                Arguments.of("schemaVersion as string", policyWith("\"schemaVersion\": 1", "\"schemaVersion\": \"1\""),
                        List.of("p.json:2:20: schemaVersion: expected a whole number without quotes; got the string \"1\"; this program reads policy files of schemaVersion 1")),
                Arguments.of("missing schemaVersion", policyWith("\"schemaVersion\": 1,", ""),
                        List.of("p.json:1:1: schemaVersion: missing required field 'schemaVersion' (a whole number); this program reads policy files of schemaVersion 1")),
                Arguments.of("missing name and limits", "{\"schemaVersion\": 1, \"scaling\": {\"enabled\": false}}",
                        List.of("p.json:1:1: name: missing required field 'name' (a string)",
                                "p.json:1:1: limits: missing required field 'limits' (an object { ... })")),
                Arguments.of("missing required limit", policyWith("\"maxRiskPct\": 2.0, ", ""),
                        List.of("p.json:7:13: limits.maxRiskPct: missing required field 'maxRiskPct' (a number)")),
                Arguments.of("mode required when enabled", policyWith("\"mode\": \"PYRAMID\", ", ""),
                        List.of("p.json:6:14: scaling.mode: missing required field 'mode' (one of PYRAMID, AVERAGE_DOWN)")),
                Arguments.of("volatility band missing max", policyWith("\"min\": 0.5, \"max\": 5.0", "\"min\": 0.5"),
                        List.of("p.json:11:22: qualification.volatilityPct.max: missing required field 'max' (a number)")),
                Arguments.of("nesting too deep", "{\"name\": " + "[".repeat(100) + "]".repeat(100) + "}",
                        List.of("p.json:1:74: name[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0...: nested more than 64 levels deep; a ScaleLab file is never this deep"))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPolicies")
    void badPolicyFileIsRefusedWithItsMessage(String what, String json, List<String> expected) {
        try {
            PolicyFiles.parse(json, "p.json");
            fail("accepted: " + what);
        } catch (FileRefusedException e) {
            assertThat(e.problems()).extracting(FileProblem::toString).containsExactlyElementsOf(expected);
            assertThat(e.getMessage()).isEqualTo(String.join("\n", expected));
        }
    }

    /** Every value rule of the contract, each refused on load naming its field. */
    static Stream<Arguments> invalidValues() {
        return Stream.of(
                Arguments.of("\"name\": \"Trend pyramid\"", "\"name\": \"  \"", "p.json:3:11: name: must not be empty"),
                Arguments.of("\"maxEntries\": 4", "\"maxEntries\": 0", "p.json:6:66: scaling.maxEntries: must be a whole number from 1 to 100; got 0"),
                Arguments.of("\"maxEntries\": 4", "\"maxEntries\": 101", "p.json:6:66: scaling.maxEntries: must be a whole number from 1 to 100; got 101"),
                Arguments.of("\"maxPositionPct\": 20.0", "\"maxPositionPct\": 0", "p.json:7:33: limits.maxPositionPct: must be a finite number above 0 and at most 1000 (% of equity); got 0"),
                Arguments.of("\"maxPositionPct\": 20.0", "\"maxPositionPct\": 1000.5", "p.json:7:33: limits.maxPositionPct: must be a finite number above 0 and at most 1000 (% of equity); got 1000.5"),
                Arguments.of("\"maxRiskPct\": 2.0", "\"maxRiskPct\": 0.0", "p.json:7:53: limits.maxRiskPct: must be a finite number above 0 and at most 100 (% of equity); got 0"),
                Arguments.of("\"maxRiskPct\": 2.0", "\"maxRiskPct\": 100.01", "p.json:7:53: limits.maxRiskPct: must be a finite number above 0 and at most 100 (% of equity); got 100.01"),
                Arguments.of("\"ledgerTolerance\": 0.0", "\"ledgerTolerance\": -1", "p.json:7:77: limits.ledgerTolerance: must be a finite number >= 0 (units); got -1"),
                Arguments.of("\"minMinutesBetween\": 60", "\"minMinutesBetween\": -5", "p.json:9:26: qualification.minMinutesBetween: must be a finite number >= 0 (minutes); got -5"),
                Arguments.of("\"minBarsBetween\": 3", "\"minBarsBetween\": -1", "p.json:9:48: qualification.minBarsBetween: must be a whole number >= 0 (bars); got -1"),
                Arguments.of("\"minSignalQuality\": 0.6", "\"minSignalQuality\": 1.2", "p.json:9:71: qualification.minSignalQuality: must be a number from 0 to 1; got 1.2"),
                Arguments.of("\"minSpacingAtr\": 1.0, \"maxSpacingAtr\": 4.0", "\"minSpacingAtr\": -1.0", "p.json:10:22: qualification.minSpacingAtr: must be a finite number >= 0 (ATR multiples); got -1"),
                Arguments.of("\"maxSpacingAtr\": 4.0", "\"maxSpacingAtr\": 0.5", "p.json:10:44: qualification.maxSpacingAtr: must be a finite number >= minSpacingAtr (1 ATR); got 0.5"),
                Arguments.of("\"min\": 0.5, \"max\": 5.0", "\"min\": 6, \"max\": 5.0", "p.json:11:22: qualification.volatilityPct: min (6) must not be above max (5)"),
                Arguments.of("\"min\": 0.5, \"max\": 5.0", "\"min\": -0.5, \"max\": 5.0", "p.json:11:31: qualification.volatilityPct.min: must be a finite number >= 0 (% of price); got -0.5"),
                Arguments.of("\"maxSpreadBps\": 20.0", "\"maxSpreadBps\": -0.1", "p.json:13:34: execution.maxSpreadBps: must be a finite number >= 0 (bps); got -0.1"),
                Arguments.of("\"scale\": 0.5", "\"scale\": 0", "p.json:14:24: sizing.scale: must be a finite number above 0; got 0")
        );
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidValues")
    void invalidPolicyValueIsRefusedNamingItsField(String from, String to, String expected) {
        assertThatThrownBy(() -> PolicyFiles.parse(policyWith(from, to), "p.json"))
                .isInstanceOf(FileRefusedException.class)
                .hasMessage(expected);
    }

    @Test
    void zeroIsAllowedWhereTheContractSaysSo() throws Exception {
        String json = policyWith("\"min\": 0.5, \"max\": 5.0", "\"min\": 0, \"max\": 0")
                .replace("\"maxSpreadBps\": 20.0", "\"maxSpreadBps\": 0")
                .replace("\"minSpacingAtr\": 1.0, \"maxSpacingAtr\": 4.0", "\"minSpacingAtr\": 0, \"maxSpacingAtr\": 0");
        assertThat(PolicyFiles.parse(json, "p.json").execution().maxSpreadBps()).isZero();
    }

    @Test
    void everyProblemOfAPolicyIsListedAtOnce() {
        String json = policyWith("\"name\": \"Trend pyramid\"", "\"name\": \"\"")
                .replace("\"maxRiskPct\": 2.0", "\"maxRiskPct\": 200")
                .replace("\"scale\": 0.5", "\"scale\": -1");
        assertThatThrownBy(() -> PolicyFiles.parse(json, "p.json"))
                .isInstanceOf(FileRefusedException.class)
                .satisfies(e -> assertThat(((FileRefusedException) e).problems()).extracting(FileProblem::path)
                        .containsExactly("name", "limits.maxRiskPct", "sizing.scale"));
    }

    static Stream<Arguments> badScenarios() {
        return Stream.of(
                Arguments.of("missing proposed price", scenarioWith("\"price\": 103.0, ", ""),
                        List.of("s.json:14:13: proposed.price: missing required field 'price' (a number)")),
                Arguments.of("entry price as string", scenarioWith("\"price\": 100.0", "\"price\": \"100\""),
                        List.of("s.json:9:27: position.entries[0].price: expected a number without quotes; got the string \"100\"")),
                Arguments.of("entry bar 7.9", scenarioWith("\"bar\": 120", "\"bar\": 7.9"),
                        List.of("s.json:9:89: position.entries[0].bar: expected a whole number; got the number 7.9")),
                Arguments.of("time without offset", scenarioWith("\"2026-01-05T16:00:00Z\"", "\"2026-01-05T16:00:00\""),
                        List.of("s.json:15:23: proposed.time: the time \"2026-01-05T16:00:00\" has no offset; add Z for UTC or an offset such as +01:00 (e.g. \"2026-01-05T16:00:00Z\")")),
                Arguments.of("time not a time", scenarioWith("\"2026-01-05T16:00:00Z\"", "\"yesterday\""),
                        List.of("s.json:15:23: proposed.time: expected an ISO-8601 time with an offset, such as \"2026-01-05T14:30:00Z\"; got the string \"yesterday\"")),
                Arguments.of("direction missing with entries", scenarioWith("\"direction\": \"LONG\",\n", ""),
                        List.of("s.json:6:13: position.direction: missing required field 'direction' (LONG or SHORT): a position with entries must say which side it is on")),
                Arguments.of("entry not an object", scenarioWith("\"entries\": [ {", "\"entries\": [ 5, {"),
                        List.of("s.json:9:16: position.entries[0]: expected an object { ... }; got the number 5")),
                Arguments.of("unknown field in pending order", scenarioWith("\"reduceOnly\": true", "\"reduce\": true"),
                        List.of("s.json:12:54: pendingOrders[0].reduce: unknown field 'reduce' (did you mean 'reduceOnly'?); known fields: side, quantity, reduceOnly",
                                "s.json:12:20: pendingOrders[0].reduceOnly: missing required field 'reduceOnly' (true or false)")),
                Arguments.of("expect without decision", scenarioWith("\"decision\": \"SCALE\", ", ""),
                        List.of("s.json:31:13: expect.decision: missing required field 'decision' (one of SCALE, SKIP, BLOCK)")),
                Arguments.of("expect contradicts itself", scenarioWith("\"reasonCode\": \"SCALE_APPROVED\"", "\"reasonCode\": \"MIN_TIME_NOT_ELAPSED\""),
                        List.of("s.json:31:50: expect.reasonCode: MIN_TIME_NOT_ELAPSED always comes with the decision SKIP, so it cannot be expected with SCALE")),
                Arguments.of("invalid inline policy", scenarioWith("\"maxRiskPct\": 2.0", "\"maxRiskPct\": 0"),
                        List.of("s.json:22:53: policy.limits.maxRiskPct: must be a finite number above 0 and at most 100 (% of equity); got 0")),
                Arguments.of("inline policy of a future version", scenarioWith("\"schemaVersion\": 1,\n  \"name\": \"Trend", "\"schemaVersion\": 3,\n  \"name\": \"Trend"),
                        List.of("s.json:17:20: policy.schemaVersion: schemaVersion 3 is newer than this program knows (1); upgrade ScaleLab to read this policy file")),
                Arguments.of("future scenario version", scenarioWith("\"schemaVersion\": 1,\n\"name\": \"optional", "\"schemaVersion\": 2,\n\"name\": \"optional"),
                        List.of("s.json:2:18: schemaVersion: schemaVersion 2 is newer than this program knows (1); upgrade ScaleLab to read this scenario file"))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScenarios")
    void badScenarioFileIsRefusedWithItsMessage(String what, String json, List<String> expected) {
        try {
            ScenarioFiles.parse(json, "s.json");
            fail("accepted: " + what);
        } catch (FileRefusedException e) {
            assertThat(e.problems()).extracting(FileProblem::toString).containsExactlyElementsOf(expected);
        }
    }
}
