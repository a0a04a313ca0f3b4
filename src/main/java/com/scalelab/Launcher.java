package com.scalelab;

/**
 * Entry point of the jar. Deliberately not a JavaFX Application, so the shaded jar starts without
 * the module path. No arguments: the desktop app; otherwise the command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.out.println("usage: scalelab [validate FILE... | evaluate [--policy POLICY] SCENARIO...]");
    }
}
