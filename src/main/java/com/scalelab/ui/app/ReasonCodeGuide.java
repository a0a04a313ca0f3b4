package com.scalelab.ui.app;

import com.scalelab.engine.CheckCatalogue;
import com.scalelab.engine.ReasonCode;
import java.util.List;

/** One line per reason code, in the trader's words (the check catalogue's), for Help > Reason codes. */
public final class ReasonCodeGuide {
    private ReasonCodeGuide() {
    }

    public static String meaning(ReasonCode code) {
        return CheckCatalogue.words(code).meaning();
    }

    /** "CODE (DECISION): meaning", one per code, in the contract's order. */
    public static List<String> lines() {
        return List.of(ReasonCode.values()).stream()
                .map(c -> c.name() + " (" + c.decision() + "): " + meaning(c))
                .toList();
    }
}
