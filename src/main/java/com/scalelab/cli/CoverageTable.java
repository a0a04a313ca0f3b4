package com.scalelab.cli;

import com.scalelab.engine.coverage.PolicyCoverage;
import java.util.Locale;

/**
 * The coverage report as a table for people reading a pipeline's log: checks first (how often each
 * passed, failed and decided), then each policy's limits (how many scenarios fell below, at and
 * above), with what is not covered marked so it stands out.
 */
final class CoverageTable {
    private CoverageTable() {
    }

    static String render(PolicyCoverage.Report r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Coverage: %d of %d items (%.1f%%) over %d scenario%s%n",
                r.coveredItems(), r.items(), r.percent(), r.scenarios(), r.scenarios() == 1 ? "" : "s"));
        b.append(String.format(Locale.ROOT, "  %-28s %7s %7s %8s%n", "check", "passed", "failed", "decided"));
        for (PolicyCoverage.CheckLine c : r.checks()) {
            b.append(String.format(Locale.ROOT, "  %-28s %7s %7s %8s%s%n", c.check().name(),
                    count(c.passed()), count(c.failed()), count(c.decided()),
                    c.covered() == 3 ? "" : "   <- not " + missing(c)));
        }
        String policy = null;
        for (PolicyCoverage.LimitLine l : r.limits()) {
            if (!l.policy().equals(policy)) {
                policy = l.policy();
                b.append(String.format(Locale.ROOT, "  limits of \"%s\"%n    %-40s %6s %7s %8s%n", policy, "", "below", "at", "above"));
            }
            b.append(String.format(Locale.ROOT, "    %-40s %6s %7s %8s%s%n",
                    l.field() + " " + number(l.limit()), count(l.below()), count(l.at()), count(l.above()),
                    l.covered() ? "" : "   <- never at it, nor on both sides"));
        }
        return b.toString();
    }

    private static String missing(PolicyCoverage.CheckLine c) {
        StringBuilder m = new StringBuilder();
        if (c.passed() == 0) {
            m.append("passed");
        }
        if (c.failed() == 0) {
            m.append(m.length() > 0 ? ", " : "").append("failed");
        }
        if (c.decided() == 0) {
            m.append(m.length() > 0 ? ", " : "").append("decided");
        }
        return m.toString();
    }

    private static String count(int n) {
        return n == 0 ? "-" : Integer.toString(n);
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
