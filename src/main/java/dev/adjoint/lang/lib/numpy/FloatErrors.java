package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.ContextManager;
import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Span;
import dev.adjoint.lang.TokenType;
import dev.adjoint.lang.Values;
import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NumPy's floating-point errors: which IEEE exceptions a ufunc raised (division by zero,
 * overflow, invalid operation; underflow is ignored by default, as NumPy ignores it), found from
 * its inputs and results, and what the program asked to be done with them ({@code np.seterr},
 * {@code np.errstate}): a RuntimeWarning "divide by zero encountered in divide" through the
 * warnings filters (once per line by default), a FloatingPointError, a printed line, or nothing.
 */
final class FloatErrors {
    private FloatErrors() {}

    static final int DIVIDE = 1, OVERFLOW = 2, INVALID = 4;
    /** NumPy's order of checking, and its names in seterr. */
    private static final String[] KINDS = {"divide", "over", "under", "invalid"};
    private static final List<String> MODES = Arrays.asList("ignore", "warn", "raise", "call", "print", "log");

    /** The errors of a ufunc: its name as NumPy's message says it and the flags raised. */
    record Raised(String ufunc, int flags) {
        Raised asScalar() {
            return new Raised("scalar " + ufunc, flags);
        }
    }

    /** The name NumPy 1.24's messages give an operator's ufunc (a / b is "divide"). */
    static String ufuncName(TokenType op, NpArray exponent, NpArray base) {
        if (op == TokenType.STAR_STAR && exponent.ndim() == 0 && base.ndim() > 0) { // NumPy's fast paths for a scalar exponent
            double e = exponent.values().item();
            boolean inexact = base.type.isFloating(); // an integer base takes only square's fast path
            if (e == -1 && inexact) return "reciprocal";
            if (e == 0.5 && inexact) return "sqrt";
            if (e == 2) return "square";
        }
        return Elementwise.ufuncName(op);
    }

    /** The flags of {@code r = a op b} (a and b broadcast to r's shape); 0 at once when every result is finite. */
    static int ofBinary(TokenType op, NpArray a, NpArray b, NpArray r) {
        if (r.type.isExact()) {
            if (op != TokenType.SLASH_SLASH && op != TokenType.PERCENT) return 0;
            for (double y : b.values().toArray()) if (y == 0) return DIVIDE; // integer // 0 and % 0: 0, with NumPy's warning
            return 0;
        }
        if (r.values().allFinite()) return 0;
        double[] rv = r.values().toArray();
        double[] x = a.values().broadcastTo(r.shape()).toArray(), y = b.values().broadcastTo(r.shape()).toArray();
        int flags = 0;
        for (int i = 0; i < rv.length; i++) {
            if (Double.isNaN(rv[i])) {
                if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) flags |= INVALID;
            } else if (Double.isInfinite(rv[i]) && Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                boolean pole = (op == TokenType.SLASH || op == TokenType.SLASH_SLASH) && y[i] == 0 || op == TokenType.STAR_STAR && x[i] == 0 && y[i] < 0;
                flags |= pole ? DIVIDE : OVERFLOW;
            }
        }
        return flags;
    }

    /** The flags of a function of one or two values: NaN from numbers is invalid, infinity from finite values a pole or an overflow. */
    static int ofFunction(boolean pole, NpArray r, NpArray... inputs) {
        if (r.values().allFinite()) return 0;
        double[] rv = r.values().toArray();
        double[][] in = new double[inputs.length][];
        for (int k = 0; k < inputs.length; k++) in[k] = inputs[k].values().broadcastTo(r.shape()).toArray();
        int flags = 0;
        for (int i = 0; i < rv.length; i++) {
            boolean nan = false, finite = true;
            for (double[] v : in) {
                nan |= Double.isNaN(v[i]);
                finite &= Double.isFinite(v[i]);
            }
            if (Double.isNaN(rv[i]) && !nan) flags |= INVALID;
            else if (Double.isInfinite(rv[i]) && finite) flags |= pole ? DIVIDE : OVERFLOW;
        }
        return flags;
    }

    /** The functions whose infinities at finite points are poles ("divide by zero encountered in log"). */
    static boolean hasPole(String ufunc) {
        return switch (ufunc) {
            case "log", "log2", "log10", "log1p", "arctanh", "reciprocal" -> true;
            default -> false;
        };
    }

    /** The error of casting float {@code values} to {@code target} (NaN, infinities, values beyond its C conversion): "invalid value encountered in cast". */
    static Raised ofCast(dev.adjoint.ndarray.NDArray values, NpType target) {
        double[] v = values.toArray();
        for (int i = 0; i < v.length; i++) if (target.invalidFrom(v[i], NpType.inVectorBlock(i, v.length))) return new Raised("cast", INVALID);
        return null;
    }

    /** Does what np.seterr says with each error raised, in NumPy's order; the warnings are placed at {@code at}. */
    static void issue(Raised raised, Interpreter in, Span at) {
        issue(raised, in, at, "numpy", 0);
    }

    /** Does what np.seterr says, the warnings from line {@code line} of NumPy's module {@code module} (where NumPy's Python code ran the ufunc). */
    static void issueInLibrary(Raised raised, Interpreter in, String module, long line) {
        issue(raised, in, null, module, line);
    }

    private static void issue(Raised raised, Interpreter in, Span at, String module, long line) {
        if (raised == null || raised.flags() == 0 || in == null) return;
        Modes modes = modes(in);
        for (int k = 0; k < KINDS.length; k++) {
            int flag = k == 0 ? DIVIDE : k == 1 ? OVERFLOW : k == 3 ? INVALID : 0;
            if ((raised.flags() & flag) == 0) continue;
            String text = (k == 0 ? "divide by zero" : k == 1 ? "overflow" : "invalid value") + " encountered in " + raised.ufunc();
            switch (modes.mode[k]) {
                case "warn" -> {
                    if (at != null) in.warnAtCall("RuntimeWarning", text, at);
                    else in.warnInLibrary("RuntimeWarning", text, module, line);
                }
                case "raise" -> throw new PyError("FloatingPointError", text);
                case "print" -> in.printer().writeError("Warning: " + text + "\n"); // NumPy prints to sys.stderr
                default -> { } // ignore
            }
        }
    }

    static Modes modes(Interpreter in) {
        return in.libraryState(Modes.class, Modes::new);
    }

    /** The session's modes, NumPy's defaults: warn, except underflow, ignored. */
    static final class Modes implements Undoable {
        final String[] mode = {"warn", "warn", "ignore", "warn"};

        PyDict asDict() {
            PyDict d = new PyDict();
            for (int k = 0; k < KINDS.length; k++) d.put(KINDS[k], mode[k]);
            return d;
        }

        /** Sets the modes named in a seterr/errstate call (all= first, the others over it); returns the old ones. */
        PyDict set(Args a) {
            Map<String, String> wanted = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : a.keywords().entrySet()) {
                String kind = e.getKey();
                if (!kind.equals("all") && !Arrays.asList(KINDS).contains(kind))
                    throw PyError.type(a.function() + "() got an unexpected keyword argument '" + kind + "'");
                if (e.getValue() == null) continue;
                String m = String.valueOf(Values.plain(e.getValue()));
                if (!MODES.contains(m)) throw new PyError("KeyError", dev.adjoint.lang.Repr.repr(e.getValue())).withArgs(e.getValue()); // NumPy looks the mode up in a dict
                if (m.equals("call") || m.equals("log")) throw PyError.value("adjoint's numpy has no np.seterrcall: use 'ignore', 'warn', 'raise' or 'print'");
                wanted.put(kind, m);
            }
            PyDict old = asDict();
            UndoLog.touch(this);
            if (wanted.containsKey("all")) Arrays.fill(mode, wanted.get("all"));
            for (int k = 0; k < KINDS.length; k++) if (wanted.containsKey(KINDS[k])) mode[k] = wanted.get(KINDS[k]);
            return old;
        }

        void restore(PyDict old) {
            UndoLog.touch(this);
            for (int k = 0; k < KINDS.length; k++) mode[k] = (String) old.get(KINDS[k]);
        }

        @Override
        public Runnable snapshot() {
            String[] saved = mode.clone();
            return () -> System.arraycopy(saved, 0, mode, 0, saved.length);
        }
    }

    static void add(PyModule m) {
        m.add(Builtin.of("seterr", a -> {
            a.expect(0, 0, "all", "divide", "over", "under", "invalid");
            return modes(a.interpreter()).set(a);
        }));
        m.add(Builtin.of("geterr", a -> modes(a.expect(0, 0).interpreter()).asDict()));
        m.add(Builtin.of("errstate", a -> {
            a.expect(0, 0, "all", "divide", "over", "under", "invalid");
            return new ErrState(a);
        }));
    }

    /** np.errstate(divide='ignore', ...): the modes set for a with block, put back when it ends. */
    static final class ErrState implements HostObject, ContextManager {
        private final Args settings;
        private Modes modes;
        private PyDict saved;

        ErrState(Args settings) {
            this.settings = settings;
        }

        @Override
        public Object enter(Interpreter interpreter) {
            modes = modes(interpreter);
            saved = modes.set(settings);
            return null;
        }

        @Override
        public void exit() {
            modes.restore(saved);
        }

        @Override
        public String typeName() {
            return "errstate";
        }
    }
}
