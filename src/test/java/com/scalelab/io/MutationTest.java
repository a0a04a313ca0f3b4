package com.scalelab.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of corrupted variants of valid files: the loaders must either load them cleanly or refuse
 * them with their own error (file, path, message), never with another exception, and never with
 * parser internals in the message.
 */
class MutationTest {
    private static final String[] REPLACEMENTS = {"-1", "0", "1e400", "-1e400", "7.9", "\"5\"", "null", "true",
        "99999999999999999999999", "NaN", "[]", "{}", "\"\"", "1e-400", "0.1", "-0", "\"2026-01-05T14:30:00\""};
    private static final String NOISE = "{}[]\",:0123456789.-+eE \n\ttrunfalsx\\\u00e9\u0000";

    @Test
    void corruptedFilesAreLoadedOrRefusedNeverCrash() {
        long seed = com.scalelab.TestSeed.of("MutationTest");
        Random r = new Random(seed);
        String[] valid = {TestFiles.POLICY, TestFiles.MINIMAL_POLICY, TestFiles.SCENARIO, TestFiles.SCENARIO_INLINE};
        int loaded = 0;
        int refused = 0;
        for (int i = 0; i < 4000; i++) {
            String original = valid[r.nextInt(valid.length)];
            String variant = mutate(original, r, 1 + r.nextInt(3));
            for (int loader = 0; loader < 3; loader++) {
                try {
                    switch (loader) {
                        case 0 -> PolicyFiles.parse(variant, "m.json");
                        case 1 -> ScenarioFiles.parse(variant, "m.json");
                        default -> FileKind.check(variant, "m.json");
                    }
                    loaded++;
                } catch (FileRefusedException e) {
                    refused++;
                    for (FileProblem p : e.problems()) {
                        assertThat(p.file()).isEqualTo("m.json");
                        assertThat(p.path()).isNotEmpty();
                        assertThat(p.message()).as("seed %d %s case %d:%n%s", seed, com.scalelab.TestSeed.replayHint(), i, variant).isNotBlank()
                                .doesNotContain("com.fasterxml", "Exception", "`", "Source:", "REDACTED")
                                // the parser's own wording: users read ScaleLab's (see MalformedJson)
                                .doesNotContain("was expecting", "Unexpected character", "Unrecognized token", "(code ",
                                        "CTRL-CHAR", "Object entries", "Array entries");
                    }
                } catch (Throwable t) {
                    throw new AssertionError("seed " + seed + " " + com.scalelab.TestSeed.replayHint() + " case " + i + " loader " + loader + " threw " + t
                            + " on:\n" + variant, t);
                }
            }
        }
        System.out.println("MutationTest: " + loaded + " loads, " + refused + " refusals");
        assertThat(refused).isGreaterThan(1000);
        assertThat(loaded).isGreaterThan(100);
    }

    static String mutate(String s, Random r, int times) {
        StringBuilder b = new StringBuilder(s);
        for (int k = 0; k < times && b.length() > 1; k++) {
            int at = r.nextInt(b.length());
            switch (r.nextInt(7)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, b.charAt(at));
                case 2 -> {
                    if (at + 1 < b.length()) {
                        char c = b.charAt(at);
                        b.setCharAt(at, b.charAt(at + 1));
                        b.setCharAt(at + 1, c);
                    }
                }
                case 3 -> b.setLength(at);
                case 4 -> b.insert(at, NOISE.charAt(r.nextInt(NOISE.length())));
                default -> replaceNumber(b, r);
            }
        }
        return b.toString();
    }

    /** Replaces one number of the file with an awkward value (wrong type, out of range, not finite). */
    private static void replaceNumber(StringBuilder b, Random r) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?").matcher(b);
        java.util.List<int[]> spans = new java.util.ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return;
        }
        int[] span = spans.get(r.nextInt(spans.size()));
        b.replace(span[0], span[1], REPLACEMENTS[r.nextInt(REPLACEMENTS.length)]);
    }
}
