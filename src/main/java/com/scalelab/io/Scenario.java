package com.scalelab.io;

import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingPolicy;

/**
 * A scenario file: an optional label, the context the engine judges, an optional inline policy
 * (which wins over one given separately) and the optional expected verdict.
 */
public record Scenario(String name, ScalingContext context, ScalingPolicy inlinePolicy, Expectation expect) {

    public Scenario withContext(ScalingContext c) {
        return new Scenario(name, c, inlinePolicy, expect);
    }

    public Scenario withInlinePolicy(ScalingPolicy p) {
        return new Scenario(name, context, p, expect);
    }

    public Scenario withExpect(Expectation e) {
        return new Scenario(name, context, inlinePolicy, e);
    }
}
