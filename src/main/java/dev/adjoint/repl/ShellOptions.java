package dev.adjoint.repl;

/** Display settings from the command line: colour, digits shown, default output format, ASCII-only symbols. */
public record ShellOptions(boolean color, int precision, String format, boolean ascii) {
    public static ShellOptions defaults() {
        return new ShellOptions(false, 3, "text", false);
    }
}
