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
        StringBuilder sb = new StringBuilder();
        if (names.remove(target)) // y = y * 2 in a loop: the earlier nodes of y itself
            sb.append("(old): earlier values of ").append(target).append(", bound again after each (as a loop does)\n");
        List<String> list = new ArrayList<>(names);
        if (list.size() == 1)
            sb.append("(old): ").append(list.get(0)).append(" now holds another value; the rows show the ").append(list.get(0))
                    .append(" that ").append(target).append(" was computed from\n");
        else if (list.size() > 1)
            sb.append("(old): ").append(String.join(", ", list.subList(0, list.size() - 1))).append(" and ").append(list.get(list.size() - 1))
                    .append(" now hold other values; the rows show the ones ").append(target).append(" was computed from\n");
        return sb.toString();
    }
}
