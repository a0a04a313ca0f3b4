package com.scalelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.scalelab.engine.ReasonCode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line through {@link ScaleLabCommand#run}, as a pipeline would call it. */
class ScaleLabCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String POLICY = """
            {
              "schemaVersion": 1,
              "name": "Trend pyramid",
              "scaling": { "enabled": true, "mode": "PYRAMID", "maxEntries": 4 },
              "limits": { "maxPositionPct": 20.0, "maxRiskPct": 2.0 },
              "qualification": { "minMinutesBetween": 60, "minBarsBetween": 3, "minSignalQuality": 0.6,
                                 "minSpacingAtr": 1.0, "maxSpacingAtr": 4.0 },
              "execution": { "maxSpreadBps": 20.0 }
            }
            """;

    /** Same policy, but a risk budget so small that the scenario below is BLOCKed by it. */
    private static final String TINY_RISK_POLICY = POLICY.replace("\"maxRiskPct\": 2.0", "\"maxRiskPct\": 0.01");

    private static String scenario(String extra) {
        return """
                {
                  "schemaVersion": 1,
                  "symbol": "ES",
                  "account": { "equity": 100000 },
                  "position": { "direction": "LONG", "stopPrice": 95.0,
                    "entries": [ { "price": 100.0, "quantity": 10, "time": "2026-01-05T14:30:00Z", "bar": 120 } ] },
                  "broker": { "positionQuantity": 10 },
                  "market": { "atr": 2.0, "spreadBps": 4.0 },
                  "proposed": { "direction": "LONG", "price": 103.0, "quantity": 5,
                                "time": "2026-01-05T16:00:00Z", "bar": 126, "signalQuality": 0.8 }
                """ + extra + "}\n";
    }

    @TempDir
    Path dir;

    Path policy;
    Path tinyRisk;
    Path bare;
    Path inlineMet;
    Path inlineUnmet;
    Path tooSoon;
    Path broken;
    Path invalidInput;

    record Run(int code, String out, String err) {
        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }
    }

    @BeforeEach
    void writeFiles() throws Exception {
        policy = write("policy.json", POLICY);
        tinyRisk = write("tiny-risk.json", TINY_RISK_POLICY);
        bare = write("bare.json", scenario(""));
        inlineMet = write("inline-met.json", scenario(",\"policy\": " + POLICY
                + ",\"expect\": {\"decision\": \"SCALE\", \"reasonCode\": \"SCALE_APPROVED\"}"));
        inlineUnmet = write("inline-unmet.json", scenario(",\"policy\": " + POLICY
                + ",\"expect\": {\"decision\": \"SKIP\"}"));
        tooSoon = write("too-soon.json", scenario(",\"expect\": {\"decision\": \"SKIP\", \"reasonCode\": "
                + "\"MIN_TIME_NOT_ELAPSED\"}").replace("2026-01-05T16:00:00Z", "2026-01-05T14:42:00Z"));
        broken = write("broken.json", scenario("").replace("\"price\": 103.0", "\"price\": \"103\""));
        invalidInput = write("negative.json", scenario("").replace("\"atr\": 2.0", "\"atr\": -2.0"));
    }

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private static Run run(Object... args) {
        List<String> strings = new ArrayList<>();
        for (Object a : args) {
            strings.add(a.toString());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ScaleLabCommand.run(strings.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    // --- validate

    @Test
    void validateAcceptsValidPolicyAndScenarioFilesWithExitZero() {
        Run r = run("validate", policy, inlineMet, bare);
        assertThat(r.code()).isZero();
        assertThat(r.outLines()).containsExactly(
                policy + ": valid policy \"Trend pyramid\"",
                inlineMet + ": valid scenario with inline policy \"Trend pyramid\"",
                bare + ": valid scenario");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void validateReportsEachProblemWithFileLineColumnAndPathAndExitsOne() throws Exception {
        Path badPolicy = write("bad-policy.json", POLICY.replace("\"maxEntries\": 4", "\"maxEntries\": 400")
                .replace("\"mode\": \"PYRAMID\"", "\"mode\": \"PYRAMIDE\""));
        Run r = run("validate", badPolicy, policy, broken, dir.resolve("missing.json"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.outLines()).containsExactly(
                badPolicy + ":4:41: scaling.mode: expected one of PYRAMID, AVERAGE_DOWN (a string, in capitals); "
                        + "got the string \"PYRAMIDE\"",
                policy + ": valid policy \"Trend pyramid\"",
                broken + ":9:47: proposed.price: expected a number without quotes; got the string \"103\"",
                dir.resolve("missing.json") + ": (file): no such file");
        assertThat(r.out()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void validateListsEveryInvalidValueOfAPolicyByPath() throws Exception {
        Path bad = write("bad-values.json", POLICY.replace("\"maxEntries\": 4", "\"maxEntries\": 400")
                .replace("\"maxRiskPct\": 2.0", "\"maxRiskPct\": -2"));
        Run r = run("validate", bad);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.outLines()).containsExactly(
                bad + ":4:66: scaling.maxEntries: must be a whole number from 1 to 100; got 400",
                bad + ":5:53: limits.maxRiskPct: must be a finite number above 0 and at most 100 (% of equity); got -2");
    }

    @Test
    void validatePrintsWarningsButStillExitsZero() throws Exception {
        Path one = write("one-entry.json", POLICY.replace("\"maxEntries\": 4", "\"maxEntries\": 1"));
        Run r = run("validate", one);
        assertThat(r.code()).isZero();
        assertThat(r.outLines()).containsExactly(
                one + ":4:66: scaling.maxEntries: warning: scaling is enabled but maxEntries is 1, so no add can ever pass",
                one + ": valid policy \"Trend pyramid\"");
    }

    @Test
    void validateWithoutFilesIsAUsageError() {
        Run r = run("validate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter").contains("Usage: scalelab validate");
        assertThat(r.out()).isEmpty();
    }

    // --- usage, help, version

    @Test
    void unknownCommandOrOptionIsAUsageError() {
        assertThat(run("simulate", bare).code()).isEqualTo(2);
        assertThat(run("evaluate", "--polcy", policy, bare).code()).isEqualTo(2);
        Run none = run();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("Missing a command: validate, evaluate or replay");
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: scalelab").contains("validate").contains("evaluate")
                .contains("Exit codes");
        Run evaluateHelp = run("evaluate", "--help");
        assertThat(evaluateHelp.code()).isZero();
        assertThat(evaluateHelp.out()).contains("--policy=POLICY");
        Run version = run("--version");
        assertThat(version.code()).isZero();
        // Run from classes, not from the jar, there is no manifest version.
        assertThat(version.out().trim()).isEqualTo("ScaleLab dev");
    }

    // --- evaluate

    @Test
    void evaluatePrintsOneJsonLinePerScenarioWithFieldsInContractOrder() throws Exception {
        Run r = run("evaluate", "--policy", policy, bare);
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.outLines()).hasSize(1);
        JsonNode line = JSON.readTree(r.outLines().get(0));
        assertThat(fieldNames(line)).containsExactly("scenario", "decision", "reasonCode", "explanation", "checks",
                "metrics");
        assertThat(line.get("scenario").asText()).isEqualTo(bare.toString());
        assertThat(line.get("decision").asText()).isEqualTo("SCALE");
        assertThat(line.get("reasonCode").asText()).isEqualTo("SCALE_APPROVED");
        assertThat(line.get("explanation").asText()).isNotBlank();
        JsonNode checks = line.get("checks");
        assertThat(checks).hasSize(15);
        for (int i = 0; i < 15; i++) {
            JsonNode c = checks.get(i);
            assertThat(fieldNames(c)).containsExactly("phase", "code", "status", "observed", "limit", "message");
            assertThat(c.get("code").asText()).isEqualTo(ReasonCode.CHECKS.get(i).name());
            assertThat(c.get("phase").asText()).isEqualTo(ReasonCode.CHECKS.get(i).phase().name());
            assertThat(c.get("status").asText()).isEqualTo("PASS");
        }
        JsonNode maxEntries = checks.get(ReasonCode.MAX_ENTRIES_REACHED.ordinal());
        assertThat(maxEntries.get("observed").asDouble()).isEqualTo(2.0);
        assertThat(maxEntries.get("limit").asDouble()).isEqualTo(4.0);
        JsonNode metrics = line.get("metrics");
        assertThat(fieldNames(metrics)).containsExactly("entriesAfter", "positionPctAfter", "riskAmountAfter",
                "riskPctAfter", "averagePriceAfter", "suggestedQuantity");
        assertThat(metrics.get("entriesAfter").asInt()).isEqualTo(2);
        assertThat(metrics.get("averagePriceAfter").asDouble()).isEqualTo(101.0);
        assertThat(metrics.get("riskAmountAfter").asDouble()).isEqualTo(90.0);
    }

    @Test
    void invalidInputGivesBlockWithNullMetricsAndNullNumbersInTheTrace() throws Exception {
        Run r = run("evaluate", "--policy", policy, invalidInput);
        assertThat(r.code()).isZero();
        JsonNode line = JSON.readTree(r.outLines().get(0));
        assertThat(line.get("decision").asText()).isEqualTo("BLOCK");
        assertThat(line.get("reasonCode").asText()).isEqualTo("INVALID_INPUT");
        assertThat(line.get("explanation").asText()).contains("market.atr");
        assertThat(line.get("metrics").isNull()).isTrue();
        assertThat(line.get("checks").get(1).get("status").asText()).isEqualTo("NOT_EVALUATED");
        assertThat(line.get("checks").get(1).get("observed").isNull()).isTrue();
        assertThat(line.get("checks").get(1).get("limit").isNull()).isTrue();
    }

    @Test
    void metExpectationIsReportedAndExitsZero() throws Exception {
        Run r = run("evaluate", inlineMet);
        assertThat(r.code()).isZero();
        JsonNode line = JSON.readTree(r.out());
        assertThat(fieldNames(line)).last().isEqualTo("expectation");
        assertThat(line.get("expectation").asText()).isEqualTo("MET");
    }

    @Test
    void unmetExpectationExitsThreeAfterEvaluatingEveryScenario() throws Exception {
        Run r = run("evaluate", "--policy", policy, inlineUnmet, tooSoon, bare);
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.outLines()).hasSize(3);
        JsonNode unmet = JSON.readTree(r.outLines().get(0));
        assertThat(unmet.get("decision").asText()).isEqualTo("SCALE");
        assertThat(unmet.get("expectation").asText()).isEqualTo("UNMET");
        JsonNode soon = JSON.readTree(r.outLines().get(1));
        assertThat(soon.get("reasonCode").asText()).isEqualTo("MIN_TIME_NOT_ELAPSED");
        assertThat(soon.get("expectation").asText()).isEqualTo("MET");
        assertThat(JSON.readTree(r.outLines().get(2)).has("expectation")).isFalse();
    }

    @Test
    void inlinePolicyWinsOverThePolicyOption() throws Exception {
        Run withInline = run("evaluate", "--policy", tinyRisk, inlineMet);
        assertThat(JSON.readTree(withInline.out()).get("decision").asText()).isEqualTo("SCALE");
        assertThat(withInline.code()).isZero();
        Run withoutInline = run("evaluate", "--policy", tinyRisk, bare);
        JsonNode line = JSON.readTree(withoutInline.out());
        assertThat(line.get("decision").asText()).isEqualTo("BLOCK");
        assertThat(line.get("reasonCode").asText()).isEqualTo("RISK_BUDGET_EXCEEDED");
    }

    @Test
    void scenarioWithNeitherInlineNorOptionPolicyIsALoadErrorAndTheOthersStillRun() throws Exception {
        Run r = run("evaluate", bare, inlineMet);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().trim()).isEqualTo(bare + ": policy: the scenario has no inline policy and no --policy "
                + "was given; add a \"policy\" object or run with --policy POLICY");
        assertThat(r.outLines()).hasSize(1);
        assertThat(JSON.readTree(r.out()).get("scenario").asText()).isEqualTo(inlineMet.toString());
    }

    @Test
    void brokenScenarioIsReportedOnStandardErrorAndTheOthersStillRun() throws Exception {
        Run r = run("evaluate", "--policy", policy, broken, bare);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().trim()).isEqualTo(
                broken + ":9:47: proposed.price: expected a number without quotes; got the string \"103\"");
        assertThat(r.outLines()).hasSize(1);
        assertThat(JSON.readTree(r.out()).get("scenario").asText()).isEqualTo(bare.toString());
    }

    @Test
    void policyAndScenarioSwappedAreNamedAsSuch() {
        Run r = run("evaluate", "--policy", bare, policy);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(bare + ":1:1: (root): this is a scenario file (it has 'proposed' or 'position'),"
                        + " not a policy file")
                .contains(policy + ":1:1: (root): this is a policy file (it has 'scaling' or 'limits'), not a scenario;"
                        + " give it to evaluate with --policy");
        assertThat(r.err().lines()).hasSize(2);
    }

    @Test
    void loadErrorWinsOverUnmetExpectation() {
        Run r = run("evaluate", "--policy", policy, inlineUnmet, broken);
        assertThat(r.outLines()).hasSize(1);
        assertThat(r.code()).isEqualTo(1);
    }

    @Test
    void brokenPolicyOptionIsALoadErrorButInlineScenariosStillRun() throws Exception {
        Path badPolicy = write("bad.json", "{\"schemaVersion\": 9}");
        Run r = run("evaluate", "--policy", badPolicy, inlineMet, bare);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(badPolicy + ":1:19: schemaVersion: schemaVersion 9 is newer than this program "
                + "knows (1); upgrade ScaleLab")
                .contains(bare + ": policy: the scenario has no inline policy and the --policy file " + badPolicy
                        + " could not be loaded");
        assertThat(r.outLines()).hasSize(1);
        assertThat(JSON.readTree(r.out()).get("expectation").asText()).isEqualTo("MET");
    }

    @Test
    void evaluateWithoutScenariosIsAUsageError() {
        Run r = run("evaluate", "--policy", policy);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter: 'SCENARIO'");
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
