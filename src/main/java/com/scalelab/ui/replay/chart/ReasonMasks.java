package com.scalelab.ui.replay.chart;

/**
 * Which deciding reasons occur over any run of bars, as a bit set of reason ordinals (bit r set
 * when some bar's decision had reason r), in levels of 16, 256, ... bars like {@link RangeExtremes}:
 * the verdict band of a zoomed-out chart asks one run per pixel column.
 */
final class ReasonMasks {
    private static final int FAN = 16;
    private static final int SHIFT = 4;

    private final int[][] levels;

    /** {@code perBar[t]}: the bit of bar t's reason, 0 for a bar without a decision. */
    ReasonMasks(int[] perBar) {
        int count = 1;
        for (long size = FAN; size < perBar.length; size *= FAN) {
            count++;
        }
        levels = new int[count][];
        levels[0] = perBar;
        for (int k = 1; k < count; k++) {
            int[] prev = levels[k - 1];
            int[] next = new int[(prev.length + FAN - 1) / FAN];
            for (int i = 0; i < prev.length; i++) {
                next[i >> SHIFT] |= prev[i];
            }
            levels[k] = next;
        }
    }

    /** The reasons met over bars {@code from} (inclusive) to {@code to} (exclusive). */
    int over(int from, int to) {
        int mask = 0;
        int i = Math.max(0, from);
        int end = Math.min(to, levels[0].length);
        while (i < end) {
            int k = 0;
            while (k + 1 < levels.length) {
                int size = 1 << (SHIFT * (k + 1));
                if ((i & (size - 1)) != 0 || i + size > end) {
                    break;
                }
                k++;
            }
            mask |= levels[k][i >> (SHIFT * k)];
            i += 1 << (SHIFT * k);
        }
        return mask;
    }
}
