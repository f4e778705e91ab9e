package dev.adjoint.lang;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The boxes CPython's traceback draws under an exception group's last line: each member in a
 * box of its own, numbered, nested groups inside their box ("+-+---------------- 1 ----------------"),
 * at most 15 members a group ("and 2 more exceptions") and 10 levels ("... (max_group_depth is 10)").
 * Each member is shown as CPython shows it there: the traceback it was raised with before it was
 * grouped and the errors chained before it, then its "Type: message" and notes.
 */
public final class ExceptionGroupText {
    private static final int MAX_WIDTH = 15, MAX_DEPTH = 10;

    private ExceptionGroupText() {}

    /** One group whose boxes are being drawn: its members and the next one to draw. */
    private static final class Level {
        final List<Object> members;
        final int shown;
        int next;

        Level(Object group) {
            members = ExceptionGroups.members(group);
            shown = members.size() <= MAX_WIDTH ? members.size() : MAX_WIDTH + 1;
        }

        boolean atLast() {
            return next == shown;
        }
    }

    /** The boxes of the members of {@code exception} ("" when it is no group), each line ending in a newline. */
    public static String boxes(Object exception) {
        return boxes(exception, 1);
    }

    /**
     * The boxes of a group drawn from {@code startDepth}: 1 under the error's last line, deeper for
     * a group chained before a member, inside that member's box (which calls this again, at most
     * {@link #MAX_DEPTH} deep).
     */
    private static String boxes(Object exception, int startDepth) {
        if (!ExceptionGroups.isGroup(exception)) return "";
        StringBuilder out = new StringBuilder();
        Deque<Level> levels = new ArrayDeque<>();
        levels.push(new Level(exception));
        int depth = startDepth;
        boolean needClose = false;
        while (!levels.isEmpty()) {
            Level level = levels.peek();
            if (level.next == level.shown) { // a nested group drawn: its own box in the group above ends
                levels.pop();
                if (levels.isEmpty()) break;
                if (levels.peek().atLast() && needClose) {
                    out.append(indent(depth)).append("+------------------------------------\n");
                    needClose = false;
                }
                depth--;
                continue;
            }
            int i = level.next++;
            boolean last = level.atLast(), truncated = i >= MAX_WIDTH;
            if (last) needClose = true;
            out.append(indent(depth)).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(truncated ? "..." : String.valueOf(i + 1))
                    .append(" ----------------\n");
            depth++;
            Object member = truncated ? null : level.members.get(i);
            if (truncated) {
                int more = level.members.size() - MAX_WIDTH;
                emit(out, depth, "and " + more + " more exception" + (more > 1 ? "s" : ""));
            } else if (ExceptionGroups.isGroup(member) && depth > MAX_DEPTH) {
                emit(out, depth, "... (max_group_depth is " + MAX_DEPTH + ")");
            } else {
                member(out, depth, member);
                if (ExceptionGroups.isGroup(member)) {
                    needClose = false;
                    levels.push(new Level(member));
                    continue;
                }
            }
            if (last && needClose) {
                out.append(indent(depth)).append("+------------------------------------\n");
                needClose = false;
            }
            depth--;
        }
        return out.toString();
    }

    /**
     * A member as its box shows it: when it was raised before it was grouped, the errors chained
     * before it (a group among them with its own boxes) and its own traceback ("Exception Group
     * Traceback" for a group); then its last line and notes.
     */
    private static void member(StringBuilder out, int depth, Object member) {
        StringBuilder text = new StringBuilder();
        LangError raised = member instanceof PyInstance i ? i.raisedAs() : null;
        if (raised != null) {
            for (LangError.Chained c : raised.chain()) {
                Object earlier = c.error().exception();
                boolean group = ExceptionGroups.isGroup(earlier);
                emit(out, depth, Traceback.caughtFrames(c.error(), group ? "Exception Group Traceback" : "Traceback") + Traceback.withNotes(c.error()));
                if (group && depth <= MAX_DEPTH) out.append(boxes(earlier, depth));
                emit(out, depth, "\n" + c.sentence() + "\n");
            }
            text.append(Traceback.caughtFrames(raised, ExceptionGroups.isGroup(member) ? "Exception Group Traceback" : "Traceback"));
        }
        for (Object line : TracebackModule.onlyLines(member)) text.append(line);
        emit(out, depth, text.substring(0, text.length() - 1)); // without its last newline
    }

    private static void emit(StringBuilder out, int depth, String text) {
        for (String line : text.split("\n", -1)) out.append(indent(depth)).append("| ").append(line).append('\n');
    }

    private static String indent(int depth) {
        return "  ".repeat(depth);
    }
}
