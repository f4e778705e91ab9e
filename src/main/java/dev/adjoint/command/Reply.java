package dev.adjoint.command;

import dev.adjoint.render.Format;

/**
 * What a command answers: a report of the session (or a message) and the format asked for, which
 * the front-end renders; or nothing (the command wrote its own output, like :step and :load).
 */
public record Reply(Object report, Format format, boolean quit, boolean allRows) {
    public static final Reply NONE = new Reply(null, Format.TEXT, false, false);
    public static final Reply QUIT = new Reply(null, Format.TEXT, true, false);

    public static Reply of(Object report, Format format) {
        return new Reply(report, format, false, false);
    }

    /** The same reply with every row of long tables (--all). */
    Reply withAllRows(boolean all) {
        return new Reply(report, format, quit, all);
    }

    /** A message, e.g. "session cleared". */
    public static Reply text(String message) {
        return new Reply(message, Format.TEXT, false, false);
    }
}
