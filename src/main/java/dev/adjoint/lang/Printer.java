package dev.adjoint.lang;

/** Where a running program's output goes: the session adapts its Output to this. */
public interface Printer {
    /** A line from print(...). */
    void print(String line);

    /**
     * Text from print(..., end=...): exactly these characters, with no newline added. Printers that
     * can only take whole lines get the text as a line.
     */
    default void write(String text) {
        print(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
    }

    /** Text for stderr (sys.stderr.write, print(..., file=sys.stderr)), exactly these characters; stdout's where there is no stderr. */
    default void writeError(String text) {
        write(text);
    }

    /** The value of an expression statement at the prompt (never null). */
    void show(Object value);

    /** IPython's display(*values): each shown as an expression's value is, wherever it is called; a script prints them. */
    default void display(java.util.List<Object> values) {
        for (Object v : values) show(v);
    }

    /**
     * False while a .py script runs: expression statements show nothing and set no {@code _}, as in
     * CPython. Asked once for each top-level expression statement, before its value is looked at
     * (a notebook shows only a cell's last one, and counts them).
     */
    default boolean showsValues() {
        return true;
    }

    /**
     * input(prompt): shows the prompt and reads one line where the front-end reads (the terminal,
     * the rest of a pipe, a script's stdin, a notebook's input_request), without its newline; null
     * at the end of the input (EOFError). Where nothing can be read, this says so with an error.
     */
    default String readLine(String prompt) {
        throw new PyError("RuntimeError", "input() has nothing to read from here");
    }

    /**
     * What sys.stdin reads: a script's stdin, the terminal; nothing by default (see {@link StdinText#EMPTY}).
     * input() reads the same text where stdin is not a terminal.
     */
    default StdinText stdin() {
        return StdinText.EMPTY;
    }

    /**
     * Sends on what was printed so far (a thread of the program printed while no input runs, or it
     * lets others run): nothing by default, for printers that send every line at once.
     */
    default void flush() {}

    /** A warning, e.g. reading .grad of a non-leaf. */
    void warn(String message);

    /** A progress display for {@code total} steps (progress(loader) in a for loop); none by default. */
    default Progress progress(String label, long total) {
        return Progress.NONE;
    }
}
