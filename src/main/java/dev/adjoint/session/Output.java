package dev.adjoint.session;

import dev.adjoint.lang.Printer;
import dev.adjoint.session.report.AnomalyReport;

/**
 * Where a session's evaluation sends what it prints (print lines, expression values, warnings,
 * progress) as it runs; the front-end renders it. The same contract as the interpreter's {@link
 * Printer}, plus the anomaly reports of {@code :set anomaly on}.
 */
public interface Output extends Printer {
    /** The first NaN or infinity an input produced, with anomaly detection on; nothing by default. */
    default void anomaly(AnomalyReport report) {}
}
