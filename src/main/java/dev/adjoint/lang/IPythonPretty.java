package dev.adjoint.lang;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What IPython's pretty printer (IPython.lib.pretty, 8.x) shows for a value as a notebook's Out[n]:
 * a function as {@code <function __main__.f(a, b=2)>}, a class as {@code __main__.P}, Python's,
 * NumPy's and PyTorch's functions and classes as IPython shows them ({@code <function len(obj, /)>},
 * {@code torch.nn.modules.linear.Linear}; recorded by scripts/fixtures/library_texts.py), an object
 * without a __repr__ of its own as {@code <__main__.P at 0x7f...>}, a set sorted, a defaultdict as
 * {@code defaultdict(list, {...})}; and a container longer than 79 characters broken over lines, an
 * item a line, by IPython's layout, whose rules this follows step by step (its groups, breakables and
 * queue of groups to break, outermost first). Anything else is its repr. The terminal keeps Python's repr.
 */
public final class IPythonPretty {
    private static final int MAX_WIDTH = 79;
    /** Items of a container shown before "...", as IPython's max_seq_length. */
    private static final int MAX_SEQ_LENGTH = 1000;

    private final Interpreter interpreter;
    private final StringBuilder output = new StringBuilder();
    private int outputWidth, bufferWidth, indentation;
    private final ArrayDeque<Object> buffer = new ArrayDeque<>(); // Text and Breakable, not yet written
    private final List<Group> groupStack = new ArrayList<>();
    private final List<List<Group>> groupQueue = new ArrayList<>(); // by depth: the groups that may still break
    private final Set<Object> open = Collections.newSetFromMap(new IdentityHashMap<>()); // what is being shown (a cycle shows as ...)

    private IPythonPretty(Interpreter interpreter) {
        this.interpreter = interpreter;
        Group root = new Group(0);
        groupStack.add(root);
        enqueue(root);
    }

    /** The text of a cell's value {@code v}, as IPython's pretty() makes it. */
    public static String text(Object v, Interpreter interpreter) {
        IPythonPretty p = new IPythonPretty(interpreter);
        p.pretty(v);
        p.flush();
        return p.output.toString();
    }

    // ---------------------------------------------------------------- what each value is shown as

    private void pretty(Object v) {
        dev.adjoint.ndarray.ComputationInterrupted.poll(); // Ctrl-C, also in a huge value
        boolean cycle = v != null && open.contains(v);
        if (v != null) open.add(v);
        beginGroup(0, "");
        try {
            show(v, cycle);
        } finally {
            endGroup(0, "");
            if (v != null && !cycle) open.remove(v);
        }
    }

    private void show(Object v, boolean cycle) {
        if (v instanceof PyList l) {
            sequence("[", "]", l, false, cycle);
        } else if (v instanceof List<?> tuple && !(v instanceof HostObject)) {
            sequence("(", ")", tuple, tuple.size() == 1, cycle);
        } else if (v instanceof PyDict d) {
            dict(d, cycle);
        } else if (v instanceof PySet s) {
            set(s, cycle);
        } else if (v instanceof PyDeque d) {
            List<Object> items = new ArrayList<>();
            d.forEach(items::add);
            call("deque", cycle ? List.of(RAW_DOTS) : List.of(new PyList(items)), d.maxlen() >= 0 && !cycle ? Map.of("maxlen", d.maxlen()) : Map.of());
        } else if (v instanceof PyInstance i && i.ipythonPretty() != null) { // IPython's _default_pprint: no __repr__ of its own
            beginGroup(1, "<");
            pretty(i.pyClass());
            text(" at " + Values.address(i));
            endGroup(1, ">");
        } else {
            String form = form(v);
            if (form != null) text(form);
            else reprLines(v == RAW_DOTS ? "..." : Repr.repr(v));
        }
    }

    /** IPython's one-line text of a function or class, or null where it is the repr. */
    private String form(Object v) {
        if (v instanceof UserFunction f) return "<function " + module(f) + "." + f.qualifiedName() + Signatures.ofFunction(f, false).pyStr() + ">"; // str(inspect.signature(f))
        if (v instanceof PyClass c && !c.isBuiltin()) // _type_pprint; an enum's metaclass has a repr of its own (<enum 'Color'>)
            return c.metaclass() != null ? null : c.module() + "." + c.qualifiedName();
        if (v instanceof Callable || v instanceof PyClass) {
            String recorded = RecordedTexts.IPYTHON_FORMS.get(LibraryHelp.recordedName(v, interpreter));
            if (recorded != null || !(v instanceof PyClass c) || c.metaclass() != null) return recorded;
            return c.module().equals("builtins") ? c.qualifiedName() : c.module() + "." + c.qualifiedName(); // _type_pprint (unittest.main.TestProgram)
        }
        return null;
    }

    /** f.__module__: '__main__' for what the notebook defines, a module's name for what an imported file defines. */
    private String module(UserFunction f) {
        return Attributes.getOrAbsent(interpreter, f, "__module__") instanceof String m ? m : "__main__";
    }


    /** _repr_pprint: the repr, its lines joined by explicit breaks. */
    private void reprLines(String repr) {
        beginGroup(0, "");
        String[] lines = repr.split("\r\n|\r|\n", -1);
        int n = repr.endsWith("\n") ? lines.length - 1 : lines.length; // (str.splitlines drops the empty last line)
        for (int i = 0; i < n; i++) {
            if (i > 0) breakHere();
            text(lines[i]);
        }
        endGroup(0, "");
    }

    /** _seq_pprinter_factory: [a, b] and (a,). */
    private void sequence(String start, String end, List<?> items, boolean oneTuple, boolean cycle) {
        if (cycle) {
            text(start + "..." + end);
            return;
        }
        beginGroup(start.length(), start);
        items(items);
        if (oneTuple) text(",");
        endGroup(start.length(), end);
    }

    /** Each item after a comma and a breakable, the first {@link #MAX_SEQ_LENGTH} of them (p._enumerate). */
    private void items(List<?> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                text(",");
                breakable();
            }
            if (i >= MAX_SEQ_LENGTH) {
                text("...");
                return;
            }
            pretty(items.get(i));
        }
    }

    /** _dict_pprinter_factory, and collections' printers: defaultdict(list, {...}), Counter({...}), OrderedDict([...]). */
    private void dict(PyDict d, boolean cycle) {
        String kind = d.pyClass() == null ? "dict" : d.pyClass().name();
        List<Object> arguments = d.reprArguments();
        if (arguments != null) {
            PyDict plain = new PyDict();
            DictMethods.fill(plain, d); // (insertion order: IPython's Counter shows dict(obj), not most_common's order)
            switch (kind) {
                case "defaultdict" -> call(kind, cycle ? List.of(RAW_DOTS) : java.util.Arrays.asList(arguments.get(0), plain), Map.of());
                case "Counter" -> call(kind, cycle ? List.of(RAW_DOTS) : d.size() == 0 ? List.of() : List.of(plain), Map.of());
                case "OrderedDict" -> call(kind, cycle ? List.of(RAW_DOTS) : arguments, Map.of());
                default -> reprLines(Repr.repr(d)); // a mapping with its own repr
            }
            return;
        }
        if (cycle) {
            text("{...}");
            return;
        }
        beginGroup(1, "{");
        int i = 0;
        for (PyDict.Entry e : d.entries()) {
            if (i > 0) {
                text(",");
                breakable();
            }
            if (i++ >= MAX_SEQ_LENGTH) {
                text("...");
                break;
            }
            pretty(e.key());
            text(": ");
            pretty(e.value());
        }
        endGroup(1, "}");
    }

    /** _set_pprinter_factory: sorted where the items compare (else by str, else as they are), as _sorted_for_pprint. */
    private void set(PySet s, boolean cycle) {
        String start = s.frozen() ? "frozenset({" : "{", end = s.frozen() ? "})" : "}";
        if (cycle) {
            text(start + "..." + end);
            return;
        }
        if (s.size() == 0) {
            text(s.frozen() ? "frozenset()" : "set()");
            return;
        }
        List<Object> items = new ArrayList<>(s.items());
        if (items.size() < MAX_SEQ_LENGTH) items = sortedForPrint(items);
        beginGroup(start.length(), start);
        items(items);
        endGroup(start.length(), end);
    }

    private List<Object> sortedForPrint(List<Object> items) {
        Object sorted = Builtins.table().get("sorted");
        try {
            return Values.items(interpreter.call(sorted, List.of(new PyList(items))));
        } catch (PyError | LangError unordered) {
            try {
                return Values.items(interpreter.call(sorted, List.of(new PyList(items)), Map.of("key", Builtins.table().get("str")), null));
            } catch (PyError | LangError noText) {
                return items;
            }
        }
    }

    /** IPython's CallExpression: name(arg, ..., key=value), broken after its commas when too long. */
    private void call(String name, List<Object> args, Map<String, Object> keywords) {
        String prefix = name + "(";
        beginGroup(0, ""); // (p.pretty of the CallExpression object)
        beginGroup(prefix.length(), prefix);
        boolean started = false;
        for (Object a : args) {
            if (started) {
                text(",");
                breakable();
            }
            started = true;
            pretty(a);
        }
        for (Map.Entry<String, Object> k : keywords.entrySet()) {
            if (started) {
                text(",");
                breakable();
            }
            started = true;
            String keyPrefix = k.getKey() + "=";
            beginGroup(keyPrefix.length(), keyPrefix);
            pretty(k.getValue());
            endGroup(keyPrefix.length(), "");
        }
        endGroup(prefix.length(), ")");
        endGroup(0, "");
    }

    /** IPython's RawText("..."): what a collection that holds itself shows inside its constructor's call. */
    private static final Object RAW_DOTS = new Object();

    // ---------------------------------------------------------------- IPython's PrettyPrinter

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Literal text, kept in the buffer while a group before it may still break. */
    private void text(String s) {
        int w = width(s);
        if (buffer.isEmpty()) {
            output.append(s);
            outputWidth += w;
            return;
        }
        if (!(buffer.peekLast() instanceof Text)) buffer.addLast(new Text());
        ((Text) buffer.peekLast()).add(s, w);
        bufferWidth += w;
        breakOuterGroups();
    }

    /** A space, or a newline and the indentation if its group breaks. */
    private void breakable() {
        Group group = groupStack.get(groupStack.size() - 1);
        if (group.wantBreak) {
            flush();
            newline();
        } else {
            Breakable b = new Breakable(" ", indentation, group);
            group.breakables.addLast(b);
            buffer.addLast(b);
            bufferWidth += 1;
            breakOuterGroups();
        }
    }

    /** An explicit newline (a line of a multi-line repr), breaking the outermost group that can break. */
    private void breakHere() {
        Group group = dequeue();
        if (group != null) breakOneGroup(group);
        flush();
        newline();
    }

    private void newline() {
        output.append('\n').append(" ".repeat(indentation));
        outputWidth = indentation;
        bufferWidth = 0;
    }

    private void beginGroup(int indent, String openText) {
        if (!openText.isEmpty()) text(openText);
        Group group = new Group(groupStack.get(groupStack.size() - 1).depth + 1);
        groupStack.add(group);
        enqueue(group);
        indentation += indent;
    }

    private void endGroup(int dedent, String close) {
        indentation -= dedent;
        Group group = groupStack.remove(groupStack.size() - 1);
        if (group.breakables.isEmpty()) unqueue(group);
        if (!close.isEmpty()) text(close);
    }

    private void breakOuterGroups() {
        while (MAX_WIDTH < outputWidth + bufferWidth) {
            Group group = dequeue();
            if (group == null) return;
            breakOneGroup(group);
        }
    }

    private void breakOneGroup(Group group) {
        while (!group.breakables.isEmpty()) writeFirst();
        while (!buffer.isEmpty() && buffer.peekFirst() instanceof Text) writeFirst();
    }

    /** Writes the buffer's first piece. */
    private void writeFirst() {
        Object x = buffer.pollFirst();
        int w = x instanceof Text t ? t.width : 1;
        outputWidth = write(x);
        bufferWidth -= w;
    }

    /** Writes a piece of the buffer; the output's width after it. */
    private int write(Object x) {
        if (x instanceof Text t) {
            for (String s : t.parts) output.append(s);
            return outputWidth + t.width;
        }
        Breakable b = (Breakable) x;
        b.group.breakables.pollFirst();
        if (b.group.wantBreak) {
            output.append('\n').append(" ".repeat(b.indentation));
            return b.indentation;
        }
        if (b.group.breakables.isEmpty()) unqueue(b.group);
        output.append(b.separator);
        return outputWidth + 1;
    }

    private void flush() {
        for (Object x : buffer) outputWidth = write(x);
        buffer.clear();
        bufferWidth = 0;
    }

    private void enqueue(Group group) {
        while (group.depth > groupQueue.size() - 1) groupQueue.add(new ArrayList<>());
        groupQueue.get(group.depth).add(group);
    }

    /**
     * GroupQueue.deq: the outermost group that still has breakables, marked to break; the groups of
     * a depth without any are marked and dropped. (As IPython's, the group found scanning a depth
     * from its end is removed at the same index counted from its start.)
     */
    private Group dequeue() {
        for (List<Group> stack : groupQueue) {
            for (int idx = 0; idx < stack.size(); idx++) {
                Group group = stack.get(stack.size() - 1 - idx);
                if (!group.breakables.isEmpty()) {
                    stack.remove(idx);
                    group.wantBreak = true;
                    return group;
                }
            }
            for (Group group : stack) group.wantBreak = true;
            stack.clear();
        }
        return null;
    }

    private void unqueue(Group group) {
        if (group.depth < groupQueue.size()) {
            List<Group> stack = groupQueue.get(group.depth);
            for (int i = 0; i < stack.size(); i++) {
                if (stack.get(i) == group) {
                    stack.remove(i);
                    return;
                }
            }
        }
    }

    private static final class Text {
        final List<String> parts = new ArrayList<>(2);
        int width;

        void add(String s, int w) {
            parts.add(s);
            width += w;
        }
    }

    private record Breakable(String separator, int indentation, Group group) {}

    private static final class Group {
        final int depth;
        final ArrayDeque<Breakable> breakables = new ArrayDeque<>();
        boolean wantBreak;

        Group(int depth) {
            this.depth = depth;
        }
    }
}
