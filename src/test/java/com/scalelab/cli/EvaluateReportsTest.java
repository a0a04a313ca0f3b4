package com.scalelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code evaluate --coverage / --fail-under / --junit}: what a pipeline gets. The pack: three
 * scenarios of one policy (90 min, 60 min, 30 min after the last entry at a 60 min minimum), the
 * third expecting SCALE though it is SKIPped, plus a broken file. Coverage counted by hand as in
 * PolicyCoverageTest: 45 check items (14 checks only passed: 14; the time check passed, failed,
 * decided: 3) and 12 limits (ledger tolerance at 0 and minimum minutes below/at/above: 2): 19 of 57.
 */
class EvaluateReportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POLICY = """
            {"schemaVersion": 1, "name": "Trend pyramid",
             "scaling": {"enabled": true, "mode": "PYRAMID", "maxEntries": 4},
             "limits": {"maxPositionPct": 20.0, "maxRiskPct": 2.0},
             "qualification": {"minMinutesBetween": 60, "minBarsBetween": 3, "minSignalQuality": 0.6,
                               "minSpacingAtr": 1.0, "maxSpacingAtr": 4.0, "volatilityPct": {"min": 0.5, "max": 5.0}},
             "execution": {"maxSpreadBps": 20.0}}
            """;

    private static String scenario(String time, String expect) {
        return """
                {"schemaVersion": 1, "symbol": "ES", "account": {"equity": 100000},
                 "position": {"direction": "LONG", "stopPrice": 95.0,
                   "entries": [{"price": 100.0, "quantity": 10, "time": "2026-01-05T14:30:00Z", "bar": 120}]},
                 "broker": {"positionQuantity": 10},
                 "market": {"atr": 2.0, "spreadBps": 4.0},
                 "proposed": {"direction": "LONG", "price": 103.0, "quantity": 5,
                              "time": "%s", "bar": 126, "signalQuality": 0.8},
                 "policy": %s, "expect": %s}
                """.formatted(time, POLICY, expect);
    }

    @TempDir
    Path dir;
    Path later;
    Path atLimit;
    Path tooSoonButExpectedScale;
    Path broken;

    record Run(int code, String out, String err) {
        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }
    }

    @BeforeEach
    void writePack() throws Exception {
        later = write("later.json", scenario("2026-01-05T16:00:00Z", "{\"decision\": \"SCALE\"}"));
        atLimit = write("at-limit.json", scenario("2026-01-05T15:30:00Z", "{\"decision\": \"SCALE\"}"));
        tooSoonButExpectedScale = write("too-soon.json", scenario("2026-01-05T15:00:00Z", "{\"decision\": \"SCALE\"}"));
        broken = write("broken.json", "{ \"schemaVersion\": 1, \"symbol\": }");
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static Run run(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] a = Stream.of(args).map(Object::toString).toArray(String[]::new);
        int code = ScaleLabCommand.run(a, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void coverageIsTheLastOutputLineAndATableOnTheErrorOutput() throws Exception {
        Run r = run("evaluate", "--coverage", later, atLimit);
        assertThat(r.code()).isZero();
        List<String> lines = r.outLines();
        assertThat(lines).hasSize(3);
        JsonNode cov = JSON.readTree(lines.get(2));
        assertThat(cov.get("type").asText()).isEqualTo("coverage");
        assertThat(cov.get("scenarios").asInt()).isEqualTo(2);
        // both pass everything: 15 check items; limits: ledger (at) and minutes (at 60) covered: 2 of 12
        assertThat(cov.get("items").asInt()).isEqualTo(57);
        assertThat(cov.get("covered").asInt()).isEqualTo(17);
        assertThat(r.err()).contains("Coverage: 17 of 57 items (29.8%) over 2 scenarios")
                .contains("MIN_TIME_NOT_ELAPSED").contains("<- not failed, decided")
                .contains("qualification.minSpacingAtr 1").contains("never at it, nor on both sides");
    }

    @Test
    void failUnderExitsFiveOnlyWhenCoverageIsBelowIt() throws Exception {
        Path file = dir.resolve("cov.json");
        Run low = run("evaluate", "--fail-under", "100", "--coverage-file", file, later, atLimit);
        assertThat(low.code()).isEqualTo(5);
        assertThat(low.outLines()).hasSize(2); // the coverage went to the file, not the output
        assertThat(JSON.readTree(Files.readString(file)).get("covered").asInt()).isEqualTo(17);
        assertThat(low.err()).contains("coverage 29.8% is below --fail-under 100%");

        // 17 / 57 = 29.82 %: at 29.8 it is not below
        assertThat(run("evaluate", "--fail-under", "29.8", later, atLimit).code()).isZero();
        assertThat(run("evaluate", "--fail-under", "29.9", later, atLimit).code()).isEqualTo(5);
    }

    @Test
    void anUnmetExpectationAndALoadErrorWinOverLowCoverage() {
        assertThat(run("evaluate", "--fail-under", "100", later, tooSoonButExpectedScale).code()).isEqualTo(3);
        assertThat(run("evaluate", "--fail-under", "100", later, tooSoonButExpectedScale, broken).code()).isEqualTo(1);
    }

    @Test
    void aFailUnderThatIsNoPercentageIsAUsageError() {
        Run r = run("evaluate", "--fail-under", "101", later);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--fail-under must be a percentage from 0 to 100");
    }

    @Test
    void theJUnitReportHasOneCasePerExpectationAFailureForUnmetAndAnErrorForABrokenFile() throws Exception {
        Path xml = dir.resolve("reports/policy-tests.xml");
        Files.createDirectories(xml.getParent());
        Run r = run("evaluate", "--junit", xml, later, atLimit, tooSoonButExpectedScale, broken);
        assertThat(r.code()).isEqualTo(1);

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        Element suite = doc.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(4);
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertThat(((Element) failure.getParentNode()).getAttribute("name")).isEqualTo("too-soon.json");
        assertThat(failure.getAttribute("message")).isEqualTo("expected SCALE, got SKIP MIN_TIME_NOT_ELAPSED");
        assertThat(failure.getTextContent()).contains("deciding check MIN_TIME_NOT_ELAPSED (QUALIFICATION)")
                .contains("30 min since the last entry");
        Element error = (Element) doc.getElementsByTagName("error").item(0);
        assertThat(((Element) error.getParentNode()).getAttribute("name")).isEqualTo("broken.json");
        assertThat(error.getAttribute("message")).startsWith(broken.toString() + ":1:");

        // and Maven's own report parser (what CI plugins build on) reads the same counts
        List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger()).parse(xml.toString());
        assertThat(suites).hasSize(1);
        ReportTestSuite s = suites.get(0);
        assertThat(s.getNumberOfTests()).isEqualTo(4);
        assertThat(s.getNumberOfFailures()).isEqualTo(1);
        assertThat(s.getNumberOfErrors()).isEqualTo(1);
        List<String> failing = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (ReportTestCase c : s.getTestCases()) {
            if (c.hasFailure()) {
                failing.add(c.getName() + ": " + c.getFailureMessage());
            }
            if (c.hasError()) {
                errors.add(c.getName());
            }
        }
        assertThat(failing).containsExactly("too-soon.json: expected SCALE, got SKIP MIN_TIME_NOT_ELAPSED");
        assertThat(errors).containsExactly("broken.json");
    }

    @Test
    void scenariosWithoutExpectAreNoTestCasesAndAPassingPackHasNoFailures() throws Exception {
        Path bare = write("bare.json", scenario("2026-01-05T16:00:00Z", "null").replace(", \"expect\": null", ""));
        Path xml = dir.resolve("ok.xml");
        assertThat(run("evaluate", "--junit", xml, later, bare).code()).isZero();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("1");
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    }

    @Test
    void theShippedPacksAreAllTestCasesAndAllPass() throws Exception {
        List<Object> args = new ArrayList<>(List.of("evaluate", "--junit", dir.resolve("packs.xml")));
        try (Stream<Path> files = Files.list(Path.of("sample-policies/scenarios"))) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(args::add);
        }
        int packs = args.size() - 3;
        assertThat(run(args.toArray()).code()).isZero();
        List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger())
                .parse(dir.resolve("packs.xml").toString());
        assertThat(suites.get(0).getNumberOfTests()).isEqualTo(packs);
        assertThat(suites.get(0).getNumberOfFailures() + suites.get(0).getNumberOfErrors()).isZero();
    }
}
