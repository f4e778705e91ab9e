package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.ContextManager;
import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.Values;
import dev.adjoint.scope.Scope;
import dev.adjoint.scope.ThreadSetting;
import java.util.List;

/**
 * NumPy's print options (np.set_printoptions, np.get_printoptions, np.printoptions): how arrays
 * print, as numpy/core/arrayprint.py reads them. A session keeps its own, in force on the thread
 * that runs its input (as torch's print options and grad mode are), so an input that fails
 * leaves them as they were. {@code formatter} holds the Python callables of a formatter dict, with
 * the interpreter that calls them.
 */
public record NpPrintOptions(int edgeItems, Object threshold, String floatMode, int precision, boolean suppress, int lineWidth,
        String nanStr, String infStr, String sign, PyDict formatter, Interpreter caller) {
    public static final NpPrintOptions DEFAULT = new NpPrintOptions(3, 1000L, "maxprec", 8, false, 75, "nan", "inf", "-", null, null);
    private static final ThreadSetting<NpPrintOptions> CURRENT = ThreadSetting.carried(DEFAULT);
    private static final List<String> FLOAT_MODES = List.of("fixed", "unique", "maxprec", "maxprec_equal");
    private static final String[] NAMES = {"precision", "threshold", "edgeitems", "linewidth", "suppress", "nanstr", "infstr", "formatter", "sign",
            "floatmode"};

    public static NpPrintOptions current() {
        return CURRENT.get();
    }

    /** The options in force on this thread until the scope closes. */
    public static Scope use(NpPrintOptions options) {
        return CURRENT.use(options);
    }

    /** Whether an array of {@code size} elements prints summarised ("..."). */
    boolean summarises(int size) {
        return PyNumbers.approx(threshold) < size;
    }

    /** The formatter the dict gives to elements of {@code kind} ('bool', 'int', 'float'), or null: its own key, then 'int_kind'/'float_kind', then 'all', as NumPy's _get_formatdict. */
    Object formatterFor(String kind) {
        if (formatter == null) return null;
        Object f = formatter.get(kind);
        if (f != null) return f;
        f = formatter.get(kind + "_kind");
        return f != null ? f : formatter.get("all");
    }

    /** The options given as a dict, get_printoptions()'s keys in NumPy's order. */
    PyDict asDict() {
        PyDict d = new PyDict();
        d.put("edgeitems", (long) edgeItems);
        d.put("threshold", threshold);
        d.put("floatmode", floatMode);
        d.put("precision", (long) precision);
        d.put("suppress", suppress);
        d.put("linewidth", (long) lineWidth);
        d.put("nanstr", nanStr);
        d.put("infstr", infStr);
        d.put("sign", sign);
        d.put("formatter", formatter);
        d.put("legacy", false);
        return d;
    }

    /** set_printoptions's arguments over these options (None keeps one, except formatter, which is always set, as in NumPy). */
    NpPrintOptions with(Args a) {
        a.expect(0, NAMES.length, concat(NAMES, "legacy"));
        Object legacy = a.keyword("legacy");
        if (legacy != null && !Boolean.FALSE.equals(Values.plain(legacy)))
            throw PyError.value("adjoint's numpy prints as NumPy 1.24 does: legacy= takes False only");
        Object floatMode = given(a, 9);
        if (floatMode != null && !FLOAT_MODES.contains(floatMode))
            throw PyError.value("floatmode option must be one of \"fixed\", \"unique\", \"maxprec\", \"maxprec_equal\"");
        Object sign = given(a, 8);
        if (sign != null && !List.of("-", "+", " ").contains(sign)) throw PyError.value("sign option must be one of ' ', '+', or '-'");
        Object threshold = given(a, 1);
        if (threshold != null) {
            if (!PyNumbers.isNumber(threshold)) throw PyError.type("threshold must be numeric");
            if (Double.isNaN(PyNumbers.approx(threshold)))
                throw PyError.value("threshold must be non-NAN, try sys.maxsize for untruncated representation");
        }
        Object precision = given(a, 0);
        if (precision != null && !PyNumbers.isInt(precision)) throw PyError.type("precision must be an integer");
        Object formatter = given(a, 7);
        if (formatter != null && !(formatter instanceof PyDict)) throw PyError.type("formatter must be a dict, not " + Values.typeName(formatter));
        Object suppress = a.option(4, "suppress", null);
        return new NpPrintOptions(integer(a, 2, edgeItems), threshold == null ? this.threshold : threshold,
                floatMode == null ? this.floatMode : (String) floatMode, precision == null ? this.precision : a.intValue(precision, "precision"),
                suppress == null ? this.suppress : Values.truthy(suppress), integer(a, 3, lineWidth), string(a, 5, nanStr), string(a, 6, infStr),
                sign == null ? this.sign : (String) sign, (PyDict) formatter, a.interpreter());
    }

    private static Object given(Args a, int index) {
        return Values.plain(a.option(index, NAMES[index], null));
    }

    private static int integer(Args a, int index, int kept) {
        Object v = a.option(index, NAMES[index], null);
        return v == null ? kept : a.intValue(v, NAMES[index]);
    }

    private static String string(Args a, int index, String kept) {
        Object v = a.option(index, NAMES[index], null);
        if (v == null) return kept;
        if (!(v instanceof String s)) throw PyError.type(NAMES[index] + " must be a str, not " + Values.typeName(v));
        return s;
    }

    private static String[] concat(String[] names, String last) {
        String[] all = java.util.Arrays.copyOf(names, names.length + 1);
        all[names.length] = last;
        return all;
    }

    static void add(PyModule m) {
        m.add(Builtin.of("set_printoptions", a -> {
            CURRENT.set(current().with(a));
            return null;
        }));
        m.add(Builtin.of("get_printoptions", a -> current().asDict()));
        m.add(Builtin.of("printoptions", Scoped::new));
    }

    /** {@code with np.printoptions(precision=3) as opts:} the options set for the block ({@code opts} their dict), put back when it ends. */
    private static final class Scoped implements HostObject, ContextManager {
        private final Args settings;
        private NpPrintOptions saved;

        Scoped(Args settings) {
            this.settings = settings;
        }

        @Override
        public Object enter(Interpreter interpreter) {
            saved = current();
            CURRENT.set(saved.with(settings));
            return current().asDict();
        }

        @Override
        public void exit() {
            CURRENT.set(saved);
        }

        @Override
        public String typeName() {
            return "contextlib._GeneratorContextManager";
        }
    }
}
