package dev.adjoint.render;

import dev.adjoint.session.report.ChangedSince;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;

/**
 * A table of a graph whose input changed after it was built (x.data = ...): the rows recorded
 * before the change say so in the note column, and a line under the table says what it means.
 */
final class ChangedNote {
    static final String RECORDED_BEFORE = "recorded before the change";

    private ChangedNote() {}

    /** The note cell of a row: its domain note and, if the row was recorded before an input changed, that. */
    static String cell(Trace trace, TraceNode n, String domainNote) {
        if (!trace.changedSince().stale().contains(n)) return domainNote;
        return domainNote.isEmpty() ? RECORDED_BEFORE : domainNote + "; " + RECORDED_BEFORE;
    }

    /** The line under the table; empty when every recorded value follows from the inputs now. */
    static String of(Trace trace) {
        ChangedSince c = trace.changedSince();
        if (!c.any()) return "";
        return c.whatChanged(trace.target()) + ":\n"
                + "  the rows '" + RECORDED_BEFORE + "' hold the values " + trace.target() + " was computed with; run its assignment again to recompute\n";
    }

    /** The line under :grad or :backward of a target whose graph holds values recorded before a change; empty when none. */
    static String ofGradient(String target, ChangedSince changed) {
        if (!changed.any()) return "";
        return changed.whatChanged(target) + ":\n"
                + "  the gradient went back through the graph " + RECORDED_BEFORE + "; run " + target + "'s assignment again to recompute\n";
    }
}
