package dev.adjoint.render;

import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Variables rebound after a graph was built ({@code x1 = 3} after {@code y} used x1): the rows
 * label the old node "x1 (old)", and one line under the table says what that means.
 */
final class Rebound {
    private Rebound() {}

    /** The note for a trace's rebound names; empty when none. */
    static String note(Trace trace) {
        List<String> labels = new ArrayList<>();
        for (TraceNode n : trace.nodes()) if (n.rebound()) labels.add(n.label());
        return note(trace.target(), labels);
    }

    /** The note for labels as tables show them ("x1 (old)"); empty when none is old. */
    static String note(String target, Collection<String> labels) {
        Set<String> names = new LinkedHashSet<>();
        for (String l : labels) if (l.endsWith(TraceNode.OLD)) names.add(l.substring(0, l.length() - TraceNode.OLD.length()));
        if (names.isEmpty()) return "";
        List<String> list = new ArrayList<>(names);
        if (list.size() == 1) return "(old): " + list.get(0) + " now holds another value; the rows show the " + list.get(0) + " that " + target + " was computed from\n";
        String who = String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
        return "(old): " + who + " now hold other values; the rows show the ones " + target + " was computed from\n";
    }
}
