package dev.adjoint.lang;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The boxes CPython's traceback draws under an exception group's last line: each member in a
 * box of its own, numbered, nested groups inside their box ("+-+---------------- 1 ----------------"),
 * at most 15 members a group ("and 2 more exceptions") and 10 levels ("... (max_group_depth is 10)").
 * Each member is shown by its "Type: message" and notes; the tracebacks of members raised before
 * they were grouped are not kept, so they are not shown.
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
        if (!ExceptionGroups.isGroup(exception)) return "";
        StringBuilder out = new StringBuilder();
        Deque<Level> levels = new ArrayDeque<>();
        levels.push(new Level(exception));
        int depth = 1;
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
                for (Object line : TracebackModule.onlyLines(member)) emit(out, depth, ((String) line).substring(0, ((String) line).length() - 1)); // without its newline
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

    private static void emit(StringBuilder out, int depth, String text) {
        for (String line : text.split("\n", -1)) out.append(indent(depth)).append("| ").append(line).append('\n');
    }

    private static String indent(int depth) {
        return "  ".repeat(depth);
    }
}
