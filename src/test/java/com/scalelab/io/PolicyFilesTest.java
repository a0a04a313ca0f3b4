package com.scalelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scalelab.engine.ScalingMode;
import com.scalelab.engine.ScalingPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyFilesTest {

    @TempDir
    Path dir;

    @Test
    void contractExampleLoadsWithEveryField() throws Exception {
        ScalingPolicy p = PolicyFiles.parse(TestFiles.POLICY, "p.json");
        assertThat(p.name()).isEqualTo("Trend pyramid");
        assertThat(p.strategy()).isEqualTo("donchian-breakout");
        assertThat(p.scaling()).isEqualTo(new ScalingPolicy.Scaling(true, ScalingMode.PYRAMID, 4));
        assertThat(p.limits()).isEqualTo(new ScalingPolicy.Limits(20.0, 2.0, 0.0));
        assertThat(p.qualification()).isEqualTo(new ScalingPolicy.Qualification(60, 3, 0.6, 1.0, 4.0,
                new ScalingPolicy.Band(0.5, 5.0)));
        assertThat(p.execution().maxSpreadBps()).isEqualTo(20.0);
        assertThat(p.sizing().scale()).isEqualTo(0.5);
    }

    @Test
    void leftOutFieldsTakeTheContractDefaults() throws Exception {
        ScalingPolicy p = PolicyFiles.parse(TestFiles.MINIMAL_POLICY, "p.json");
        assertThat(p.strategy()).isEmpty();
        assertThat(p.description()).isEmpty();
        assertThat(p.scaling()).isEqualTo(new ScalingPolicy.Scaling(false, ScalingMode.PYRAMID, 1));
        assertThat(p.limits().ledgerTolerance()).isZero();
        assertThat(p.qualification()).isEqualTo(new ScalingPolicy.Qualification(0, 0, 0, 0, null, null));
        assertThat(p.execution().maxSpreadBps()).isNull();
        assertThat(p.sizing().scale()).isEqualTo(1.0);
    }

    @Test
    void canonicalJsonFollowsTheContractOrderAndLeavesUnsetBoundsOut() throws Exception {
        String json = PolicyFiles.toJson(PolicyFiles.parse(TestFiles.MINIMAL_POLICY, "p.json"));
        assertThat(json).isEqualTo("""
                {
                  "schemaVersion": 1,
                  "name": "Legacy single entry",
                  "strategy": "",
                  "description": "",
                  "scaling": {
                    "enabled": false,
                    "mode": "PYRAMID",
                    "maxEntries": 1
                  },
                  "limits": {
                    "maxPositionPct": 10.0,
                    "maxRiskPct": 1.0,
                    "ledgerTolerance": 0.0
                  },
                  "qualification": {
                    "minMinutesBetween": 0.0,
                    "minBarsBetween": 0,
                    "minSignalQuality": 0.0,
                    "minSpacingAtr": 0.0
                  },
                  "sizing": {
                    "scale": 1.0
                  }
                }
                """);
        String full = PolicyFiles.toJson(PolicyFiles.parse(TestFiles.POLICY, "p.json"));
        assertThat(full).containsSubsequence("\"schemaVersion\"", "\"name\"", "\"strategy\"", "\"description\"",
                "\"scaling\"", "\"enabled\"", "\"mode\"", "\"maxEntries\"", "\"limits\"", "\"maxPositionPct\"",
                "\"maxRiskPct\"", "\"ledgerTolerance\"", "\"qualification\"", "\"minMinutesBetween\"",
                "\"minBarsBetween\"", "\"minSignalQuality\"", "\"minSpacingAtr\"", "\"maxSpacingAtr\"",
                "\"volatilityPct\"", "\"min\"", "\"max\"", "\"execution\"", "\"maxSpreadBps\"", "\"sizing\"",
                "\"scale\"");
    }

    @Test
    void savedFileLoadsBackEqual() throws Exception {
        ScalingPolicy p = PolicyFiles.parse(TestFiles.POLICY, "p.json");
        Path file = dir.resolve("trend.json");
        PolicyFiles.save(p, file);
        assertThat(PolicyFiles.load(file)).isEqualTo(p);
        assertThat(Files.readString(file)).isEqualTo(PolicyFiles.toJson(p));
    }

    @Test
    void manyRandomValidPoliciesSurviveTheRoundTrip() throws Exception {
        long seed = com.scalelab.TestSeed.of("PolicyFilesTest round trip");
        Random r = new Random(seed);
        for (int i = 0; i < 3000; i++) {
            ScalingPolicy p = TestFiles.randomValidPolicy(r);
            assertThat(p.errors()).as("generator made an invalid policy").isEmpty();
            String json = PolicyFiles.toJson(p);
            ScalingPolicy back;
            try {
                back = PolicyFiles.parse(json, "random.json");
            } catch (FileRefusedException e) {
                throw new AssertionError("seed " + seed + " " + com.scalelab.TestSeed.replayHint() + " case " + i + " refused:\n" + e.getMessage() + "\n" + json);
            }
            assertThat(back).as("seed %d %s case %d:%n%s", seed, com.scalelab.TestSeed.replayHint(), i, json).isEqualTo(p);
            assertThat(PolicyFiles.toJson(back)).isEqualTo(json);
            assertThat(PolicyFiles.fingerprint(back)).isEqualTo(PolicyFiles.fingerprint(p));
        }
    }

    @Test
    void fingerprintIsTheSha256OfTheCanonicalJsonAndChangesWithAnyLimit() throws Exception {
        ScalingPolicy p = PolicyFiles.parse(TestFiles.POLICY, "p.json");
        String fp = PolicyFiles.fingerprint(p);
        assertThat(fp).matches("[0-9a-f]{64}");
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(PolicyFiles.toJson(p).getBytes(StandardCharsets.UTF_8));
        assertThat(fp).isEqualTo(java.util.HexFormat.of().formatHex(digest));
        // The same policy written with other spacing and field order has the same fingerprint.
        String reordered = """
                {"sizing":{"scale":0.5},"execution":{"maxSpreadBps":20},"qualification":{"volatilityPct":{"max":5,
                "min":0.5},"maxSpacingAtr":4,"minSpacingAtr":1,"minSignalQuality":0.6,"minBarsBetween":3,
                "minMinutesBetween":60},"limits":{"ledgerTolerance":0,"maxRiskPct":2,"maxPositionPct":20},
                "scaling":{"maxEntries":4,"mode":"PYRAMID","enabled":true},"description":"optional",
                "strategy":"donchian-breakout","name":"Trend pyramid","schemaVersion":1}""";
        assertThat(PolicyFiles.fingerprint(PolicyFiles.parse(reordered, "r.json"))).isEqualTo(fp);
        ScalingPolicy tighter = p.withLimits(new ScalingPolicy.Limits(20.0, 1.9, 0.0));
        assertThat(PolicyFiles.fingerprint(tighter)).isNotEqualTo(fp);
    }

    @Test
    void invalidPolicyIsRefusedOnSaveAndTheOldFileSurvives() throws Exception {
        ScalingPolicy good = PolicyFiles.parse(TestFiles.POLICY, "p.json");
        Path file = dir.resolve("trend.json");
        PolicyFiles.save(good, file);
        String before = Files.readString(file);
        ScalingPolicy bad = good.withLimits(new ScalingPolicy.Limits(20.0, 0.0, -1.0)).withName("");

        assertThatThrownBy(() -> PolicyFiles.save(bad, file))
                .isInstanceOf(FileRefusedException.class)
                .satisfies(e -> assertThat(((FileRefusedException) e).problems())
                        .extracting(FileProblem::path)
                        .containsExactlyInAnyOrder("name", "limits.maxRiskPct", "limits.ledgerTolerance"));
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void enabledWithOneEntryLoadsWithAWarningAtTheField() throws Exception {
        String json = TestFiles.POLICY.replace("\"maxEntries\": 4", "\"maxEntries\": 1");
        Loaded<ScalingPolicy> loaded = PolicyFiles.parseWithWarnings(json, "w.json");
        assertThat(loaded.value().scaling().maxEntries()).isEqualTo(1);
        assertThat(loaded.warnings()).singleElement().satisfies(w -> {
            assertThat(w.toString()).startsWith("w.json:6:");
            assertThat(w.path()).isEqualTo("scaling.maxEntries");
            assertThat(w.message()).contains("warning").contains("maxEntries is 1");
        });
        assertThat(PolicyFiles.warnings(loaded.value())).hasSize(1);
    }

    @Test
    void missingFileIsRefusedWithItsName() {
        Path missing = dir.resolve("nope.json");
        assertThatThrownBy(() -> PolicyFiles.load(missing))
                .isInstanceOf(FileRefusedException.class)
                .hasMessage(missing + ": (file): no such file");
    }

    @Test
    void fileLargerThanTheCapIsRefusedBeforeParsing() throws Exception {
        Path big = dir.resolve("big.json");
        byte[] spaces = new byte[(int) JsonDocument.MAX_FILE_BYTES + 10];
        java.util.Arrays.fill(spaces, (byte) ' ');
        Files.write(big, spaces);
        assertThatThrownBy(() -> PolicyFiles.load(big)).isInstanceOf(FileRefusedException.class)
                .hasMessageContaining("5 MB");
    }

    @Test
    void nonUtf8FileIsRefused() throws Exception {
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, TestFiles.POLICY.replace("optional", "café").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> PolicyFiles.load(latin1)).isInstanceOf(FileRefusedException.class)
                .hasMessageContaining("not UTF-8");
    }

    private List<Path> leftovers() throws Exception {
        try (var s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
