package dev.adjoint.lang;

import java.util.List;

/**
 * A frame as inspect.currentframe(), inspect.stack() and sys._getframe() give it: f_code, f_back,
 * f_locals (the function's names bound now, in co_varnames' order, as CPython's), f_globals and
 * f_lineno. The line is where the frame was when the frame object was made (CPython's moves on
 * with the frame; code that reads it at once, as d2l's save_hyperparameters does, sees the same).
 */
final class FrameObject implements TabledHostObject, PyReprable {
    private final Interpreter.RunningFrame frame;
    private final List<Interpreter.RunningFrame> outer;
    private final Interpreter interpreter;

    /** The frame {@code frames.get(0)}, with the frames around it (innermost first) for f_back. */
    private FrameObject(List<Interpreter.RunningFrame> frames, Interpreter interpreter) {
        this.frame = frames.get(0);
        this.outer = frames.subList(1, frames.size());
        this.interpreter = interpreter;
    }

    /** The frame {@code depth} calls up from the code at {@code span} (0: the code's own); null past the top. */
    static FrameObject at(Interpreter in, Span span, int depth) {
        List<Interpreter.RunningFrame> frames = in.runningFrames(span);
        return depth < frames.size() ? new FrameObject(frames.subList(depth, frames.size()), in) : null;
    }

    /** The frame {@code frames.get(0)} of a traceback or a stack, with the frames around it (innermost first) for f_back. */
    static FrameObject of(List<Interpreter.RunningFrame> frames, Interpreter in) {
        return new FrameObject(frames, in);
    }

    /** inspect.stack(): a FrameInfo per frame from the code at {@code span} up to the top level. */
    static PyList stack(Interpreter in, Span span, PyClass frameInfo) {
        List<Interpreter.RunningFrame> frames = in.runningFrames(span);
        PyList out = new PyList();
        for (int i = 0; i < frames.size(); i++) {
            FrameObject f = new FrameObject(frames.subList(i, frames.size()), in);
            PyList context = null;
            if (f.lineText() != null) {
                context = new PyList();
                context.add(f.lineText());
            }
            out.add(in.call(frameInfo, java.util.Arrays.asList(f, f.fileName(), (long) f.line(), f.codeName(), context, context == null ? null : 0L)));
        }
        return out;
    }

    /** f_back: the frame that called it, or null at the top level. */
    FrameObject back() {
        return outer.isEmpty() ? null : new FrameObject(outer, interpreter);
    }

    /** The frame as a traceback's entry: its code's name, input, place, function and scope. */
    Traceback.Entry entry() {
        return new Traceback.Entry(frame.name(), frame.source(), frame.at(), frame.function(), frame.scope());
    }

    UserFunction function() {
        return frame.function();
    }

    /** The frame's names and values now: a function's in co_varnames' order (then its cells), the top level's globals. */
    PyDict locals() {
        if (frame.function() == null) return frame.scope() == null ? interpreter.globalsDict() : interpreter.globalsDict(frame.scope());
        PyDict d = new PyDict();
        if (frame.scope() == null) return d;
        java.util.Map<String, Object> table = frame.scope().table();
        if (!frame.comprehension())
            for (Object name : frame.function().code().varNames()) if (table.containsKey(name)) d.put(name, table.get(name));
        table.forEach((name, value) -> {
            if (!d.containsKey(name) && !YieldLifting.isTemporary(name)) d.put(name, value);
        });
        return d;
    }

    int line() {
        return frame.source().firstLine() + (frame.at() == null ? 1 : frame.at().line()) - 1;
    }

    String fileName() {
        return frame.source().origin();
    }

    String codeName() {
        return frame.name();
    }

    /** The text of its line with its newline, or null where CPython cannot read it back (<stdin>). */
    private String lineText() {
        String[] lines = frame.source().text().split("\n", -1);
        int i = frame.at() == null ? 0 : frame.at().line() - 1;
        if (!frame.source().linesReadable() || i < 0 || i >= lines.length) return null;
        return lines[i] + "\n";
    }

    @Override
    public String typeName() {
        return "frame";
    }

    private static final AttributeTable<FrameObject> ATTRIBUTES = new AttributeTable<FrameObject>()
            .value("f_back", FrameObject::back)
            .value("f_code", f -> f.frame.function() == null || f.frame.comprehension() ? new NamedCode(f.fileName(), f.codeName(), f.frame.function() == null ? 1 : f.line()) : f.frame.function().code())
            .value("f_globals", f -> f.frame.function() == null ? f.interpreter.globalsDict() : f.interpreter.globalsDict(f.frame.function().closure().global()))
            .value("f_lineno", f -> (long) f.line())
            .value("f_locals", FrameObject::locals);

    @Override
    public AttributeTable<FrameObject> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public String pyRepr() {
        return "<frame at " + Values.address(this) + ", file " + Repr.repr(fileName()) + ", line " + line() + ", code " + codeName() + ">";
    }

    /** The code object of the top level or of a comprehension: its file, name and first line (a comprehension's: the line its frame is at). */
    private record NamedCode(String file, String name, long firstLine) implements TabledHostObject, PyReprable {
        @Override
        public String typeName() {
            return "code";
        }

        private static final AttributeTable<NamedCode> ATTRIBUTES = new AttributeTable<NamedCode>()
                .value("co_filename", NamedCode::file)
                .value("co_firstlineno", NamedCode::firstLine)
                .value("co_name", NamedCode::name)
                .value("co_qualname", NamedCode::name);

        @Override
        public AttributeTable<NamedCode> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String pyRepr() {
            return "<code object " + name + " at " + Values.address(this) + ", file " + Repr.repr(file) + ", line " + firstLine + ">";
        }
    }
}
