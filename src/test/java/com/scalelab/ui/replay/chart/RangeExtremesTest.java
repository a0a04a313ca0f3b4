package com.scalelab.ui.replay.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The block levels answer every run of bars exactly as reading each bar would (the oracle here is
 * that plain loop), NaN ignored; zoomed-out charts rely on it for every pixel column.
 */
class RangeExtremesTest {
    private static final long SEED = Long.getLong("scalelab.seed", 20_261_202L);

    @Test
    void everyRunMatchesAPlainScan() {
        System.out.println("RangeExtremesTest seed " + SEED + " (-Dscalelab.seed=... to repeat)");
        Random rnd = new Random(SEED);
        for (int round = 0; round < 200; round++) {
            int n = 1 + rnd.nextInt(round < 100 ? 300 : 20_000);
            double[] lo = new double[n];
            double[] hi = new double[n];
            for (int i = 0; i < n; i++) {
                double v = rnd.nextGaussian() * 100;
                boolean gap = rnd.nextInt(10) == 0;
                lo[i] = gap ? Double.NaN : v - rnd.nextDouble();
                hi[i] = gap ? Double.NaN : v + rnd.nextDouble();
            }
            RangeExtremes ex = RangeExtremes.of(lo, hi);
            double[] out = new double[2];
            for (int q = 0; q < 50; q++) {
                int from = rnd.nextInt(n);
                int to = from + rnd.nextInt(n - from + 1);
                ex.over(from, to, out);
                double wantLo = Double.NaN;
                double wantHi = Double.NaN;
                for (int i = from; i < to; i++) {
                    if (!Double.isNaN(lo[i])) {
                        wantLo = Double.isNaN(wantLo) ? lo[i] : Math.min(wantLo, lo[i]);
                        wantHi = Double.isNaN(wantHi) ? hi[i] : Math.max(wantHi, hi[i]);
                    }
                }
                String where = "seed " + SEED + " round " + round + " n " + n + " bars [" + from + ", " + to + ")";
                assertThat(Double.valueOf(out[0])).as(where).isEqualTo(Double.valueOf(wantLo));
                assertThat(Double.valueOf(out[1])).as(where).isEqualTo(Double.valueOf(wantHi));
            }
        }
    }

    @Test
    void reasonMasksCollectEveryReasonOfARun() {
        Random rnd = new Random(SEED);
        int n = 5_000;
        int[] bits = new int[n];
        for (int i = 0; i < n; i++) {
            bits[i] = rnd.nextInt(4) == 0 ? 0 : 1 << rnd.nextInt(17);
        }
        ReasonMasks masks = new ReasonMasks(bits);
        for (int q = 0; q < 2_000; q++) {
            int from = rnd.nextInt(n);
            int to = from + rnd.nextInt(Math.min(n - from, 700) + 1);
            int want = 0;
            for (int i = from; i < to; i++) {
                want |= bits[i];
            }
            assertThat(masks.over(from, to)).as("seed " + SEED + " bars [" + from + ", " + to + ")").isEqualTo(want);
        }
    }
}
