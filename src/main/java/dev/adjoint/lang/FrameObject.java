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

    UserFunction function() {
        return frame.function();
    }

    /** The frame's names and values now: a function's in co_varnames' order (then its cells), the top level's globals. */
    PyDict locals() {
        if (frame.function() == null) return interpreter.globalsDict();
        PyDict d = new PyDict();
        java.util.Map<String, Object> table = frame.scope().table();
        for (Object name : frame.function().code().varNames()) if (table.containsKey(name)) d.put(name, table.get(name));
        table.forEach((name, value) -> {
            if (!d.containsKey(name) && !YieldLifting.isTemporary(name)) d.put(name, value);
        });
        return d;
    }

    private int line() {
        return frame.source().firstLine() + frame.at().line() - 1;
    }

    private String fileName() {
        return frame.source().origin();
    }

    private String codeName() {
        return frame.function() == null ? "<module>" : frame.function().name();
    }

    /** The text of its line with its newline, or null where CPython cannot read it back (<stdin>). */
    private String lineText() {
        String[] lines = frame.source().text().split("\n", -1);
        int i = frame.at().line() - 1;
        if (!frame.source().linesReadable() || i < 0 || i >= lines.length) return null;
        return lines[i] + "\n";
    }

    @Override
    public String typeName() {
        return "frame";
    }

    private static final AttributeTable<FrameObject> ATTRIBUTES = new AttributeTable<FrameObject>()
            .value("f_back", f -> f.outer.isEmpty() ? null : new FrameObject(f.outer, f.interpreter))
            .value("f_code", f -> f.frame.function() == null ? new ModuleCode(f.fileName()) : f.frame.function().code())
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

    /** The top level's code object: its name and file. */
    private record ModuleCode(String file) implements TabledHostObject, PyReprable {
        @Override
        public String typeName() {
            return "code";
        }

        private static final AttributeTable<ModuleCode> ATTRIBUTES = new AttributeTable<ModuleCode>()
                .value("co_filename", ModuleCode::file)
                .value("co_firstlineno", c -> 1L)
                .value("co_name", c -> "<module>")
                .value("co_qualname", c -> "<module>");

        @Override
        public AttributeTable<ModuleCode> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String pyRepr() {
            return "<code object <module> at " + Values.address(this) + ", file " + Repr.repr(file) + ", line 1>";
        }
    }
}
