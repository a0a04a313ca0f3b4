package com.scalelab.audit;

/** The version stamped on every audit record: the jar manifest's Implementation-Version, else "dev". */
public final class ProgramVersion {
    private static final String CURRENT = read();

    private ProgramVersion() {
    }

    public static String current() {
        return CURRENT;
    }

    private static String read() {
        Package p = ProgramVersion.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }
}
