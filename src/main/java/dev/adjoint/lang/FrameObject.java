package dev.adjoint.lang;

import java.util.Collection;
import java.util.List;

/**
 * A frame as inspect.currentframe(), inspect.stack() and sys._getframe() give it: f_code, f_back,
 * f_locals (the function's names bound now, in co_varnames' order, as CPython's), f_globals and
 * f_lineno. The line is where the frame was when the frame object was made (CPython's moves on
 * with the frame; code that reads it at once, as d2l's save_hyperparameters does, sees the same).
 */
final class FrameObject implements HostObject, PyReprable {
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
        if (frame.source().origin().equals("<stdin>") || i < 0 || i >= lines.length) return null;
        return lines[i] + "\n";
    }

    @Override
    public String typeName() {
        return "frame";
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "f_back" -> outer.isEmpty() ? null : new FrameObject(outer, interpreter);
            case "f_code" -> frame.function() == null ? new ModuleCode(fileName()) : frame.function().code();
            case "f_locals" -> locals();
            case "f_globals" -> frame.function() == null ? interpreter.globalsDict() : interpreter.globalsDict(frame.function().closure().global());
            case "f_lineno" -> (long) line();
            default -> null;
        };
    }

    @Override
    public boolean attributeIsNone(String name) {
        return name.equals("f_back") && outer.isEmpty();
    }

    @Override
    public Collection<String> attributeNames() {
        return List.of("f_back", "f_code", "f_globals", "f_lineno", "f_locals");
    }

    @Override
    public String pyRepr() {
        return "<frame at " + Values.address(this) + ", file " + Repr.repr(fileName()) + ", line " + line() + ", code " + codeName() + ">";
    }

    /** The top level's code object: its name and file. */
    private record ModuleCode(String file) implements HostObject, PyReprable {
        @Override
        public String typeName() {
            return "code";
        }

        @Override
        public Object attribute(String name) {
            return switch (name) {
                case "co_name", "co_qualname" -> "<module>";
                case "co_filename" -> file;
                case "co_firstlineno" -> 1L;
                default -> null;
            };
        }

        @Override
        public Collection<String> attributeNames() {
            return List.of("co_filename", "co_firstlineno", "co_name", "co_qualname");
        }

        @Override
        public String pyRepr() {
            return "<code object <module> at " + Values.address(this) + ", file " + Repr.repr(file) + ", line 1>";
        }
    }
}
