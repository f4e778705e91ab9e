package dev.adjoint.lang;

import dev.adjoint.autograd.Anomaly;
import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.Index;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.random.NumpyRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Walks the syntax tree, building the graph as it goes (define-by-run). Errors become
 * {@link LangError}s at the span of the most specific node; Thread.interrupt() stops it at the
 * next statement, loop iteration or call.
 */
public final class Interpreter implements Expr.Visitor<Object>, Stmt.Visitor<Interpreter.Flow> {
    /**
     * Nested user-function calls allowed (Python's default); deeper is "maximum recursion depth
     * exceeded". The REPL evaluates on a large-stack thread; on a small stack the session turns a
     * StackOverflowError into the same message.
     */
    public static final int MAX_CALL_DEPTH = 1000;

    /** How a statement ended. */
    enum Flow { NORMAL, BREAK, CONTINUE, RETURN }

    private final Environment globals;
    private final Map<String, Object> builtins = Builtins.table();
    private final NumpyRandom random;
    private final Map<Expr, Tensor> literals = new IdentityHashMap<>();
    private final Set<Tensor> literalTensors = Collections.newSetFromMap(new IdentityHashMap<>());
    private Environment env;
    private Printer printer;
    private Function<Object, String> formatter = Values::str;
    private int callDepth;
    /** The input being run (its syntax tree's identity): spans of errors must lie in it. */
    private Object program;
    /** The input the code running now was parsed from: the program, or an earlier input's for a function defined there. */
    private Object codeSource;
    private Object returnValue;
    private String lastAssigned;

    /** {@code globals} is the session's variable map; the interpreter binds into it. */
    public Interpreter(Map<String, Object> globals, NumpyRandom random) {
        this.globals = new Environment(globals, null);
        this.env = this.globals;
        this.random = random;
    }

    /** Runs a parsed input at the top level; expression statements' values go to {@code printer.show}. */
    public void run(List<Stmt> program, Printer printer) {
        this.printer = printer;
        literals.clear();
        literalTensors.clear();
        env = globals;
        callDepth = 0;
        this.program = program;
        codeSource = program;
        executeBlock(program);
    }

    public NumpyRandom random() {
        return random;
    }

    public Printer printer() {
        return printer;
    }

    public String format(Object value) {
        return formatter.apply(value);
    }

    public void setFormatter(Function<Object, String> formatter) {
        this.formatter = formatter;
    }

    public String lastAssigned() {
        return lastAssigned;
    }

    public void setLastAssigned(String name) {
        lastAssigned = name;
    }

    // ---- statements ----

    Flow executeBlock(List<Stmt> body) {
        Anomaly.Recorder anomaly = Anomaly.current(); // :set anomaly on: nodes remember the statement that made them
        Object outer = anomaly == null ? null : anomaly.context();
        try {
            for (int i = 0, n = body.size(); i < n; i++) {
                Stmt s = body.get(i);
                checkInterrupt(s.span());
                if (anomaly != null) anomaly.at(new Where(s, codeSource));
                Flow f = s.accept(this);
                if (f != Flow.NORMAL) return f;
            }
            return Flow.NORMAL;
        } finally {
            if (anomaly != null) anomaly.at(outer);
        }
    }

    /** A statement and the input it was parsed from (the identity of that input's statement list). */
    public record Where(Stmt statement, Object source) {}

    @Override
    public Flow visitExpression(Stmt.Expression s) {
        Object v = evaluate(s.expr());
        if (v != null && callDepth == 0) printer.show(v);
        return Flow.NORMAL;
    }

    @Override
    public Flow visitAssign(Stmt.Assign s) {
        Object value = asBinding(s.value(), evaluate(s.value()));
        for (Expr target : s.targets()) assign(target, value);
        return Flow.NORMAL;
    }

    @Override
    public Flow visitAugAssign(Stmt.AugAssign s) {
        Object current = evaluate(s.target());
        Object rhs = evaluate(s.value());
        Object result;
        try {
            result = Operators.binary(s.op().type(), current, rhs);
        } catch (RuntimeException e) {
            throw wrap(e, s.op().span());
        }
        assign(s.target(), result);
        return Flow.NORMAL;
    }

    @Override
    public Flow visitIf(Stmt.If s) {
        for (Stmt.Branch b : s.branches()) if (condition(b.condition())) return executeBlock(b.body());
        return executeBlock(s.orElse());
    }

    @Override
    public Flow visitWhile(Stmt.While s) {
        while (true) {
            checkInterrupt(s.span());
            if (!condition(s.condition())) return Flow.NORMAL;
            Flow f = executeBlock(s.body());
            if (f == Flow.BREAK) return Flow.NORMAL;
            if (f == Flow.RETURN) return f;
        }
    }

    @Override
    public Flow visitFor(Stmt.For s) {
        Object iterable = evaluate(s.iterable());
        if (iterable instanceof RangeValue r) {
            for (long i = 0, n = r.length(); i < n; i++) {
                Flow f = iteration(s, Tensor.constant(r.get(i)));
                if (f == Flow.BREAK) break;
                if (f == Flow.RETURN) return f;
            }
            return Flow.NORMAL;
        }
        Iterable<?> items;
        try {
            // a library object (a data loader) is walked lazily: one batch at a time
            items = iterable instanceof HostObject && iterable instanceof Iterable<?> lazy ? lazy : Values.items(iterable);
        } catch (RuntimeException e) {
            throw wrap(e, s.iterable().span());
        }
        for (Object item : items) {
            Flow f = iteration(s, item);
            if (f == Flow.BREAK) break;
            if (f == Flow.RETURN) return f;
        }
        return Flow.NORMAL;
    }

    private Flow iteration(Stmt.For s, Object item) {
        checkInterrupt(s.span());
        if (s.target() instanceof Expr.Name n) bind(n.name(), item, false);
        else assign(s.target(), item);
        return executeBlock(s.body());
    }

    @Override
    public Flow visitDef(Stmt.Def s) {
        List<Object> defaults = new ArrayList<>();
        for (Stmt.Param p : s.params()) defaults.add(p.defaultValue() == null ? Environment.UNBOUND : evaluate(p.defaultValue()));
        bind(s.name(), new UserFunction(s, Collections.unmodifiableList(defaults), env, codeSource), false);
        return Flow.NORMAL;
    }

    @Override
    public Flow visitReturn(Stmt.Return s) {
        returnValue = s.value() == null ? null : evaluate(s.value());
        return Flow.RETURN;
    }

    @Override
    public Flow visitBreak(Stmt.Break s) {
        return Flow.BREAK;
    }

    @Override
    public Flow visitContinue(Stmt.Continue s) {
        return Flow.CONTINUE;
    }

    @Override
    public Flow visitPass(Stmt.Pass s) {
        return Flow.NORMAL;
    }

    /** {@code with no_grad():} — the previous grad mode comes back however the block ends. */
    @Override
    @SuppressWarnings("try")
    public Flow visitWith(Stmt.With s) {
        Object context = evaluate(s.context());
        if (!(context instanceof GradModeContext g))
            throw new LangError("a with statement needs no_grad() or enable_grad(), not " + Values.typeName(context), s.context().span());
        try (GradMode.Scope ignored = GradMode.set(g.enabled())) {
            return executeBlock(s.body());
        }
    }

    private boolean condition(Expr e) {
        Object v = evaluate(e);
        try {
            return Values.truthy(v);
        } catch (RuntimeException x) {
            throw wrap(x, e.span());
        }
    }

    // ---- binding ----

    /**
     * Inputs vs constants: a name bound to a literal ({@code x1 = 2}, {@code v = [1, 2]}) or to a
     * constructor call ({@code W = randn(3, 3)}) gets a fresh leaf that requires grad, unless the
     * call says requires_grad=. Anything else keeps its own requires_grad.
     */
    private Object asBinding(Expr source, Object value) {
        if (source instanceof Expr.Tuple t && value instanceof List<?> l && l.size() == t.items().size()) {
            List<Object> out = new ArrayList<>(l.size());
            for (int i = 0; i < l.size(); i++) out.add(asBinding(t.items().get(i), l.get(i)));
            return Collections.unmodifiableList(out);
        }
        if (!(value instanceof Tensor v)) return value;
        if (isLiteral(source)) return Tensor.leaf(v.value(), true);
        if (source instanceof Expr.Call c && calleeOf(c) instanceof Builtin b
                && b.constructor() && v.isLeaf() && c.keywords().stream().noneMatch(k -> k.name().equals("requires_grad")))
            v.setRequiresGrad(true);
        return v;
    }

    /** The function a call names directly: f(...) or, in a library namespace, init.f(...); else null. */
    private Object calleeOf(Expr.Call c) {
        if (c.callee() instanceof Expr.Name n) return lookup(n.name());
        if (c.callee() instanceof Expr.Attribute a && a.object() instanceof Expr.Name n && lookup(n.name()) instanceof HostObject h)
            return h.attribute(a.name());
        return null;
    }

    private static boolean isLiteral(Expr e) {
        if (e instanceof Expr.Number) return true;
        if (e instanceof Expr.ListExpr l) return !l.items().isEmpty() && l.items().stream().allMatch(Interpreter::isLiteral);
        return false;
    }

    private void assign(Expr target, Object value) {
        if (target instanceof Expr.Name n) {
            bind(n.name(), value, true);
        } else if (target instanceof Expr.Attribute a) {
            Object object = evaluate(a.object());
            if (object instanceof HostObject h) {
                try {
                    if (h.setAttribute(a.name(), value)) return;
                } catch (RuntimeException e) {
                    throw wrap(e, a.span());
                }
            }
            if (!(object instanceof Tensor t))
                throw new LangError("cannot set attribute '" + a.name() + "' of " + Values.typeName(object), a.nameSpan());
            try {
                TensorAttributes.set(t, a.name(), value);
            } catch (RuntimeException e) {
                throw wrap(e, a.span());
            }
        } else {
            List<Expr> targets = target instanceof Expr.Tuple t ? t.items() : ((Expr.ListExpr) target).items();
            List<Object> items;
            try {
                items = Values.items(value);
            } catch (RuntimeException e) {
                throw new LangError("cannot unpack " + Values.describe(value) + ": " + e.getMessage(), target.span());
            }
            if (items.size() != targets.size())
                throw new LangError((items.size() > targets.size() ? "too many" : "not enough") + " values to unpack (expected "
                        + targets.size() + ", got " + items.size() + ")", target.span());
            for (int i = 0; i < targets.size(); i++) assign(targets.get(i), items.get(i));
        }
    }

    /** Binds in the current scope; at the top level a tensor without a name takes the variable's name. */
    private void bind(String name, Object value, boolean byStatement) {
        if (value instanceof Tensor t && t.name() == null) {
            if (literalTensors.contains(t)) value = t = Tensor.constant(t.value()); // never hand out the cached literal
            if (env == globals) t.setName(name);
        }
        env.define(name, value);
        if (byStatement && env == globals) lastAssigned = name;
    }

    private Object lookup(String name) {
        Object v = env.get(name);
        return v != Environment.UNBOUND ? v : builtins.getOrDefault(name, Environment.UNBOUND);
    }

    // ---- calls ----

    Object callFunction(UserFunction f, List<Object> args, Map<String, Object> keywords, Span span) {
        checkInterrupt(span);
        if (callDepth >= MAX_CALL_DEPTH)
            throw new LangError("maximum recursion depth exceeded (" + MAX_CALL_DEPTH + " nested calls)", span);
        Environment local = Environment.local(f.closure());
        bindParameters(f, args, keywords, span, local);
        Environment saved = env;
        Object savedSource = codeSource;
        env = local;
        codeSource = f.source();
        callDepth++;
        try {
            Flow flow = executeBlock(f.def().body());
            Object result = flow == Flow.RETURN ? returnValue : null;
            returnValue = null;
            return result;
        } catch (LangError e) {
            if (f.source() == program) throw e;
            throw relocate(e, f, span);
        } finally {
            env = saved;
            codeSource = savedSource;
            callDepth--;
        }
    }

    /**
     * An error inside a function defined by an earlier input has a span in that input's text, not in
     * the one being run: it moves to the call, and says where in the function it happened.
     */
    private static LangError relocate(LangError e, UserFunction f, Span call) {
        if (e instanceof Interrupted) return new Interrupted(call);
        if (e instanceof Relocated) return new Relocated(e.getMessage(), call);
        String line = e.span() == null ? "" : ", line " + (e.span().line() - f.def().span().line() + 1) + " of its definition";
        return new Relocated("in " + f.name() + "()" + line + ": " + e.getMessage(), call);
    }

    /** An error already moved out of a function of an earlier input. */
    private static final class Relocated extends LangError {
        Relocated(String message, Span span) {
            super(message, span);
        }
    }

    private static void bindParameters(UserFunction f, List<Object> args, Map<String, Object> keywords, Span span, Environment local) {
        List<Stmt.Param> params = f.def().params();
        String fn = f.name() + "()";
        if (args.size() > params.size())
            throw new LangError(fn + " takes " + params.size() + " positional argument" + (params.size() == 1 ? "" : "s")
                    + " but " + args.size() + (args.size() == 1 ? " was" : " were") + " given", span);
        for (String k : keywords.keySet())
            if (params.stream().noneMatch(p -> p.name().equals(k))) throw new LangError(fn + " got an unexpected keyword argument '" + k + "'", span);
        for (int i = 0; i < params.size(); i++) {
            String name = params.get(i).name();
            Object value = i < args.size() ? args.get(i) : Environment.UNBOUND;
            if (keywords.containsKey(name)) {
                if (value != Environment.UNBOUND) throw new LangError(fn + " got multiple values for argument '" + name + "'", span);
                value = keywords.get(name);
            }
            if (value == Environment.UNBOUND) value = f.defaults().get(i);
            if (value == Environment.UNBOUND) throw new LangError(fn + " missing required argument '" + name + "'", span);
            local.define(name, value);
        }
    }

    private Object call(Object fn, List<Object> args, Map<String, Object> keywords, Span span) {
        if (!(fn instanceof Callable c)) throw new LangError("'" + Values.typeName(fn) + "' object is not callable", span);
        try {
            return c.call(this, args, keywords, span);
        } catch (RuntimeException e) {
            throw wrap(e, span);
        }
    }

    // ---- expressions ----

    public Object evaluate(Expr e) {
        return e.accept(this);
    }

    @Override
    public Object visitNumber(Expr.Number e) {
        Tensor t = literals.get(e);
        if (t == null) {
            t = Tensor.constant(e.value());
            literals.put(e, t);
            literalTensors.add(t);
        }
        return t;
    }

    @Override
    public Object visitString(Expr.Str e) {
        return e.value();
    }

    @Override
    public Object visitLiteral(Expr.Literal e) {
        return e.value();
    }

    @Override
    public Object visitName(Expr.Name e) {
        Object v = lookup(e.name());
        if (v != Environment.UNBOUND) return v;
        Set<String> known = new LinkedHashSet<>(env.names());
        known.addAll(builtins.keySet());
        throw new LangError("name '" + e.name() + "' is not defined" + Suggestions.didYouMean(e.name(), known), e.span());
    }

    @Override
    public Object visitTuple(Expr.Tuple e) {
        Object[] items = new Object[e.items().size()];
        for (int i = 0; i < items.length; i++) items[i] = evaluate(e.items().get(i));
        return Collections.unmodifiableList(Arrays.asList(items));
    }

    /** A list of tensors of one shape is a tensor (stacked, differentiable); anything else stays a list. */
    @Override
    public Object visitList(Expr.ListExpr e) {
        Tensor cached = literals.get(e);
        if (cached != null) return cached;
        List<Expr> exprs = e.items();
        Object[] items = new Object[exprs.size()];
        boolean allTensors = items.length > 0;
        for (int i = 0; i < items.length; i++) {
            items[i] = evaluate(exprs.get(i));
            allTensors &= items[i] instanceof Tensor;
        }
        if (!allTensors) return Collections.unmodifiableList(Arrays.asList(items));
        List<Tensor> parts = new ArrayList<>(items.length);
        boolean grad = false;
        for (int i = 0; i < items.length; i++) {
            Tensor t = (Tensor) items[i];
            if (i > 0 && !t.value().sameShape(parts.get(0).value()))
                throw new LangError("ragged tensor literal: item " + (i + 1) + " has shape " + dev.adjoint.ndarray.Shapes.str(t.shape())
                        + " but item 1 has shape " + dev.adjoint.ndarray.Shapes.str(parts.get(0).shape()), exprs.get(i).span());
            grad |= t.requiresGrad();
            parts.add(t);
        }
        if (grad && GradMode.isEnabled()) return Ops.stack(parts, 0);
        NDArray[] arrays = new NDArray[parts.size()];
        for (int i = 0; i < arrays.length; i++) arrays[i] = parts.get(i).value();
        Tensor t = Tensor.constant(NDArray.stack(arrays, 0));
        if (isLiteral(e)) {
            literals.put(e, t);
            literalTensors.add(t);
        }
        return t;
    }

    @Override
    public Object visitUnary(Expr.Unary e) {
        Object v = evaluate(e.operand());
        try {
            return Operators.unary(e.op().type(), v);
        } catch (RuntimeException x) {
            throw wrap(x, e.op().type() == TokenType.NOT ? e.operand().span() : e.op().span());
        }
    }

    /** Chains longer than this are evaluated along their left spine in a loop, not by recursion. */
    private static final int SHORT_CHAIN = 32;

    @Override
    public Object visitBinary(Expr.Binary e) {
        int length = 0;
        for (Expr l = e.left(); l instanceof Expr.Binary b && length <= SHORT_CHAIN; l = b.left()) length++;
        if (length <= SHORT_CHAIN) return applyBinary(e, evaluate(e.left()));
        List<Expr.Binary> spine = new ArrayList<>();
        Expr bottom = e;
        while (bottom instanceof Expr.Binary b) {
            spine.add(b);
            bottom = b.left();
        }
        Object acc = evaluate(bottom);
        for (int i = spine.size() - 1; i >= 0; i--) acc = applyBinary(spine.get(i), acc);
        return acc;
    }

    private Object applyBinary(Expr.Binary e, Object left) {
        Object right = evaluate(e.right());
        try {
            return Operators.binary(e.op().type(), left, right);
        } catch (RuntimeException x) {
            throw wrap(x, e.op().span());
        }
    }

    @Override
    public Object visitCompare(Expr.Compare e) {
        Object left = evaluate(e.operands().get(0));
        Object result = null;
        for (int i = 0; i < e.ops().size(); i++) {
            Object right = evaluate(e.operands().get(i + 1));
            Token op = e.ops().get(i);
            try {
                result = Operators.compare(op.type(), left, right);
                if (i + 1 < e.ops().size() && !Values.truthy(result)) return result;
            } catch (RuntimeException x) {
                throw wrap(x, op.span());
            }
            left = right;
        }
        return result;
    }

    @Override
    public Object visitLogical(Expr.Logical e) {
        Object left = evaluate(e.left());
        boolean truth;
        try {
            truth = Values.truthy(left);
        } catch (RuntimeException x) {
            throw wrap(x, e.left().span());
        }
        boolean isOr = e.op().type() == TokenType.OR;
        if (truth == isOr) return left;
        return evaluate(e.right());
    }

    @Override
    public Object visitCall(Expr.Call e) {
        Object fn;
        if (e.callee() instanceof Expr.Attribute a) {
            Object object = evaluate(a.object());
            if (object instanceof Tensor t) {
                TensorMethods.Method m = TensorMethods.get(a.name());
                if (m != null) {
                    List<Object> args = arguments(e);
                    Map<String, Object> keywords = keywords(e);
                    try {
                        return m.apply(t, new Args(a.name(), args, keywords, e.span(), this));
                    } catch (RuntimeException x) {
                        throw wrap(x, e.span());
                    }
                }
            }
            fn = attribute(object, a);
        } else {
            fn = evaluate(e.callee());
        }
        return call(fn, arguments(e), keywords(e), e.span());
    }

    private List<Object> arguments(Expr.Call e) {
        List<Expr> exprs = e.args();
        if (exprs.isEmpty()) return List.of();
        Object[] args = new Object[exprs.size()];
        for (int i = 0; i < args.length; i++) args[i] = evaluate(exprs.get(i));
        return Arrays.asList(args);
    }

    private Map<String, Object> keywords(Expr.Call e) {
        if (e.keywords().isEmpty()) return Map.of();
        Map<String, Object> out = new LinkedHashMap<>();
        for (Expr.Keyword k : e.keywords()) out.put(k.name(), evaluate(k.value()));
        return out;
    }

    @Override
    public Object visitAttribute(Expr.Attribute e) {
        return attribute(evaluate(e.object()), e);
    }

    private Object attribute(Object object, Expr.Attribute e) {
        if (object instanceof HostObject h) {
            Object v = h.attribute(e.name());
            if (v != null) return v;
            String hint = Suggestions.closest(e.name(), h.attributeNames());
            throw new LangError("'" + h.typeName() + "' object has no attribute '" + e.name() + "'" + (hint != null ? "; did you mean '" + hint + "'?" : ""), e.nameSpan());
        }
        if (!(object instanceof Tensor t))
            throw new LangError("'" + Values.typeName(object) + "' object has no attribute '" + e.name() + "'", e.nameSpan());
        try {
            return TensorAttributes.get(t, e.name(), this);
        } catch (RuntimeException x) {
            throw wrap(x, e.nameSpan());
        }
    }

    @Override
    public Object visitIndex(Expr.Index e) {
        Object object = evaluate(e.object());
        List<Index> items = new ArrayList<>(e.items().size());
        for (Expr item : e.items()) items.add(indexItem(item));
        try {
            if (object instanceof Tensor t) return Ops.getItem(t, items);
            return Sequences.index(object, items);
        } catch (RuntimeException x) {
            throw wrap(x, e.span());
        }
    }

    private Index indexItem(Expr item) {
        if (item instanceof Expr.Slice s)
            return new Index.Slice(sliceBound(s.start()), sliceBound(s.stop()), sliceBound(s.step()));
        Object v = evaluate(item);
        try {
            return new Index.At(Values.toInt(v, "an index"));
        } catch (RuntimeException x) {
            throw new LangError("only integers and slices are valid indices, got " + Values.describe(v), item.span());
        }
    }

    private Integer sliceBound(Expr bound) {
        if (bound == null) return null;
        Object v = evaluate(bound);
        if (v == null) return null;
        try {
            return Values.toInt(v, "a slice bound");
        } catch (RuntimeException x) {
            throw wrap(x, bound.span());
        }
    }

    @Override
    public Object visitSlice(Expr.Slice e) {
        throw new LangError("a slice a:b is only allowed inside [...]", e.span());
    }

    // ---- errors ----

    private static void checkInterrupt(Span span) {
        if (Thread.interrupted()) throw new Interrupted(span);
    }

    /** Engine exceptions (shapes, autograd misuse, arithmetic) become LangErrors at the node's span. */
    public static LangError wrap(RuntimeException e, Span span) {
        if (e instanceof LangError le) return le;
        if (e instanceof dev.adjoint.ndarray.ComputationInterrupted) return new Interrupted(span);
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        boolean expected = e instanceof IllegalArgumentException || e instanceof AutogradException || e instanceof ArithmeticException
                || e instanceof IllegalStateException || e instanceof UnsupportedOperationException;
        return new LangError(expected ? message : "internal error: " + message, span);
    }
}
