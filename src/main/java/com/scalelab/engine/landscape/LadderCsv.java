package com.scalelab.engine.landscape;

import java.util.List;

/** The entry ladder as a CSV table (RFC 4180: CRLF line ends, fields quoted when they need it). */
public final class LadderCsv {
    public static final List<String> HEADER = List.of("Row", "Entry", "Price", "Quantity", "Cumulative quantity",
            "Average price", "Position % of equity", "Risk % of equity", "Bounce to break even %", "Verdict",
            "Reason", "Blocked by", "Allowed from", "Allowed to");

    private LadderCsv() {
    }

    public static String toCsv(EntryLadder ladder) {
        StringBuilder out = new StringBuilder();
        line(out, HEADER);
        for (LadderLevel l : ladder.levels()) {
            line(out, List.of(l.kind().label(), Integer.toString(l.number()), num(l.price()), num(l.quantity()),
                    num(l.cumulativeQuantity()), num(l.averagePrice()), num(l.positionPct()), num(l.riskPct()),
                    num(l.breakEvenBouncePct()), l.decision() == null ? "" : l.decision().name(),
                    l.reason() == null ? "" : l.reason().name(), l.blockedBy(), num(l.allowedFrom()),
                    num(l.allowedTo())));
        }
        return out.toString();
    }

    private static String num(Double v) {
        return v == null || v.isNaN() ? "" : Numbers.plain(v);
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    /** A field with a comma, a quote or a line break is quoted, its quotes doubled. */
    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
