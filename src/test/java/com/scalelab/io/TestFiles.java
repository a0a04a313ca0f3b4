package com.scalelab.io;

import com.scalelab.engine.ScalingMode;
import com.scalelab.engine.ScalingPolicy;
import java.util.Random;

/** Valid files from the contract and a seeded generator of valid policies, shared by the io tests. */
final class TestFiles {
    private TestFiles() {
    }

    static final String POLICY = """
            {
              "schemaVersion": 1,
              "name": "Trend pyramid",
              "strategy": "donchian-breakout",
              "description": "optional",
              "scaling": { "enabled": true, "mode": "PYRAMID", "maxEntries": 4 },
              "limits": { "maxPositionPct": 20.0, "maxRiskPct": 2.0, "ledgerTolerance": 0.0 },
              "qualification": {
                "minMinutesBetween": 60, "minBarsBetween": 3, "minSignalQuality": 0.6,
                "minSpacingAtr": 1.0, "maxSpacingAtr": 4.0,
                "volatilityPct": { "min": 0.5, "max": 5.0 }
              },
              "execution": { "maxSpreadBps": 20.0 },
              "sizing": { "scale": 0.5 }
            }
            """;

    static final String MINIMAL_POLICY = """
            {
              "schemaVersion": 1,
              "name": "Legacy single entry",
              "scaling": { "enabled": false },
              "limits": { "maxPositionPct": 10, "maxRiskPct": 1 }
            }
            """;

    static final String SCENARIO_BODY = """
              "schemaVersion": 1,
              "name": "optional label",
              "symbol": "ES",
              "account": { "equity": 100000 },
              "position": {
                "direction": "LONG",
                "stopPrice": 95.0,
                "entries": [ { "price": 100.0, "quantity": 10, "time": "2026-01-05T14:30:00Z", "bar": 120 } ]
              },
              "broker": { "positionQuantity": 10 },
              "pendingOrders": [ { "side": "SELL", "quantity": 10, "reduceOnly": true } ],
              "market": { "atr": 2.0, "spreadBps": 4.0 },
              "proposed": { "direction": "LONG", "price": 103.0, "quantity": 5,
                            "time": "2026-01-05T16:00:00Z", "bar": 126, "signalQuality": 0.8 }""";

    /** The contract's scenario, with no inline policy and no expectation. */
    static final String SCENARIO = "{\n" + SCENARIO_BODY + "\n}\n";

    /** The contract's scenario with the contract's policy inline and an expectation. */
    static final String SCENARIO_INLINE = "{\n" + SCENARIO_BODY + ",\n  \"policy\": " + POLICY.strip()
            + ",\n  \"expect\": { \"decision\": \"SCALE\", \"reasonCode\": \"SCALE_APPROVED\" }\n}\n";

    /** A random policy that passes ScalingPolicy.errors(), with awkward decimals and optional parts. */
    static ScalingPolicy randomValidPolicy(Random r) {
        boolean enabled = r.nextBoolean();
        ScalingPolicy.Scaling scaling = new ScalingPolicy.Scaling(enabled,
                r.nextBoolean() ? ScalingMode.PYRAMID : ScalingMode.AVERAGE_DOWN, 1 + r.nextInt(100));
        ScalingPolicy.Limits limits = new ScalingPolicy.Limits(awkward(r, 1e-6, 1000), awkward(r, 1e-6, 100),
                r.nextBoolean() ? 0.0 : awkward(r, 0, 50));
        double minSpacing = r.nextInt(4) == 0 ? 0 : awkward(r, 0, 5);
        Double maxSpacing = r.nextBoolean() ? null : minSpacing + awkward(r, 0, 5);
        ScalingPolicy.Band band = null;
        if (r.nextBoolean()) {
            double lo = awkward(r, 0, 5);
            band = new ScalingPolicy.Band(lo, lo + awkward(r, 0, 10));
        }
        ScalingPolicy.Qualification q = r.nextInt(5) == 0 ? null : new ScalingPolicy.Qualification(
                awkward(r, 0, 10_000), r.nextInt(1000), r.nextDouble(), minSpacing, maxSpacing, band);
        ScalingPolicy.Execution e = r.nextBoolean() ? null : new ScalingPolicy.Execution(awkward(r, 0, 500));
        ScalingPolicy.Sizing s = r.nextInt(4) == 0 ? null : new ScalingPolicy.Sizing(awkward(r, 1e-3, 10));
        String name = words(r, 1 + r.nextInt(4));
        return new ScalingPolicy(name, r.nextBoolean() ? "" : words(r, 1), r.nextBoolean() ? "" : words(r, 6),
                scaling, limits, q, e, s);
    }

    /** Values like 0.1, 1e-7, 33.333333333333336: the ones a text round trip could get wrong. */
    static double awkward(Random r, double min, double max) {
        double v;
        switch (r.nextInt(4)) {
            case 0 -> v = Math.round(r.nextDouble() * (max - min) * 10) / 10.0 + min;
            case 1 -> v = min + (max - min) * r.nextDouble();
            case 2 -> v = min + (max - min) / 3.0;
            default -> v = Math.max(min, Math.min(max, min + 1e-7 * r.nextInt(1000)));
        }
        if (v <= 0 && min > 0) {
            v = min;
        }
        return Math.min(v, max);
    }

    private static final String[] WORDS = {"trend", "pyramid", "DCA", "mean-reversion", "ES", "BTC/USDT",
        "Ünïcødé", "quote\"d", "back\\slash", "tab\there", "line\nbreak", "日本", "€uro"};

    static String words(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }
}
