package dev.adjoint.lang.lib;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.TorchDtype;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * torch.finfo(dtype) and torch.iinfo(dtype): the limits of the type a program names, as PyTorch
 * reports them (float32's eps is float32's even though adjoint computes float32 requests in
 * float64: code uses it as a constant, e.g. {@code eps = torch.finfo(torch.float32).eps}).
 */
public final class TorchTypeInfo implements HostObject {
    private final String kind; // finfo or iinfo
    private final Map<String, Object> fields;

    private TorchTypeInfo(String kind, Map<String, Object> fields) {
        this.kind = kind;
        this.fields = fields;
    }

    static void addTo(PyModule m) {
        m.add(Builtin.of("finfo", a -> {
            a.expect(0, 1, "type");
            TorchDtype d = dtype(a, "finfo");
            String name = d == null ? (a.interpreter().torchRandom().defaultDouble() ? "float64" : "float32") : d.shortName();
            Map<String, Object> f = new LinkedHashMap<>();
            switch (name) {
                case "float64" -> floating(f, 64, 1e-15, Double.MAX_VALUE, Math.ulp(1.0), Double.MIN_NORMAL);
                case "float32" -> floating(f, 32, 1e-6, Float.MAX_VALUE, Math.ulp(1.0f), Float.MIN_NORMAL);
                case "float16" -> floating(f, 16, 1e-3, 65504.0, 0.0009765625, 6.103515625e-05);
                case "bfloat16" -> floating(f, 16, 0.01, 3.3895313892515355e+38, 0.0078125, 1.1754943508222875e-38);
                default -> throw PyError.type("torch.finfo() requires a floating point input type. Use torch.iinfo to handle 'torch.finfo'");
            }
            f.put("dtype", name);
            return new TorchTypeInfo("finfo", f);
        }));
        m.add(Builtin.of("iinfo", a -> {
            a.expect(1, 1, "type");
            TorchDtype d = dtype(a, "iinfo");
            if (d == null || d.isFloatingPoint() || d.shortName().equals("bool"))
                throw PyError.type("torch.iinfo() requires an integer input type. Use torch.finfo to handle 'torch.iinfo'"); // sic, 1.13's text
            Map<String, Object> f = new LinkedHashMap<>();
            int bits = switch (d.shortName()) {
                case "int32" -> 32;
                case "int16" -> 16;
                case "int8", "uint8" -> 8;
                default -> 64;
            };
            boolean unsigned = d.shortName().equals("uint8");
            f.put("bits", (long) bits);
            f.put("min", unsigned ? 0L : -(1L << (bits - 1)));
            f.put("max", unsigned ? 255L : bits == 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1);
            f.put("dtype", d.shortName());
            return new TorchTypeInfo("iinfo", f);
        }));
    }

    /** promote_types, can_cast and result_type: PyTorch's type promotion, asked directly. */
    static void addPromotionTo(PyModule m) {
        m.add(Builtin.of("promote_types", given -> {
            Args a = given.positionalFrom("type1", "type2").expect(2, 2);
            return promote(type(a, 0, "type1"), type(a, 1, "type2"));
        }));
        m.add(Builtin.of("can_cast", given -> { // PyTorch's canCast: floating to integral and anything but bool to bool cannot
            Args a = given.expect(2, 2);
            TorchDtype from = type(a, 0, "from"), to = type(a, 1, "to");
            if (from.isFloatingPoint()) return to.isFloatingPoint();
            return !to.shortName().equals("bool") || from.shortName().equals("bool");
        }));
        m.add(Builtin.of("result_type", given -> {
            Args a = given.positionalFrom("tensor1", "tensor2").expect(2, 2);
            return TorchDtype.of(dev.adjoint.autograd.DType.of(dev.adjoint.lang.TensorFunctions.operand(a, a.get(0), "tensor1"),
                    dev.adjoint.lang.TensorFunctions.operand(a, a.get(1), "tensor2")));
        }));
    }

    private static TorchDtype type(Args a, int index, String name) {
        if (a.get(index) instanceof TorchDtype d) return d;
        throw PyError.type(a.function() + "(): argument '" + name + "' (position " + (index + 1) + ") must be torch.dtype, not "
                + dev.adjoint.lang.Values.typeName(a.get(index)));
    }

    /** PyTorch's promote_types by name: the wider float (float16 with bfloat16 is float32), a float over any integer, else the integers' rule. */
    private static TorchDtype promote(TorchDtype x, TorchDtype y) {
        if (x.isFloatingPoint() && y.isFloatingPoint()) {
            int rx = floatRank(x.shortName()), ry = floatRank(y.shortName());
            if (rx == ry && !x.name().equals(y.name())) return new TorchDtype(dev.adjoint.autograd.DType.FLOAT64, "torch.float32");
            return rx >= ry ? x : y;
        }
        if (x.isFloatingPoint() || y.isFloatingPoint()) return x.isFloatingPoint() ? x : y;
        return TorchDtype.of(dev.adjoint.autograd.DType.promote(x.dtype(), y.dtype()));
    }

    private static int floatRank(String name) {
        return switch (name) {
            case "float16", "bfloat16" -> 0;
            case "float32" -> 1;
            default -> 2;
        };
    }

    private static TorchDtype dtype(Args a, String function) {
        Object v = a.option(0, "type", null);
        if (v == null || v instanceof TorchDtype) return (TorchDtype) v;
        throw PyError.type(function + "(): argument 'type' (position 1) must be torch.dtype, not " + dev.adjoint.lang.Values.typeName(v));
    }

    private static void floating(Map<String, Object> f, int bits, double resolution, double max, double eps, double tiny) {
        f.put("bits", (long) bits);
        f.put("eps", eps);
        f.put("max", max);
        f.put("min", -max);
        f.put("tiny", tiny);
        f.put("smallest_normal", tiny);
        f.put("resolution", resolution);
    }

    @Override
    public String typeName() {
        return kind;
    }

    /** torch.finfo or torch.iinfo, as CPython names the type in messages (unhashable type: 'torch.finfo'). */
    public String qualifiedTypeName() {
        return "torch." + kind;
    }

    // as PyTorch's finfo/iinfo __eq__: equal when of the same dtype (an info holds no other state)
    @Override
    public boolean equals(Object o) {
        return o instanceof TorchTypeInfo t && t.kind.equals(kind) && t.fields.get("dtype").equals(fields.get("dtype"));
    }

    @Override
    public int hashCode() {
        return fields.get("dtype").hashCode();
    }

    @Override
    public Object attribute(String name) {
        return fields.get(name);
    }

    @Override
    public Collection<String> attributeNames() {
        return fields.keySet();
    }

    /** As PyTorch prints it: finfo(resolution=1e-06, min=-3.40282e+38, ..., dtype=float32), numbers as C's %g. */
    @Override
    public String toString() {
        String[] order = kind.equals("finfo") ? new String[] {"resolution", "min", "max", "eps", "smallest_normal", "tiny"} : new String[] {"min", "max"};
        StringBuilder sb = new StringBuilder(kind).append('(');
        for (String k : order) sb.append(k).append('=').append(percentG(((Number) fields.get(k)).doubleValue())).append(", ");
        return sb.append("dtype=").append(fields.get("dtype")).append(')').toString();
    }

    /** C's %g (as C++ streams print a double): 6 significant digits, trailing zeros dropped, an exponent of at least two digits. */
    public static String percentG(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        String s = String.format(Locale.ROOT, "%.6g", v);
        String mantissa = s, exponent = "";
        int e = s.indexOf('e');
        if (e >= 0) {
            mantissa = s.substring(0, e);
            exponent = s.substring(e);
        }
        if (mantissa.contains(".")) mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        return mantissa + exponent;
    }
}
