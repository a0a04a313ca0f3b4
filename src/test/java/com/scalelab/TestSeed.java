package com.scalelab;

import java.util.Random;

/**
 * The seed of every random test. A plain {@code mvn verify} uses one fixed seed, so a red build
 * comes from the code and not from a generator; {@code -Dscalelab.seed=N} replays a run and
 * {@code -Dscalelab.seed=random} (or {@code -Pfresh-seeds}) draws a fresh one. The run seed is chosen
 * once per JVM and every test derives its own from it and its name, so one number replays the lot.
 */
public final class TestSeed {
    public static final String PROPERTY = "scalelab.seed";
    /** The fixed seed of an ordinary build (any number would do; this one is the contract's example day). */
    public static final long FIXED = 20260105L;

    private static final long RUN = chooseRunSeed();

    private TestSeed() {
    }

    /** The run's seed: fixed, the one given, or a fresh one. */
    public static long run() {
        return RUN;
    }

    /**
     * The seed of one random test, printed with the command that replays it. {@code test} names the
     * test class (and case) so that two tests of one run draw different numbers.
     */
    public static long of(String test) {
        long seed = RUN ^ (test.hashCode() * 0x9E3779B97F4A7C15L);
        System.out.println(test + ": seed " + seed + " from run seed " + RUN + " " + replayHint());
        return seed;
    }

    /** A generator for one random test, its seed printed (see {@link #of}). */
    public static Random random(String test) {
        return new Random(of(test));
    }

    /** What to type to get this run's numbers again, for failure messages. */
    public static String replayHint() {
        return "(replay with -D" + PROPERTY + "=" + RUN + ")";
    }

    private static long chooseRunSeed() {
        String given = System.getProperty(PROPERTY, "").trim();
        if (given.isEmpty() || given.equals("fixed") || given.startsWith("${")) {
            return FIXED;
        }
        if (given.equals("random")) {
            long fresh = System.nanoTime() ^ System.currentTimeMillis() * 31;
            System.out.println("Fresh run seed " + fresh + " (replay with -D" + PROPERTY + "=" + fresh + ")");
            return fresh;
        }
        try {
            return Long.parseLong(given);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + " must be a whole number, 'fixed' or 'random'; got '"
                    + given + "'");
        }
    }
}
