/**
 * The command line (contract section 5), on picocli.
 *
 * <p>Choices where the contract is silent:
 * <ul>
 *   <li>{@code validate} prints its report on standard output: each problem as
 *       {@code FILE:LINE:COLUMN: path: message} (without LINE:COLUMN when unknown, e.g. a missing
 *       file), each warning the same way with "warning:" before the message, and one
 *       {@code FILE: valid policy "name"} / {@code valid scenario} line per good file. Warnings do
 *       not change the exit code.</li>
 *   <li>{@code evaluate} prints only result lines on standard output; load errors and warnings go
 *       to standard error. In a result line {@code observed} and {@code limit} are always present
 *       and null where the check has no number; {@code metrics} is null when the input is invalid;
 *       {@code expectation} appears only for scenarios with {@code expect}. Numbers that are not
 *       finite (an overflow in a metric) are written as null.</li>
 *   <li>Exit code 1 (a file could not be loaded) wins over 3 (an expectation unmet): the run is
 *       incomplete, which matters more. A {@code --policy} file that cannot be loaded is a load
 *       error even if every scenario has its own policy.</li>
 *   <li>{@code --version} reads Implementation-Version from the jar's manifest, "dev" otherwise.</li>
 * </ul>
 */
package com.scalelab.cli;
