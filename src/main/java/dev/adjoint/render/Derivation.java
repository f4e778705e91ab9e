package dev.adjoint.render;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.session.report.Edge;
import dev.adjoint.session.report.ForwardReport;
import dev.adjoint.session.report.ReverseReport;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The passes written out row by row as the lecture and Baydin et al. (2018, Tables 2 and 3) do:
 * each row defines one value by its local rule, then the same rule with the numbers put in, then
 * the value, e.g. {@code v̄2 = v̄4 v1 + v̄5 cos v2 = 1 × 5 + (-1) × cos 5 = 1.716}. The same rows
 * feed the LaTeX export, the Baydin-style text tables and the step-through.
 *
 * <p>In the lecture's notation (cmu) the reverse pass has one row per node, its adjoint being the
 * sum of its partial adjoints {@code v̄i→j}; in Baydin's it has one row per edge, accumulating
 * ({@code v̄0 = v̄0 + v̄2 × v-1}), and ends with the gradient {@code x̄1 = v̄-1}.
 */
public final class Derivation {
    /**
     * One row: the node it defines, "lhs = sides[0] = sides[1] = ...", the value it gives, the nodes
     * whose primal values its rule reads, the nodes whose tangents or adjoints it reads, and
     * whether it adds to an earlier value of the same node.
     */
    public record Row(TraceNode node, String lhs, List<String> sides, NDArray value, List<TraceNode> values,
            List<TraceNode> derivatives, boolean accumulates) {
        public String text() {
            return lhs + " = " + String.join(" = ", sides);
        }

        /** Every node the row reads, derivatives first. */
        public List<TraceNode> uses() {
            Set<TraceNode> all = new LinkedHashSet<>(derivatives);
            all.addAll(values);
            all.remove(node);
            return List.copyOf(all);
        }
    }

    private final boolean latex;
    private final Symbols sym;
    private final int precision;
    private final boolean baydin;
    private final LocalRules.Style style;

    /** latex: LaTeX math; else Unicode (or ASCII) text. baydin: Baydin's notation and incremental reverse rows. */
    public Derivation(boolean latex, Symbols sym, int precision, boolean baydin) {
        this.latex = latex;
        this.sym = sym;
        this.precision = precision;
        this.baydin = baydin;
        this.style = latex ? LocalRules.Style.latex(baydin) : LocalRules.Style.text(sym.ascii(), baydin);
    }

    // ---------------------------------------------------------------- the three passes

    /** The primal trace: v3 = ln v1 = ln 2 = 0.693. */
    public List<Row> trace(Trace trace) {
        List<Row> rows = new ArrayList<>();
        for (TraceNode n : trace.nodes()) {
            if (!NodeText.listed(n)) continue;
            Tensor t = n.tensor();
            List<String> sides = new ArrayList<>();
            List<TraceNode> uses = new ArrayList<>();
            if (n.isInput() || n.isConstant()) {
                sides.add(n.name() != null ? name(n) : latex ? "\\text{" + n.op() + "}" : n.op());
            } else {
                String[] symbolic = new String[t.inputCount()], numeric = new String[t.inputCount()];
                boolean scalars = t.ndim() == 0;
                for (int k = 0; k < symbolic.length; k++) {
                    TraceNode in = trace.node(t.input(k));
                    uses.add(in);
                    symbolic[k] = operand(in);
                    scalars &= in.tensor().ndim() == 0;
                    if (scalars) numeric[k] = wrapped(in.tensor().item());
                }
                sides.add(notation(t.op().notation(braced(symbolic))));
                if (scalars) sides.add(notation(t.op().notation(braced(numeric))));
            }
            sides.add(value(t.value()));
            rows.add(new Row(n, id(n), dedupe(sides), t.value(), uses, List.of(), false));
        }
        return rows;
    }

    /** Forward mode: v̇4 = v̇1 v2 + v̇2 v1 = 1 × 5 + 0 × 2 = 5. */
    public List<Row> forward(ForwardReport r) {
        Trace trace = r.trace();
        List<Row> rows = new ArrayList<>();
        for (TraceNode n : trace.nodes()) {
            dev.adjoint.ndarray.ComputationInterrupted.pollEvery(rows.size());
            if (n.isConstant()) continue;
            Tensor t = n.tensor();
            NDArray tangent = r.tangent(n);
            if (n.isInput()) {
                String seed = n.name() != null ? dot(name(n), true) : dot(n);
                rows.add(new Row(n, dot(n), dedupe(List.of(seed, value(tangent))), tangent, List.of(), List.of(), false));
                continue;
            }
            List<String> symbolic = new ArrayList<>(), numeric = new ArrayList<>();
            Set<TraceNode> values = new LinkedHashSet<>(), derivatives = new LinkedHashSet<>();
            boolean scalars = t.ndim() == 0;
            boolean generic = false;
            for (int k = 0; k < t.inputCount(); k++) scalars &= t.input(k).ndim() == 0;
            for (int k = 0; k < t.inputCount(); k++) {
                TraceNode in = trace.node(t.input(k));
                if (in.isConstant()) continue; // constants have no tangent
                String template = LocalRules.forward(t.op(), k);
                derivatives.add(in);
                reads(trace, n, template, values);
                if (template == null && t.op().isLinear() && t.inputCount() == 1) {
                    symbolic.add(notation(t.op().notation(braced(new String[] {dot(in)}))));
                    generic = true;
                } else if (template == null) {
                    symbolic.add(partial(n, in) + (latex ? " " : " ") + dot(in));
                    generic = true;
                } else {
                    symbolic.add(LocalRules.render(template, args(trace, t, dot(in), false), style));
                    if (scalars) numeric.add(LocalRules.render(template, args(trace, t, wrapped(r.tangent(in).item()), true), style.numeric()));
                }
            }
            List<String> sides = new ArrayList<>();
            sides.add(symbolic.isEmpty() ? "0" : sum(symbolic));
            if (scalars && !generic && !numeric.isEmpty()) sides.add(sum(numeric));
            sides.add(value(tangent));
            rows.add(new Row(n, dot(n), dedupe(sides), tangent, List.copyOf(values), List.copyOf(derivatives), false));
        }
        if (baydin) { // Table 2 ends with the output's tangent: ẏ = v̇5 = 5.5
            TraceNode out = trace.outputNode();
            NDArray tangent = r.tangent(out);
            rows.add(new Row(out, dot(name(trace.target()), true), List.of(dot(out), value(tangent)), tangent, List.of(), List.of(out), false));
        }
        return rows;
    }

    /** One adjoint contribution: the edge in → out (operand k of out) and the partial adjoint along it. */
    private record Contribution(TraceNode in, TraceNode out, int k, NDArray partial) {}

    /** Reverse mode, from the output back: one row per node (cmu) or one per edge (baydin). */
    public List<Row> reverse(ReverseReport r) {
        Trace trace = r.trace();
        List<TraceNode> nodes = trace.nodes();
        TraceNode output = trace.outputNode();
        // partial adjoints by edge; an op that uses a node twice (x*x) has two edges, in operand order
        Map<TraceNode, Map<TraceNode, Deque<NDArray>>> partials = new IdentityHashMap<>();
        for (Edge e : r.edges())
            partials.computeIfAbsent(e.from(), x -> new IdentityHashMap<>()).computeIfAbsent(e.to(), x -> new ArrayDeque<>()).add(e.partialAdjoint().value());
        // contributions in the order reverse mode makes them: later nodes first, operands in order
        List<Contribution> sweep = new ArrayList<>();
        for (int j = nodes.size() - 1; j >= 0; j--) {
            dev.adjoint.ndarray.ComputationInterrupted.pollEvery(j);
            TraceNode out = nodes.get(j);
            Tensor t = out.tensor();
            for (int k = 0; k < t.inputCount(); k++) {
                TraceNode in = trace.node(t.input(k));
                Map<TraceNode, Deque<NDArray>> byOut = partials.get(in);
                Deque<NDArray> q = byOut == null ? null : byOut.get(out);
                if (q == null || q.isEmpty()) continue; // no gradient along this edge
                sweep.add(new Contribution(in, out, k, q.poll()));
            }
        }
        List<Row> rows = new ArrayList<>();
        NDArray seed = r.adjoint(output);
        rows.add(new Row(output, bar(output), dedupe(List.of(bar(name(trace.target()), true), value(seed))), seed, List.of(), List.of(), false));
        if (baydin) baydinRows(r, sweep, rows);
        else cmuRows(r, sweep, rows);
        return rows;
    }

    private void cmuRows(ReverseReport r, List<Contribution> sweep, List<Row> rows) {
        Trace trace = r.trace();
        List<TraceNode> nodes = trace.nodes();
        Map<TraceNode, List<Contribution>> byNode = new IdentityHashMap<>();
        for (Contribution c : sweep) byNode.computeIfAbsent(c.in(), x -> new ArrayList<>()).add(c);
        Map<TraceNode, Integer> position = new IdentityHashMap<>(); // one map, not a search per comparison (quadratic on a big graph)
        for (int i = 0; i < nodes.size(); i++) position.put(nodes.get(i), i);
        for (int i = nodes.size() - 1; i >= 0; i--) {
            dev.adjoint.ndarray.ComputationInterrupted.pollEvery(i);
            TraceNode n = nodes.get(i);
            if (n.isConstant() || n == trace.outputNode()) continue;
            List<Contribution> cs = new ArrayList<>(byNode.getOrDefault(n, List.of()));
            cs.sort((a, b) -> Integer.compare(position.get(a.out()), position.get(b.out()))); // v̄1→3 before v̄1→4
            List<String> names = new ArrayList<>(), symbolic = new ArrayList<>(), numeric = new ArrayList<>();
            Set<TraceNode> values = new LinkedHashSet<>(), derivatives = new LinkedHashSet<>();
            boolean numbers = n.tensor().ndim() == 0;
            for (Contribution c : cs) {
                names.add(edge(c.in(), c.out()));
                derivatives.add(c.out());
                reads(trace, c.out(), LocalRules.reverse(c.out().tensor().op(), c.k()), values);
                String[] term = term(r, c);
                symbolic.add(term[0]);
                if (term[1] == null) numbers = false;
                else numeric.add(term[1]);
            }
            List<String> sides = new ArrayList<>();
            if (cs.size() > 1) sides.add(String.join(" + ", names));
            sides.add(cs.isEmpty() ? "0" : sum(symbolic));
            if (numbers && !cs.isEmpty()) sides.add(sum(numeric));
            NDArray adj = r.adjoint(n);
            sides.add(value(adj));
            rows.add(new Row(n, bar(n), dedupe(sides), adj, List.copyOf(values), List.copyOf(derivatives), false));
        }
    }

    private void baydinRows(ReverseReport r, List<Contribution> sweep, List<Row> rows) {
        Trace trace = r.trace();
        Map<TraceNode, NDArray> running = new IdentityHashMap<>();
        for (Contribution c : sweep) {
            String[] term = term(r, c);
            NDArray before = running.get(c.in());
            NDArray now = before == null ? c.partial() : before.add(c.partial());
            running.put(c.in(), now);
            String generic = bar(c.out()) + " " + partial(c.out(), c.in());
            List<String> sides = new ArrayList<>();
            Set<TraceNode> values = new LinkedHashSet<>(), derivatives = new LinkedHashSet<>();
            derivatives.add(c.out());
            reads(trace, c.out(), LocalRules.reverse(c.out().tensor().op(), c.k()), values);
            if (before == null) {
                sides.add(generic);
                sides.add(term[0]);
                if (term[1] != null) sides.add(term[1]);
            } else {
                derivatives.add(c.in());
                String plus = bar(c.in()) + " + ";
                sides.add(plus + generic);
                sides.add(plus + term[0]);
                if (term[1] != null && before.ndim() == 0) sides.add(sum(List.of(wrapped(before.item()), term[1])));
            }
            sides.add(value(now));
            rows.add(new Row(c.in(), bar(c.in()), dedupe(sides), now, List.copyOf(values), List.copyOf(derivatives), before != null));
        }
        for (TraceNode n : trace.inputs()) {
            NDArray adj = r.adjoint(n);
            String lhs = n.name() != null ? bar(name(n), true) : bar(n);
            rows.add(new Row(n, lhs, dedupe(List.of(bar(n), value(adj))), adj, List.of(), List.of(n), false));
        }
    }

    /**
     * The nodes whose primal values a rule reads: its operands ($a, $b) and output ($o) as the
     * template names them (folded constants aside); all operands when the rule has no template.
     */
    private static void reads(Trace trace, TraceNode out, String template, Set<TraceNode> into) {
        Tensor t = out.tensor();
        for (int k = 0; k < t.inputCount(); k++) {
            TraceNode in = trace.node(t.input(k));
            if (!NodeText.listed(in)) continue;
            if (template == null || (k < 2 && template.contains(k == 0 ? "$a" : "$b"))) into.add(in);
        }
        if (template != null && template.contains("$o")) into.add(out);
    }

    /** The symbolic and the numeric form of one partial adjoint v̄j ∂vj/∂vi (numeric null when it cannot be shown). */
    private String[] term(ReverseReport r, Contribution c) {
        Trace trace = r.trace();
        Tensor t = c.out().tensor();
        String template = LocalRules.reverse(t.op(), c.k());
        if (template == null) return new String[] {bar(c.out()) + " " + partial(c.out(), c.in()), null};
        String symbolic = LocalRules.render(template, args(trace, t, bar(c.out()), false), style);
        boolean scalars = t.ndim() == 0;
        for (Tensor x : t.inputs()) scalars &= x.ndim() == 0;
        String numeric = scalars ? LocalRules.render(template, args(trace, t, wrapped(r.adjoint(c.out()).item()), true), style.numeric()) : null;
        return new String[] {symbolic, numeric};
    }

    /** The strings for $g, $a, $b, $o: names, or (numbers) the values. */
    private Map<Character, String> args(Trace trace, Tensor t, String g, boolean numbers) {
        Map<Character, String> m = new HashMap<>();
        m.put('g', g);
        TraceNode out = trace.node(t);
        m.put('o', numbers ? wrapped(t.value().item()) : id(out));
        for (int k = 0; k < Math.min(2, t.inputCount()); k++) {
            TraceNode in = trace.node(t.input(k));
            m.put(k == 0 ? 'a' : 'b', numbers ? wrapped(in.tensor().value().item()) : operand(in));
        }
        return m;
    }

    // ---------------------------------------------------------------- names and numbers

    /** v3, or v_{3} in LaTeX (Baydin's v-1 is v_{-1}, and v−1 in Unicode rows: their one minus sign). */
    public String id(TraceNode n) {
        return latex ? subscripted(n.id()) : ident(n.id());
    }

    public String bar(TraceNode n) {
        return latex ? "\\bar " + subscripted(n.id()) : sym.bar(ident(n.id()));
    }

    public String dot(TraceNode n) {
        return latex ? "\\dot " + subscripted(n.id()) : sym.dot(ident(n.id()));
    }

    /** An id as the text rows write it: Baydin's v-1 with the rows' minus sign in Unicode. */
    private String ident(String id) {
        return sym.ascii() ? id : id.replace('-', '−');
    }

    /** v̄1→3, or \overline{v_{1\to 3}}. */
    public String edge(TraceNode from, TraceNode to) {
        if (!latex) return sym.bar(ident(from.id())) + sym.arrow() + ident(to.id().substring(1));
        return "\\overline{" + from.id().charAt(0) + "_{" + from.id().substring(1) + "\\to " + to.id().substring(1) + "}}";
    }

    private String bar(String formatted, boolean isName) {
        return latex ? accent("\\bar", formatted) : sym.bar(formatted);
    }

    private String dot(String formatted, boolean isName) {
        return latex ? accent("\\dot", formatted) : sym.dot(formatted);
    }

    /** \bar{x}_{1}, \bar{\mathit{lr}}: the accent over the name, the subscript outside it. */
    private static String accent(String accent, String name) {
        int sub = name.lastIndexOf("_{");
        if (sub > 0 && name.endsWith("}") && name.indexOf('\\') < 0) return accent + "{" + name.substring(0, sub) + "}" + name.substring(sub);
        return accent + "{" + name + "}";
    }

    /** ∂v5/∂v2, or \frac{\partial v_{5}}{\partial v_{2}}. */
    private String partial(TraceNode out, TraceNode in) {
        if (latex) return "\\frac{\\partial " + id(out) + "}{\\partial " + id(in) + "}";
        return sym.partial() + ident(out.id()) + "/" + sym.partial() + ident(in.id());
    }

    /** A variable name as written: x1 in text, x_{1} in LaTeX. */
    public String name(String name) {
        return latex ? Latex.name(name) : name;
    }

    /** A node's variable name as written, marked when the variable has been rebound since: x1 (old), x_{1}^{\text{old}}. */
    private String name(TraceNode n) {
        if (!n.rebound()) return name(n.name());
        return latex ? Latex.name(n.name()) + "^{\\text{old}}" : n.shownName();
    }

    /** How an op's rule names its operand: its id, or the number of a folded scalar constant. */
    private String operand(TraceNode in) {
        if (!NodeText.listed(in)) return wrapped(in.tensor().item());
        return id(in);
    }

    private static String subscripted(String id) {
        return id.charAt(0) + "_{" + id.substring(1) + "}";
    }

    /** A number for substitution: negative numbers in parentheses, with the rows' one minus sign. */
    /**
     * A value put into a rule's arithmetic, in parentheses when negative. A value that rounds to an
     * integer it is not gets more digits: tanh 6 written "1" would make 1 − v7^2 read 0 while the
     * row's result is 7.373e-05 (the arithmetic shown must check by hand).
     */
    private String wrapped(double v) {
        int digits = precision;
        String plain = Numbers.format(v, digits);
        while (digits < 17 && plain.matches("-?\\d+") && Double.parseDouble(plain) != v) plain = Numbers.format(v, ++digits);
        String s = written(plain);
        return s.startsWith("-") || s.startsWith("−") ? "(" + s + ")" : s;
    }

    /** A number as the rows write it: in Unicode text its minus is the operators' "−" (one minus sign per row, as in Baydin's tables). */
    public String number(double v) {
        return written(Numbers.format(v, precision));
    }

    private String written(String s) {
        if (latex) return Latex.number(s);
        return s.startsWith("-") && !sym.ascii() ? "−" + s.substring(1) : s;
    }

    /** The value at the end of a row: a number, a small array, or the shape of a large one. */
    public String value(NDArray a) {
        if (a == null) return latex ? "\\text{--}" : "-";
        if (a.ndim() == 0) return number(a.item());
        if (!latex) return TensorFormat.oneLine(a, precision, 4);
        return Latex.array(a, precision);
    }

    private String notation(String s) {
        return latex ? Latex.notation(s) : sym.text(s);
    }

    private String[] braced(String[] args) {
        if (!latex) return args;
        String[] b = new String[args.length];
        for (int i = 0; i < args.length; i++) b[i] = "{" + args[i] + "}";
        return b;
    }

    /** Terms joined with +, a term that starts with a minus joined with −. */
    private String sum(List<String> terms) {
        StringBuilder sb = new StringBuilder();
        for (String t : terms) {
            if (sb.length() == 0) sb.append(t);
            else if (t.startsWith("-") || t.startsWith("−")) sb.append(' ').append(t.charAt(0)).append(' ').append(t.substring(1));
            else sb.append(" + ").append(t);
        }
        return sb.toString();
    }

    /** Drops a side that repeats the one before it (v̄6 = v̄7 = 1 rather than v̄6 = v̄7 = 1 = 1). */
    private static List<String> dedupe(List<String> sides) {
        List<String> out = new ArrayList<>();
        for (String s : sides) if (out.isEmpty() || !out.get(out.size() - 1).equals(s)) out.add(s);
        return out;
    }

    static String shape(NDArray a) {
        return Shapes.str(a.shape());
    }
}
