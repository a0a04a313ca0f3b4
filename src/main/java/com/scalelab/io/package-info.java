/**
 * Policy and scenario files (contract section 3): strict loading, canonical atomic saving. Bar
 * files, run files and the replay's JSON lines and CSV (replay contract sections 1, 2 and 4):
 * {@link com.scalelab.io.BarFiles}, {@link com.scalelab.io.RunFiles}, {@link com.scalelab.io.ReplayJson},
 * {@link com.scalelab.io.ReplayCsv}; their readings of the contract are in docs/contract-readings.md.
 *
 * <p>Choices where the contract is silent:
 * <ul>
 *   <li>Files are parsed into a tree by hand from Jackson's streaming parser (strict duplicate
 *       detection, no trailing content, no NaN, size cap of 5 MB, nesting depth 64, numbers of at most
 *       100 digits), then converted field by field, so every problem carries line:column and the
 *       field path, and all problems of a file are listed at once. Value rules of a policy are
 *       checked only once the file is well typed.</li>
 *   <li>Whole-number fields (schemaVersion, maxEntries, minBarsBetween, bar) take integer literals
 *       only: 7.9 and also 4.0 are refused. A number too large for a double (1e400) is refused;
 *       NaN/Infinity are not JSON. {@code null} is refused everywhere, also for optional bounds:
 *       leave the field out to set none.</li>
 *   <li>Enums are case-sensitive (PYRAMID, not pyramid). Times need an offset ("Z" or "+01:00");
 *       they are kept as instants and saved in UTC.</li>
 *   <li>A scenario's inline {@code policy} is checked like a policy file: an invalid one is a load
 *       error naming e.g. {@code policy.limits.maxRiskPct}. Its {@code schemaVersion} may be left out
 *       (it is the scenario's); saving always writes it. Values of the scenario itself are not
 *       judged here: the engine answers BLOCK / INVALID_INPUT (section 4).</li>
 *   <li>{@code expect.reasonCode} must agree with {@code expect.decision} (SKIP with
 *       MIN_TIME_NOT_ELAPSED, not SCALE with it): a contradiction is a load error.</li>
 *   <li>Kind of a file: a JSON object with {@code proposed} or {@code position} is a scenario, any
 *       other a policy; each loader refuses the other kind in one line.</li>
 *   <li>Canonical JSON: two-space indent, "\n" line ends, contract field order, schemaVersion first;
 *       fields with a default are written out, unset optional bounds (maxSpacingAtr, volatilityPct,
 *       maxSpreadBps, the whole {@code execution} section then) and an empty scenario name are left
 *       out. The fingerprint is the SHA-256 of that text, so field order and spacing of the original
 *       file do not change it.</li>
 *   <li>Saving writes a temporary file in the same directory, forces it to disk, then moves it over
 *       the old file (atomic move, plain replace where the file system cannot); the new file keeps
 *       the old one's POSIX permissions (rw-r--r-- for a new file).</li>
 * </ul>
 */
package com.scalelab.io;
