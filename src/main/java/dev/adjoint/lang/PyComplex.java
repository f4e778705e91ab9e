package dev.adjoint.lang;

/**
 * Python's complex: two floats, real and imag, with CPython's arithmetic (its own formulas for
 * /, ** and abs, {@link ComplexMath}), its repr ({@code (1+2j)}, {@code 2j}, {@code (-0-1j)}) and
 * its comparisons: == and != with ints and floats, no ordering.
 */
record PyComplex(double real, double imag) implements TabledHostObject, PyReprable, PyOperand {
    @Override
    public String pyRepr() {
        // CPython's complex_repr: a real part of +0.0 is left out, with the parentheses
        if (real == 0 && Math.copySign(1.0, real) > 0) return part(imag) + "j";
        String im = part(imag);
        return "(" + part(real) + (im.startsWith("-") ? "" : "+") + im + "j)";
    }

    /** A float as complex's repr writes it: float's repr without the ".0" it adds to a whole number (2, not 2.0). */
    static String part(double d) {
        String r = FloatRepr.repr(d);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }

    /** An int, float or complex (bool among ints) as a complex; null for anything else. */
    static PyComplex of(Object v) {
        Object o = Values.plain(v);
        if (o instanceof PyComplex c) return c;
        if (PyNumbers.isNumber(o)) return new PyComplex(PyNumbers.toDouble(o), 0.0);
        return null;
    }

    @Override
    public Object binary(TokenType op, Object other, boolean reflected) {
        PyComplex o = of(other);
        if (o == null) return null;
        PyComplex a = reflected ? o : this, b = reflected ? this : o;
        return switch (op) {
            case PLUS -> new PyComplex(a.real + b.real, a.imag + b.imag);
            case MINUS -> new PyComplex(a.real - b.real, a.imag - b.imag);
            case STAR -> ComplexMath.product(a, b);
            case SLASH -> {
                PyComplex q = ComplexMath.quotient(a, b);
                if (q == null) throw PyError.zeroDivision("complex division by zero");
                yield q;
            }
            case STAR_STAR, CARET -> ComplexMath.power(a, b); // ^ of two numbers is the lecture's power (README)
            default -> null;
        };
    }

    @Override
    public Object compare(TokenType op, Object other, boolean reflected) {
        if (op != TokenType.EQUAL_EQUAL && op != TokenType.BANG_EQUAL) return null; // CPython: '<' not supported
        if (of(other) == null) return null;
        return equal(this, other) == (op == TokenType.EQUAL_EQUAL);
    }

    /** {@code a == b} where one of them is a complex and the other a number. */
    static boolean equal(Object a, Object b) {
        PyComplex x = of(a), y = of(b);
        if (x == null || y == null) return false;
        Object pa = Values.plain(a), pb = Values.plain(b);
        // an int compares exactly (10**20 + 1 is no float): only a complex with no imaginary part can equal it
        if (PyNumbers.isInt(pa)) return y.imag == 0 && PyNumbers.equal(pa, y.real);
        if (PyNumbers.isInt(pb)) return x.imag == 0 && PyNumbers.equal(pb, x.real);
        return x.real == y.real && x.imag == y.imag;
    }

    @Override
    public Object unary(TokenType op) {
        return switch (op) {
            case MINUS -> new PyComplex(-real, -imag);
            case PLUS -> this;
            default -> null;
        };
    }

    @Override
    public Object abs() {
        double r = Math.hypot(real, imag);
        if (Double.isInfinite(r) && Double.isFinite(real) && Double.isFinite(imag)) throw PyError.overflow("absolute value too large");
        return r;
    }

    @Override
    public boolean truthy() {
        return real != 0 || imag != 0;
    }

    /**
     * The dict key and set item: a complex with no imaginary part is its real part's key (1+0j and
     * 1 are one key, as in CPython); -0.0 is 0.0.
     */
    Object hashKey() {
        return imag == 0 ? null : new PyComplex(real + 0.0, imag + 0.0);
    }

    /** CPython's hash(): hash(real) + 1000003 * hash(imag), -1 made -2. */
    long pyHash() {
        long h = SetOrder.hash(HashKey.of(real)) + 1000003L * SetOrder.hash(HashKey.of(imag));
        return h == -1 ? -2 : h;
    }

    @Override
    public String typeName() {
        return "complex";
    }

    @Override
    public PyClass pyClass() {
        return ComplexType.COMPLEX;
    }

    private static final AttributeTable<PyComplex> ATTRIBUTES = new AttributeTable<PyComplex>()
            .value("real", PyComplex::real)
            .value("imag", PyComplex::imag)
            .method("conjugate", (z, a) -> {
                a.expect(0, 0);
                return new PyComplex(z.real, -z.imag);
            });

    @Override
    public AttributeTable<PyComplex> attributeTable() {
        return ATTRIBUTES;
    }
}
