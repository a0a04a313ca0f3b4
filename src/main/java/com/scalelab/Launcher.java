package com.scalelab;

import com.scalelab.cli.ScaleLabCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of the jar. Deliberately not a JavaFX Application, so the shaded jar starts without
 * the module path. No arguments: the desktop app; otherwise the command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            com.scalelab.ui.StartupClock.mark("main()");
            openDesktop(args);
            return;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(ScaleLabCommand.run(args, out, err));
    }

    private static void openDesktop(String[] args) {
        try {
            javafx.application.Application.launch(com.scalelab.ui.ScaleLabApp.class, args);
        } catch (RuntimeException e) {
            // Typically no display (a server or CI shell): say so instead of a toolkit stack trace.
            String why = String.valueOf(e.getMessage()).replaceAll("\\.+$", "");
            System.err.println("ScaleLab could not open its window: " + why + ".");
            System.err.println("On a machine without a display, use the command line: "
                    + "java -jar scalelab.jar validate FILE... | evaluate [--policy POLICY] SCENARIO... (--help for more)");
            System.exit(1);
        }
    }
}
