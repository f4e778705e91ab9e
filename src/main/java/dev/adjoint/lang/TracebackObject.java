package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * CPython's traceback object (an exception's __traceback__, sys.exc_info()[2]): one frame the error
 * passed, tb_frame and tb_lineno, and tb_next, the frame it came from, down to where it was raised.
 * Made when an error is caught (its frames then are those of {@link LangError#traceback()}, the
 * catching frame first), its frames keep their scopes as CPython's do (tb_frame.f_locals).
 */
final class TracebackObject implements TabledHostObject, PyReprable {
    /** The frames of the whole traceback, outermost (the catching frame) first. */
    private final List<Traceback.Entry> entries;
    /** Which of {@link #entries} this object is. */
    private final int index;
    /** The frames running above the catching one when it caught the error, innermost first (the catching frame's f_back). */
    private final List<Interpreter.RunningFrame> callers;
    private final Interpreter interpreter;
    private TracebackObject next;
    private FrameObject frame;

    private TracebackObject(List<Traceback.Entry> entries, int index, List<Interpreter.RunningFrame> callers, Interpreter interpreter) {
        this.entries = entries;
        this.index = index;
        this.callers = callers;
        this.interpreter = interpreter;
    }

    /** The traceback of {@code frames} (outermost first), caught in the frame running now at {@code place}; null when there are none. */
    static TracebackObject of(List<Traceback.Entry> frames, Span place, Interpreter in) {
        return of(frames, place, in, -1);
    }

    /**
     * The same, caught by the frame {@code depth} calls deep, which runs now or called the code
     * running now (sys.exc_info() in a function an except clause calls); -1: the frame running now.
     */
    static TracebackObject of(List<Traceback.Entry> frames, Span place, Interpreter in, int depth) {
        if (frames.isEmpty()) return null;
        List<Interpreter.RunningFrame> running = in.runningFrames(place);
        int callers = depth < 0 || depth >= running.size() ? running.size() - 1 : depth; // the frames above the catching one
        return new TracebackObject(List.copyOf(frames), 0, List.copyOf(running.subList(running.size() - callers, running.size())), in);
    }

    /** The frames from this one to where the error was raised, outermost first (what a raise of the exception again goes on from). */
    List<Traceback.Entry> entries() {
        return entries.subList(index, entries.size());
    }

    /** tb_next: the frame the error came from, or null (None) at the frame that raised it. */
    TracebackObject next() {
        if (next == null && index + 1 < entries.size()) next = new TracebackObject(entries, index + 1, callers, interpreter);
        return next;
    }

    /** tb_frame: the frame, whose f_back is the frame that called it (the traceback's frames above it, then those that ran above the catching one). */
    FrameObject frame() {
        if (frame == null) {
            List<Interpreter.RunningFrame> innermostFirst = new ArrayList<>();
            for (int i = index; i >= 0; i--) innermostFirst.add(Interpreter.RunningFrame.of(entries.get(i)));
            innermostFirst.addAll(callers);
            frame = FrameObject.of(innermostFirst, interpreter);
        }
        return frame;
    }

    /** tb_lineno: the line of the frame the error passed. */
    long line() {
        return entries.get(index).line();
    }

    @Override
    public String typeName() {
        return "traceback";
    }

    private static final AttributeTable<TracebackObject> ATTRIBUTES = new AttributeTable<TracebackObject>()
            .value("tb_next", TracebackObject::next)
            .value("tb_frame", TracebackObject::frame)
            .value("tb_lineno", TracebackObject::line);

    @Override
    public AttributeTable<TracebackObject> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public String pyRepr() {
        return "<traceback object at " + Values.address(this) + ">";
    }
}
