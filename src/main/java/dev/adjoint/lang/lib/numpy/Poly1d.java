package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.AttributeTable;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.BuiltinTypes;
import dev.adjoint.lang.Callable;
import dev.adjoint.lang.FormatSpec;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyOperand;
import dev.adjoint.lang.PyReprable;
import dev.adjoint.lang.Sized;
import dev.adjoint.lang.Span;
import dev.adjoint.lang.Subscriptable;
import dev.adjoint.lang.TabledHostObject;
import dev.adjoint.lang.TokenType;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * np.poly1d: a polynomial of its coefficients, highest power first (leading zeros dropped), as
 * numpy/lib/polynomial.py has it: called, it evaluates (np.polyval; of a polynomial, composes); +, -, * (by a number or
 * another polynomial), ** and / by a number give polynomials; deriv, integ, p[k] (the coefficient
 * of x**k), len (the order); printed with the powers on the line above, as NumPy prints it.
 */
final class Poly1d implements TabledHostObject, PyOperand, PyReprable, Callable, Subscriptable, Sized, Iterable<Object> {
    static final PyClass CLASS = PyClass.builtin("poly1d", "numpy", BuiltinTypes.OBJECT, Builtin.of("poly1d", Poly1d::create));
    private static final int WRAP = 70;

    private final NpArray coeffs;
    private final String variable;

    private Poly1d(NpArray coeffs, String variable) {
        this.coeffs = coeffs;
        this.variable = variable;
    }

    /** np.poly1d(c_or_r, r=False, variable=None). */
    static Object create(Args a) {
        a.expect(1, 3, "c_or_r", "r", "variable");
        Object given = a.option(0, "c_or_r", null), name = a.option(2, "variable", null);
        if (name != null && !(name instanceof String)) throw PyError.type("variable must be a str, not " + Values.typeName(name));
        if (given instanceof Poly1d p) return new Poly1d(p.coeffs, name == null ? p.variable : (String) name);
        NpArray c = Operand.required(given, "poly1d");
        if (Values.truthy(a.option(1, "r", false))) c = fromRoots(c);
        return of(c, name == null ? "x" : (String) name);
    }

    /** A polynomial of these coefficients (a number is one), leading zeros dropped ([0] if none is left). */
    static Poly1d of(NpArray c, String variable) {
        if (c.ndim() > 1) throw PyError.value("Polynomial must be 1d only.");
        double[] v = c.values().toArray();
        int first = 0;
        while (first < v.length && v[first] == 0) first++;
        double[] kept = first == v.length ? new double[1] : java.util.Arrays.copyOfRange(v, first, v.length);
        return new Poly1d(NpArray.of(NDArray.of(kept, kept.length), c.type), variable);
    }

    /** Its coefficients, highest power first. */
    NpArray coefficients() {
        return coeffs;
    }

    private Poly1d with(NpArray c) {
        return of(c, "x");
    }

    /** np.poly(roots): the product of (x - r), one np.convolve at a time. */
    private static NpArray fromRoots(NpArray roots) {
        NpArray a = NpArray.of(NDArray.of(new double[] {1}, 1), NpType.FLOAT64);
        for (double r : roots.values().toArray()) a = Sequences.convolveFull(a, NpArray.of(NDArray.of(new double[] {1, -r}, 2), NpType.FLOAT64));
        return a;
    }

    private int order() {
        return coeffs.size() - 1;
    }

    private static boolean isScalar(Object v) {
        Object p = Values.plain(v);
        return dev.adjoint.lang.PyNumbers.isNumber(p) || p instanceof NpArray x && x.ndim() == 0;
    }

    /** The other operand as a polynomial, or null for what NumPy's poly1d does not take. */
    private static Poly1d polynomial(Object other) {
        if (other instanceof Poly1d p) return p;
        NpArray x = Operand.of(other);
        return x == null ? null : of(x.ndim() == 0 ? NpArray.of(x.values().reshape(1), x.type) : x, "x");
    }

    /** np.polyadd / np.polysub: the shorter padded with zeros in front, then added or subtracted. */
    static NpArray combine(TokenType op, NpArray p, NpArray q) {
        int diff = q.size() - p.size();
        if (diff > 0) p = padded(p, diff);
        else if (diff < 0) q = padded(q, -diff);
        return Elementwise.binary(op, p, q);
    }

    private static NpArray padded(NpArray c, int zeros) {
        double[] v = new double[c.size() + zeros];
        System.arraycopy(c.values().toArray(), 0, v, zeros, c.size());
        return NpArray.of(NDArray.of(v, v.length), c.type);
    }

    @Override
    public Object binary(TokenType op, Object other, boolean reflected) {
        switch (op) {
            case STAR:
                if (isScalar(other)) return with(Elementwise.binary(op, coeffs, Operand.required(other, "poly1d")));
                Poly1d q = polynomial(other);
                return q == null ? null : with(Sequences.convolveFull(coeffs, q.coeffs));
            case PLUS:
            case MINUS: {
                Poly1d o = polynomial(other);
                if (o == null) return null;
                return with(reflected ? combine(op, o.coeffs, coeffs) : combine(op, coeffs, o.coeffs));
            }
            case SLASH:
                if (reflected || !isScalar(other))
                    throw new PyError("NotImplementedError", "adjoint's poly1d divides by a number only (NumPy's polydiv of two polynomials is not there)");
                return with(Elementwise.binary(op, coeffs, Operand.required(other, "poly1d")));
            case STAR_STAR: {
                if (reflected) return null;
                Object n = Values.number(other);
                if (!dev.adjoint.lang.PyNumbers.isNumber(n) || dev.adjoint.lang.PyNumbers.approx(n) != Math.rint(dev.adjoint.lang.PyNumbers.approx(n))
                        || dev.adjoint.lang.PyNumbers.approx(n) < 0)
                    throw PyError.value("Power to non-negative integers only.");
                NpArray r = NpArray.of(NDArray.of(new double[] {1}, 1), NpType.INT64);
                for (long i = 0; i < (long) dev.adjoint.lang.PyNumbers.approx(n); i++) r = Sequences.convolveFull(coeffs, r);
                return with(r);
            }
            default:
                return null;
        }
    }

    @Override
    public Object compare(TokenType op, Object other, boolean reflected) {
        if (!(other instanceof Poly1d o) || (op != TokenType.EQUAL_EQUAL && op != TokenType.BANG_EQUAL)) return null;
        boolean equal = java.util.Arrays.equals(o.coeffs.values().toArray(), coeffs.values().toArray());
        return op == TokenType.EQUAL_EQUAL ? equal : !equal;
    }

    @Override
    public Object unary(TokenType op) {
        if (op == TokenType.MINUS) return with(Elementwise.binary(TokenType.STAR, coeffs, NpArray.scalar(-1, NpType.INT64)));
        return op == TokenType.PLUS ? this : null;
    }

    @Override
    public String name() {
        return "poly1d";
    }

    /** p(x): np.polyval of the coefficients at x (a number gives a NumPy scalar, an array-like an array). */
    @Override
    public Object call(Interpreter in, List<Object> args, Map<String, Object> keywords, Span span) {
        if (args.size() != 1 || !keywords.isEmpty()) throw PyError.type("__call__() takes 2 positional arguments but " + (args.size() + 1) + " were given");
        if (args.get(0) instanceof Poly1d q) { // p(q): the composition, by the same loop over polynomials
            Object y = of(NpArray.of(NDArray.of(new double[1], 1), NpType.INT64), "x");
            for (Object c : this) y = ((Poly1d) ((Poly1d) ((Poly1d) y).binary(TokenType.STAR, q, false)).binary(TokenType.PLUS, c, false));
            return y;
        }
        return NpArray.box(Sequences.polyval(coeffs, Operand.required(args.get(0), "poly1d")));
    }

    /** p[k]: the coefficient of x**k (0 beyond the order). */
    @Override
    public Object getItem(Object key) {
        long k = Values.toLong(Values.number(key), "index");
        if (k > order() || k < 0) return NpArray.scalar(0, coeffs.type);
        return NpArray.scalar(coeffs.values().toArray()[(int) (order() - k)], coeffs.type);
    }

    @Override
    public long length() {
        return order();
    }

    @Override
    public Iterator<Object> iterator() {
        List<Object> items = new ArrayList<>();
        for (double v : coeffs.values().toArray()) items.add(NpArray.scalar(v, coeffs.type));
        return items.iterator();
    }

    /** NumPy's names, aliases included (c, coef and coefficients are coeffs; r is roots). */
    private static final AttributeTable<Poly1d> ATTRIBUTES = new AttributeTable<Poly1d>()
            .value("c", p -> p.coeffs)
            .value("coef", p -> p.coeffs)
            .value("coefficients", p -> p.coeffs)
            .value("coeffs", p -> p.coeffs)
            .method("deriv", (p, a) -> {
                long m = Values.toLong(Values.number(a.expect(0, 1, "m").option(0, "m", 1L)), "m");
                if (m < 0) throw PyError.value("Order of derivative must be positive (see polyint)");
                NpArray c = p.coeffs;
                for (long i = 0; i < m; i++) c = derivative(c);
                return p.with(c);
            })
            .method("integ", (p, a) -> {
                a.expect(0, 2, "m", "k");
                long m = Values.toLong(Values.number(a.option(0, "m", 1L)), "m");
                if (m < 0) throw PyError.value("Order of integral must be positive (see polyder)");
                NpArray k = Operand.required(a.option(1, "k", 0L), "integ");
                double[] ks = k.values().toArray();
                if (ks.length < m && ks.length != 1) throw PyError.value("k must be a scalar or a rank-1 array of length 1 or >m.");
                NpArray c = p.coeffs;
                for (long i = 0; i < m; i++) c = antiderivative(c, ks.length == 1 ? ks[0] : ks[(int) i]);
                return p.with(c);
            })
            .value("order", p -> (long) p.order())
            .value("r", p -> roots(p.coeffs))
            .value("roots", p -> roots(p.coeffs))
            .value("variable", p -> p.variable);

    @Override
    public AttributeTable<Poly1d> attributeTable() {
        return ATTRIBUTES;
    }

    /**
     * np.roots(p): the eigenvalues of the companion matrix (LAPACK's dgeev, as NumPy's eigvals) of
     * p without its leading and trailing zeros, then a 0 for each trailing zero; real roots only
     * (complex ones are NumPy's complex128, which adjoint's numpy does not have).
     */
    static NpArray roots(NpArray p) {
        if (p.ndim() > 1) throw PyError.value("Input must be a rank-1 array.");
        double[] v = p.values().toArray();
        int first = 0, last = v.length - 1;
        while (first < v.length && v[first] == 0) first++;
        while (last >= first && v[last] == 0) last--;
        if (first > last) return NpArray.of(NDArray.of(new double[0], 0), NpType.FLOAT64);
        int n = last - first + 1, zeros = v.length - 1 - last;
        double[] found = new double[0];
        if (n > 1) {
            double[] a = new double[(n - 1) * (n - 1)];
            for (int j = 0; j < n - 1; j++) a[j] = -v[first + 1 + j] / v[first];
            for (int i = 1; i < n - 1; i++) a[i * (n - 1) + i - 1] = 1;
            Lapack.GeneralEigen e = Lapack.geev(new Decompositions.Matrix(a, n - 1, n - 1), false, "roots");
            for (double im : e.imaginary())
                if (im != 0) throw new PyError("NotImplementedError", "these roots are complex, which NumPy gives as a complex128 array; adjoint's numpy "
                        + "has no complex dtype, so np.roots gives real roots only");
            found = e.real();
        }
        double[] out = java.util.Arrays.copyOf(found, found.length + zeros);
        return NpArray.of(NDArray.of(out, out.length), NpType.FLOAT64);
    }

    /** np.polyder once: c[:-1] * arange(n, 0, -1). */
    static NpArray derivative(NpArray c) {
        int n = c.size() - 1;
        double[] v = c.values().toArray(), powers = new double[Math.max(n, 0)];
        for (int i = 0; i < n; i++) powers[i] = n - i;
        NpArray head = NpArray.of(NDArray.of(java.util.Arrays.copyOf(v, Math.max(n, 0)), Math.max(n, 0)), c.type);
        return Elementwise.binary(TokenType.STAR, head, NpArray.of(NDArray.of(powers, powers.length), NpType.INT64));
    }

    /** np.polyint once: c / arange(n, 0, -1), then the constant k. */
    static NpArray antiderivative(NpArray c, double k) {
        int n = c.size();
        double[] powers = new double[n];
        for (int i = 0; i < n; i++) powers[i] = n - i;
        double[] q = Elementwise.binary(TokenType.SLASH, c, NpArray.of(NDArray.of(powers, n), NpType.INT64)).values().toArray();
        double[] v = java.util.Arrays.copyOf(q, n + 1);
        v[n] = k;
        return NpArray.of(NDArray.of(v, n + 1), NpType.FLOAT64);
    }

    @Override
    public String typeName() {
        return "numpy.poly1d";
    }

    @Override
    public PyClass pyClass() {
        return CLASS;
    }

    /** poly1d([1, 2, 3]): the coefficients' array repr, without "array". */
    @Override
    public String pyRepr() {
        String r = coeffs.pyRepr();
        return "poly1d(" + r.substring(6, r.length() - 1) + ")";
    }

    /** NumPy's two-line form: "1 x**2 + 2 x + 3" with each power moved to the line above its x, wrapped at 70 columns. */
    @Override
    public String pyStr() {
        double[] c = coeffs.values().toArray();
        int first = 0;
        while (first < c.length - 1 && c[first] == 0) first++;
        int n = c.length - 1 - first;
        StringBuilder text = new StringBuilder();
        for (int k = 0; first + k < c.length; k++) {
            String coef = FormatSpec.format(c[first + k], ".4g"), term;
            int power = n - k;
            if (power == 0) term = !coef.equals("0") ? coef : k == 0 ? "0" : "";
            else if (coef.equals("0")) term = "";
            else term = coef + " " + variable + (power == 1 ? "" : "**" + power);
            if (k == 0) text.append(term);
            else if (!term.isEmpty()) text.append(term.startsWith("-") ? " - " + term.substring(1) : " + " + term);
        }
        return raisePowers(text.toString());
    }

    /** Moves each "**n" to the line above (NumPy's _raise_power): two lines per row, rows of at most 70 columns. */
    private static String raisePowers(String s) {
        StringBuilder output = new StringBuilder(" "), line1 = new StringBuilder(), line2 = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\*\\*([0-9]*)").matcher(s);
        int at = 0;
        while (m.find()) {
            String power = m.group(1), part = s.substring(at, m.start());
            at = m.end();
            String add2 = part + " ".repeat(power.length() - 1), add1 = " ".repeat(part.length() - 1) + power;
            if (line2.length() + add2.length() > WRAP || line1.length() + add1.length() > WRAP) {
                output.append(line1).append('\n').append(line2).append("\n ");
                line1 = new StringBuilder(add1);
                line2 = new StringBuilder(add2);
            } else {
                line2.append(add2);
                line1.append(add1);
            }
        }
        return output.append(line1).append('\n').append(line2).append(s.substring(at)).toString();
    }
}
