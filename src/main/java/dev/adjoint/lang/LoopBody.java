package dev.adjoint.lang;

import dev.adjoint.autograd.Anomaly;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.Interpreter.Flow;
import java.util.List;

/**
 * A loop's body made ready to run pass after pass. The shapes a numeric loop is made of (an
 * assignment to a name, if/elif/else, names, literals, binary operators, one comparison, a call of
 * a named function with one argument) become small nodes that run themselves: one call a node
 * instead of the visitor's three (evaluate, accept, visit), and what the visitor decides again on
 * every pass (the statement's kind, how many targets, how long an operator chain is) decided once.
 * Fewer, smaller methods on the loop's path also leave the JIT less to compile before the loop runs
 * at full speed. Every other statement or expression stays a syntax-tree node that the interpreter
 * runs as always, and each node here calls the interpreter's own methods for what it does
 * (binding, name lookup, operators, calls, errors and their spans), so a loop behaves the same
 * whichever way its body runs.
 */
final class LoopBody {
    /** Expressions nested deeper than this run through the interpreter (which walks long chains without recursion). */
    private static final int MAX_DEPTH = 24;

    private final List<Stmt> statements;
    private final Step[] steps;
    private final Span[] spans;

    private LoopBody(List<Stmt> statements) {
        this.statements = statements;
        this.steps = new Step[statements.size()];
        this.spans = new Span[steps.length];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = step(statements.get(i));
            spans[i] = statements.get(i).span();
        }
    }

    static LoopBody of(List<Stmt> statements) {
        return new LoopBody(statements);
    }

    /** Runs the statements as {@link Interpreter#executeBlock} does. */
    Flow run(Interpreter in) {
        if (Anomaly.current() != null) return in.executeBlock(statements); // anomaly mode notes each statement's place: the interpreter's way
        for (int i = 0; i < steps.length; i++) {
            Interpreter.checkInterrupt(spans[i]);
            Flow f = steps[i].run(in);
            in.statementDone();
            if (f != Flow.NORMAL) return f;
        }
        return Flow.NORMAL;
    }

    // ---- statements ----

    private interface Step {
        Flow run(Interpreter in);
    }

    private static Step step(Stmt s) {
        if (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n)
            return new AssignName(n.name(), code(a.value(), 0));
        if (s instanceof Stmt.If i) return new IfStep(i);
        return new AnyStatement(s);
    }

    /** {@code name = value}: as the interpreter's visitAssign with one name as its target. */
    private record AssignName(String name, Code value) implements Step {
        @Override
        public Flow run(Interpreter in) {
            in.bindByStatement(name, value.run(in));
            return Flow.NORMAL;
        }
    }

    /** if / elif / else: the first branch whose condition is true, else the else body. */
    private static final class IfStep implements Step {
        private final Code[] conditions;
        private final Span[] conditionSpans;
        private final LoopBody[] bodies;
        private final LoopBody orElse;

        IfStep(Stmt.If s) {
            int n = s.branches().size();
            conditions = new Code[n];
            conditionSpans = new Span[n];
            bodies = new LoopBody[n];
            for (int i = 0; i < n; i++) {
                Stmt.Branch b = s.branches().get(i);
                conditions[i] = code(b.condition(), 0);
                conditionSpans[i] = b.condition().span();
                bodies[i] = new LoopBody(b.body());
            }
            orElse = new LoopBody(s.orElse());
        }

        @Override
        public Flow run(Interpreter in) {
            for (int i = 0; i < conditions.length; i++)
                if (Interpreter.truthy(conditions[i].run(in), conditionSpans[i])) return bodies[i].run(in);
            return orElse.run(in);
        }
    }

    /** Any other statement, run by the interpreter. */
    private record AnyStatement(Stmt statement) implements Step {
        @Override
        public Flow run(Interpreter in) {
            return statement.accept(in);
        }
    }

    // ---- expressions ----

    /** What {@link Code#runNode} returns for a tracked float kept as its node alone (then in the code's {@link Code#node}). */
    private static final Object NODE = new Object();

    private interface Code {
        Object run(Interpreter in);

        /**
         * As {@link #run}, for an operand of + - * / or of a one-number function: a tracked float
         * whose number is its node's own value ({@link TrackedNumber#ofNode}) may come back as
         * {@link #NODE}, its node in {@link #node} (read at once: the next run replaces it), so that
         * no TrackedNumber is made for a number an operator uses once (3 of the scalar-graph
         * loop's 4 a pass, 18 of its ~90 bytes a node).
         */
        default Object runNode(Interpreter in) {
            return run(in);
        }

        /** The node {@link #runNode} kept when it returned {@link #NODE}. */
        default Tensor node() {
            throw new IllegalStateException("no node kept");
        }
    }

    /** A result of {@link Code#runNode} as {@link Code#run} gives it. */
    private static Object value(Object result, Code code) {
        return result == NODE ? TrackedNumber.ofNode(code.node()) : result;
    }

    private static Code code(Expr e, int depth) {
        if (depth < MAX_DEPTH) {
            if (e instanceof Expr.Number n) return new Constant(n.value());
            if (e instanceof Expr.Literal l) return new Constant(l.value());
            if (e instanceof Expr.Name n) return new Name(n);
            if (e instanceof Expr.Binary b)
                return new Binary(b.op().type(), Operators.arithmeticOp(b.op().type()), b.op().span(), code(b.left(), depth + 1), code(b.right(), depth + 1));
            if (e instanceof Expr.Compare c && c.ops().size() == 1)
                return new Comparison(c.ops().get(0).type(), c.ops().get(0).span(), code(c.operands().get(0), depth + 1), code(c.operands().get(1), depth + 1));
            if (e instanceof Expr.Call c && c.callee() instanceof Expr.Name && c.keywords().isEmpty() && c.args().size() == 1
                    && !(c.args().get(0) instanceof Expr.Starred))
                return new CallOfOne(c.span(), code(c.callee(), depth + 1), code(c.args().get(0), depth + 1));
        }
        return new AnyExpression(e);
    }

    private record Constant(Object value) implements Code {
        @Override
        public Object run(Interpreter in) {
            return value;
        }
    }

    private record Name(Expr.Name name) implements Code {
        @Override
        public Object run(Interpreter in) {
            return in.visitName(name);
        }
    }

    /**
     * As the interpreter's applyBinary: the left operand, the right one, then the operator (its
     * errors at the operator); {@code + - * /} of tracked floats by their op, picked once, on the
     * operands' nodes.
     */
    private static final class Binary implements Code {
        private final TokenType op;
        private final Op arithmetic; // null: not + - * /
        private final Span at;
        private final Code left, right;
        private Tensor node;

        Binary(TokenType op, Op arithmetic, Span at, Code left, Code right) {
            this.op = op;
            this.arithmetic = arithmetic;
            this.at = at;
            this.left = left;
            this.right = right;
        }

        @Override
        public Object run(Interpreter in) {
            if (arithmetic != null) return value(runNode(in), this);
            Object a = left.run(in);
            Object b = right.run(in);
            try {
                return in.issued(Operators.binary(op, a, b), at);
            } catch (RuntimeException x) {
                throw Interpreter.wrap(x, at);
            }
        }

        @Override
        public Object runNode(Interpreter in) {
            if (arithmetic == null) return run(in);
            Object a = left.runNode(in);
            Tensor na = a == NODE ? left.node() : null;
            Object b = right.runNode(in);
            Tensor nb = b == NODE ? right.node() : null;
            try {
                Tensor r = TrackedFloats.node(arithmetic, na, a, nb, b);
                if (r == null) return in.issued(Operators.binary(op, na != null ? TrackedNumber.ofNode(na) : a, nb != null ? TrackedNumber.ofNode(nb) : b), at);
                if (!r.requiresGrad()) return r.item(); // grad mode is off: a plain float
                node = r;
                return NODE;
            } catch (RuntimeException x) {
                throw Interpreter.wrap(x, at);
            }
        }

        @Override
        public Tensor node() {
            return node;
        }
    }

    /** As the interpreter's visitCompare with one operator. */
    private record Comparison(TokenType op, Span at, Code left, Code right) implements Code {
        @Override
        public Object run(Interpreter in) {
            Object a = left.run(in);
            Object b = right.run(in);
            try {
                return Operators.compare(op, a, b);
            } catch (RuntimeException x) {
                throw Interpreter.wrap(x, at);
            }
        }
    }

    /**
     * {@code f(x)}: as the interpreter's visitCall (the callee, the argument, then the call); a
     * one-number builtin (sin, exp) of a tracked float on its node.
     */
    private static final class CallOfOne implements Code {
        private final Span span;
        private final Code callee, argument;
        private Tensor node;

        CallOfOne(Span span, Code callee, Code argument) {
            this.span = span;
            this.callee = callee;
            this.argument = argument;
        }

        @Override
        public Object run(Interpreter in) {
            return value(runNode(in), this);
        }

        @Override
        public Object runNode(Interpreter in) {
            Object fn = callee.run(in);
            Object x = argument.runNode(in);
            Tensor nx = x == NODE ? argument.node() : x instanceof TrackedNumber t ? t.node() : null;
            if (nx != null && fn instanceof Builtin b && b.fn() instanceof Builtin.OneNumber f) {
                Tensor r;
                try {
                    r = f.ofTrackedNumber(nx);
                } catch (RuntimeException e) {
                    throw Interpreter.wrap(e, span);
                }
                if (r != null) {
                    if (!r.requiresGrad()) return r.item(); // grad mode is off: a plain float
                    node = r;
                    return NODE;
                }
            }
            return in.callWithOne(fn, value(x, argument), span);
        }

        @Override
        public Tensor node() {
            return node;
        }
    }

    /** Any other expression, evaluated by the interpreter. */
    private record AnyExpression(Expr expression) implements Code {
        @Override
        public Object run(Interpreter in) {
            return in.evaluate(expression);
        }
    }
}
