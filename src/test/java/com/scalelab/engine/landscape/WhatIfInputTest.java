package com.scalelab.engine.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.CheckCatalogue;
import com.scalelab.engine.ReasonCode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The catalogue names the inputs that move a check by the what-if panel's names: the two lists are one. */
class WhatIfInputTest {

    @Test
    void theCataloguesInputsAreTheWhatIfPanelsInputs() {
        assertThat(Arrays.stream(CheckCatalogue.Input.values()).map(Enum::name))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(WhatIfInput.values()).map(Enum::name).toList());
    }

    @Test
    void aBlockerIsMovableExactlyWhenTheCatalogueNamesAnInputThatMovesIt() {
        // scaling off: no slider turns it on
        WhatWouldFlip flip = WhatWouldFlip.find(Samples.pyramid().withScaling(
                new com.scalelab.engine.ScalingPolicy.Scaling(false, Samples.pyramid().scaling().mode(),
                        Samples.pyramid().scaling().maxEntries())), Samples.pyramidScenario());
        assertThat(flip.blockers()).extracting(WhatWouldFlip.Blocker::code).contains(ReasonCode.SCALING_DISABLED);
        for (WhatWouldFlip.Blocker b : flip.blockers()) {
            assertThat(b.movable()).as("%s", b.code()).isEqualTo(!CheckCatalogue.of(b.code()).movedBy().isEmpty());
        }
        assertThat(flip.summary()).contains("blocked by SCALING_DISABLED");
    }
}
