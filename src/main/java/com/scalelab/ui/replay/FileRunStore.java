package com.scalelab.ui.replay;

import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.RunSettings;
import com.scalelab.io.BarFiles;
import com.scalelab.io.FileProblem;
import com.scalelab.io.FileRefusedException;
import com.scalelab.io.RunFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Run and bar files in the contract's formats, through {@link RunFiles} and {@link BarFiles}. */
public final class FileRunStore implements RunStore {

    @Override
    public RunStore.RunFile loadRun(Path file) throws Refused {
        try {
            com.scalelab.io.RunFile r = RunFiles.load(file);
            return new RunStore.RunFile(r.settings(), r.inlinePolicy(), r.barsPath());
        } catch (FileRefusedException e) {
            throw refused(e);
        }
    }

    @Override
    public BarSeries loadBars(Path file, RunSettings run) throws Refused {
        try {
            return run == null ? BarFiles.load(file) : BarFiles.load(file, run);
        } catch (FileRefusedException e) {
            throw refused(e);
        }
    }

    @Override
    public void saveRun(Path file, RunSettings settings, ScalingPolicy policy) throws Refused {
        try {
            RunFiles.save(settings, policy, file);
        } catch (FileRefusedException e) {
            throw refused(e);
        } catch (IOException e) {
            throw new Refused(List.of(file + ": could not write the file (" + e.getMessage() + ")"));
        }
    }

    private static Refused refused(FileRefusedException e) {
        return new Refused(e.problems().stream().map(FileProblem::toString).toList());
    }
}
