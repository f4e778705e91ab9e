package dev.adjoint.command;

import dev.adjoint.render.Format;
import dev.adjoint.render.Style;
import dev.adjoint.render.Symbols;
import dev.adjoint.render.ValueFormat;
import dev.adjoint.session.report.Trace;

/** The display settings of a session: from the command line, changed with :set. */
public final class Settings {
    public int precision;
    public Format format;
    public boolean ascii;
    public boolean color;
    public Trace.Order order = Trace.Order.DEPTH;
    /** Node numbering: the lecture's v1..vn (cmu) or Baydin et al.'s v-1, v0, v1.. (baydin). */
    public Trace.Numbering notation = Trace.Numbering.CMU;
    /** The terminal's width in columns, asked when needed (it changes with the window); 0 when there is no terminal. */
    public java.util.function.IntSupplier terminalColumns = () -> 0;

    public Settings(int precision, Format format, boolean ascii, boolean color) {
        this.precision = precision;
        this.format = format;
        this.ascii = ascii;
        this.color = color;
    }

    public Symbols symbols() {
        return new Symbols(ascii);
    }

    public Style style() {
        return new Style(precision, ascii, color, notation == Trace.Numbering.BAYDIN, false);
    }

    public ValueFormat values() {
        return new ValueFormat(precision);
    }
}
