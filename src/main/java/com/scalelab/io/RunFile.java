package com.scalelab.io;

import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.replay.RunSettings;
import java.nio.file.Path;

/**
 * A run file (replay contract section 2): its settings, its inline policy (null when it has none;
 * it then needs one given separately) and its bar file resolved against the run file's folder
 * (null when the run names none; it must then be given on the command line).
 */
public record RunFile(RunSettings settings, ScalingPolicy inlinePolicy, Path barsPath) {
}
