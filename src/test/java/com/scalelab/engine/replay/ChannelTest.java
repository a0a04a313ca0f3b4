package com.scalelab.engine.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The open rules' channel (highest high / lowest low of the lookback bars before t) against a scan
 * of the window, over seeded random series with many ties. Seed fixed unless -Dscalelab.seed=N.
 */
class ChannelTest {
    private static final long SEED = Long.getLong("scalelab.seed", 20_261_202L);

    @Test
    void theChannelIsTheExtremeOfTheLookbackBarsBefore() {
        System.out.println("ChannelTest seed " + SEED);
        Random r = new Random(SEED);
        for (int k = 0; k < 500; k++) {
            int n = 1 + r.nextInt(300);
            int length = 1 + r.nextInt(Math.min(n, 40));
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = r.nextInt(4) == 0 ? 100 : 90 + r.nextInt(20) * 0.5; // ties on purpose
            }
            Channel highest = new Channel(v, length, true);
            Channel lowest = new Channel(v, length, false);
            // asked for in increasing order, sometimes skipping bars (the walk asks only while flat)
            for (int t = length; t < n; t += 1 + (r.nextInt(4) == 0 ? r.nextInt(60) : 0)) {
                double max = Double.NEGATIVE_INFINITY;
                double min = Double.POSITIVE_INFINITY;
                for (int i = t - length; i < t; i++) {
                    max = Math.max(max, v[i]);
                    min = Math.min(min, v[i]);
                }
                assertThat(highest.before(t)).as("case %d: highest of [%d, %d)", k, t - length, t).isEqualTo(max);
                assertThat(lowest.before(t)).as("case %d: lowest of [%d, %d)", k, t - length, t).isEqualTo(min);
            }
        }
    }

    @Test
    void aOneBarChannelIsThePreviousBar() {
        double[] highs = {3, 1, 2, 2, 5};
        Channel c = new Channel(highs, 1, true);
        assertThat(c.before(1)).isEqualTo(3);
        assertThat(c.before(2)).isEqualTo(1);
        assertThat(c.before(4)).isEqualTo(2);
    }
}
