package dev.adjoint.lang;

import dev.adjoint.autograd.Autograd;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.Views;
import dev.adjoint.autograd.op.InPlace;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.autograd.op.OrderStatistics;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * PyTorch's functions of a tensor, each written once: {@code x.sum(dim=1)} and
 * {@code torch.sum(x, dim=1)} are the same entry, called with the tensor as the first positional
 * argument. Arguments follow PyTorch ({@code dim=}/{@code keepdim=}, NumPy's {@code axis=} and
 * {@code keepdims=} accepted too), results are Python values where PyTorch gives them
 * ({@code item()}, {@code tolist()}, {@code size()}).
 */
public final class TensorFunctions {
    /**
     * The functions in families, one a section below, each made at the first lookup of a name that
     * no family after it has (see {@link BuiltinTable}): linking all ~180 lambdas took ~45 ms of a
     * short script's first {@code x.backward()}; a script that calls backward() and item() makes the
     * last two families only. {@code import torch} makes all.
     */
    private static final Map<String, Builtin.Fn> TABLE = newTable();

    /** The family being made: the map {@link #add} puts into (one family is made at a time). */
    private static Map<String, Builtin.Fn> making;

    private TensorFunctions() {}

    /** Name to function; the first positional argument is the tensor. */
    public static Map<String, Builtin.Fn> table() {
        return TABLE;
    }

    /** A table of the functions with no family made yet (the session's is {@link #table}). */
    static BuiltinTable<Builtin.Fn> newTable() {
        return new BuiltinTable<>(List.of(
                family(TensorFunctions::elementwise),
                family(TensorFunctions::reductions),
                family(TensorFunctions::shapes),
                family(TensorFunctions::newTensors),
                family(TensorFunctions::inPlaceMethods),
                family(TensorFunctions::information), // searched second: item(), tolist(), size() come early in a script
                family(TensorFunctions::autograd)));
    }

    private static BuiltinTable.Family<Builtin.Fn> family(Runnable section) {
        return BuiltinTable.Family.later(into -> {
            synchronized (TensorFunctions.class) {
                Map<String, Builtin.Fn> outer = making;
                making = into;
                try {
                    section.run();
                } finally {
                    making = outer;
                }
            }
        });
    }

    private static void add(String name, Builtin.Fn fn) {
        making.put(name, DimArguments.guarded(name, fn));
    }

    /** A function whose parameters, in order, may also come by keyword: torch.lerp(a, end=b, weight=0.5), x.tile(dims=(2,)). */
    private static void add(String name, Builtin.Fn fn, String... parameters) {
        add(name, a -> fn.apply(a.positionalFrom(parameters)));
    }

    private static void unary(String name, UnaryOperator<Tensor> f) {
        add(name, a -> f.apply(self(a.size() == 0 ? a : a.expect(1, 1))), "input"); // none: PyTorch's "missing" message (self's)
    }

    private static void inPlace(String name, UnaryOperator<Tensor> f) {
        add(name, a -> f.apply(self(a.expect(1, 1))));
    }

    /** A binary function of two tensors: a number for other is PyTorch's TypeError, as for hypot. */
    private static void binaryOfTensors(String name, BinaryOperator<Tensor> f) {
        add(name, a -> f.apply(self(a.expect(2, 2)), tensor(a, a.get(1), "other", 2)), "input", "other");
    }

    private static void binary(String name, BinaryOperator<Tensor> f) {
        add(name, a -> f.apply(self(a.expect(2, 2)), operand(a, a.get(1), "other")), "input", "other");
    }

    private static void elementwise() {
        unary("exp", Ops::exp);
        unary("log", Ops::log);
        unary("log2", Ops::log2);
        unary("log10", Ops::log10);
        unary("log1p", Ops::log1p);
        unary("expm1", Ops::expm1);
        unary("sin", Ops::sin);
        unary("cos", Ops::cos);
        unary("tan", Ops::tan);
        unary("tanh", Ops::tanh);
        for (String name : new String[] {"asin", "arcsin"}) unary(name, Ops::asin);
        for (String name : new String[] {"acos", "arccos"}) unary(name, Ops::acos);
        for (String name : new String[] {"atan", "arctan"}) unary(name, Ops::atan);
        for (String name : new String[] {"asinh", "arcsinh"}) unary(name, Ops::asinh);
        for (String name : new String[] {"acosh", "arccosh"}) unary(name, Ops::acosh);
        for (String name : new String[] {"atanh", "arctanh"}) unary(name, Ops::atanh);
        unary("sinh", Ops::sinh);
        unary("cosh", Ops::cosh);
        unary("exp2", Ops::exp2);
        unary("erfc", Ops::erfc);
        unary("erfinv", Ops::erfinv);
        unary("lgamma", Ops::lgamma);
        unary("digamma", Ops::digamma);
        unary("i0", Ops::i0);
        unary("frac", Ops::frac);
        unary("sinc", Ops::sinc);
        unary("deg2rad", Ops::deg2rad);
        unary("rad2deg", Ops::rad2deg);
        add("polygamma", a -> { // torch.polygamma(n, input); x.polygamma(n)
            boolean method = calledOnTensor(a);
            a = a.positionalFrom(method ? new String[] {"input", "n"} : new String[] {"n", "input"}).expect(0, 2);
            Object n = a.size() > (method ? 1 : 0) ? a.get(method ? 1 : 0) : null, x = a.size() > (method ? 0 : 1) ? a.get(method ? 0 : 1) : null;
            if (n == null || x == null) throw PyError.type("polygamma() missing required argument '" + (n == null ? "n" : "input") + "'");
            if (!PyNumbers.isInt(Values.plain(n)))
                throw PyError.type("polygamma(): argument 'n' (position 1) must be int, not " + Values.typeName(n));
            long order = Values.toLong(Values.plain(n), "n");
            if (order < 0) throw new AutogradException("polygamma(n, x) does not support negative n.");
            return Ops.polygamma((int) order, tensor(a, x, "input", 2));
        });
        add("lerp", a -> { // lerp(input, end, weight): weight a number or a tensor
            Tensor x = self(a.expect(3, 3));
            Object w = a.get(2);
            boolean number = PyNumbers.isNumber(Values.plain(w));
            return Ops.lerp(x, tensor(a, a.get(1), "end", 2), operand(a, w, "weight"), number);
        }, "input", "end", "weight");
        add("addcmul", a -> addcmul(a, false, false), "input", "tensor1", "tensor2");
        add("addcdiv", a -> addcmul(a, true, false), "input", "tensor1", "tensor2");
        add("clamp_min", a -> { Tensor x = self(a.expect(2, 2)); return Ops.clampMin(x, boundOf(a, x, 1, "min")); }, "input", "min");
        add("clamp_max", a -> { Tensor x = self(a.expect(2, 2)); return Ops.clampMax(x, boundOf(a, x, 1, "max")); }, "input", "max");
        binaryOfTensors("fmax", (x, y) -> Ops.fmax(x, y, false));
        binaryOfTensors("fmin", (x, y) -> Ops.fmax(x, y, true));
        add("nan_to_num", a -> nanToNum(a, false), "input", "nan", "posinf", "neginf");
        add("nan_to_num_", a -> nanToNum(a, true), "input", "nan", "posinf", "neginf");
        binaryOfTensors("hypot", Ops::hypot);
        binaryOfTensors("nextafter", Ops::nextafter);
        binaryOfTensors("logaddexp", Ops::logaddexp);
        add("logit", a -> { // logit(input, eps=None)
            Tensor x = self(a.expect(1, 2, "eps"));
            Object eps = Values.plain(a.option(1, "eps", null));
            return Ops.logit(x, eps == null ? null : PyNumbers.toDouble(eps));
        });
        unary("sigmoid", Ops::sigmoid);
        unary("erf", Ops::erf);
        unary("inverse", Ops::inv);
        unary("det", Ops::det);
        unary("relu", Ops::relu);
        unary("sqrt", Ops::sqrt);
        unary("rsqrt", Ops::rsqrt);
        unary("abs", Ops::abs);
        unary("absolute", Ops::abs);
        unary("neg", Ops::neg);
        unary("negative", Ops::neg);
        unary("sign", Ops::sign);
        unary("floor", Ops::floor);
        unary("ceil", Ops::ceil);
        add("round", a -> { // round(*, decimals=0): PyTorch's round(x · 10^d) / 10^d (for d < 0: round(x / 10^-d) · 10^-d)
            Tensor x = self(a.expect(1, 1, "decimals"));
            long d = a.has("decimals") ? Values.toLong(Values.plain(a.keyword("decimals")), "decimals") : 0;
            if (d == 0) return Ops.round(x);
            Tensor scale = Ops.scalar(Math.pow(10, Math.abs(d)));
            return d > 0 ? Ops.div(Ops.round(Ops.mul(x, scale)), scale) : Ops.mul(Ops.round(Ops.div(x, scale)), scale);
        });
        unary("trunc", Ops::trunc);
        unary("square", Ops::square);
        unary("reciprocal", Ops::reciprocal);
        unary("clone", Ops::clone);
        unary("detach", Tensor::detach);
        unary("contiguous", t -> Views.isTorchContiguous(t) ? t : Ops.contiguous(t));
        unary("cpu", t -> t);
        add("get_device", a -> {
            self(a.expect(1, 1));
            return -1L; // PyTorch's answer for a CPU tensor
        });
        unary("t", t -> Views.of(t, Ops::t));
        unary("logical_not", t -> Ops.logicalNot(t.to(DType.BOOL)));
        unary("isnan", t -> Ops.ne(t, t));
        unary("isinf", t -> Tensor.constant(t.value().map(v -> Double.isInfinite(v) ? 1 : 0), DType.BOOL));
        unary("isfinite", t -> Tensor.constant(t.value().map(v -> Double.isFinite(v) ? 1 : 0), DType.BOOL));
        add("add", a -> alpha(a, false, false), "input", "other");
        add("sub", a -> alpha(a, true, false), "input", "other");
        add("subtract", a -> alpha(a, true, false));
        binary("mul", Ops::mul);
        binary("multiply", Ops::mul);
        add("div", TensorFunctions::div);
        add("divide", TensorFunctions::div);
        binary("true_divide", Ops::div);
        add("pow", a -> {
            a.expect(2, 2, "exponent");
            if (PyNumbers.isNumber(Values.plain(a.get(0)))) return Ops.pow(TensorOperators.operand(a.get(0)), operand(a, a.get(1), "exponent")); // torch.pow(2, x)
            Tensor x = self(a);
            Object e = a.option(1, "exponent", null);
            return PyNumbers.isNumber(e) ? Ops.powNumber(x, TensorOperators.scalar(e)) : Ops.pow(x, operand(a, e, "exponent"));
        });
        binary("matmul", Ops::matmul);
        binary("mm", (x, y) -> matrices("mm", x, y, 2, 2));
        binary("mv", (x, y) -> matrices("mv", x, y, 2, 1));
        binary("dot", (x, y) -> matrices("dot", x, y, 1, 1));
        binary("bmm", (x, y) -> {
            checkMatrices("bmm", x, y, 3, 3);
            return Ops.bmm(x, y);
        });
        add("addmm", a -> { // addmm(input, mat1, mat2, *, beta=1, alpha=1) = beta input + alpha (mat1 @ mat2)
            Tensor input = self(a.expect(3, 3, "beta", "alpha")), m1 = tensor(a, a.get(1), "mat1", 2), m2 = tensor(a, a.get(2), "mat2", 3);
            for (Tensor m : List.of(m1, m2))
                if (m.ndim() != 2) throw new dev.adjoint.autograd.AutogradException((m == m1 ? "mat1" : "mat2") + " must be a matrix, got " + m.ndim() + "-D tensor");
            double beta = number(a, -1, "beta", 1), alpha = number(a, -1, "alpha", 1);
            checkMatrices("mm", m1, m2, 2, 2);
            if (beta != 1) input = Ops.mul(input, Ops.scalar(beta));
            if (alpha != 1) m1 = Ops.mul(m1, Ops.scalar(alpha));
            return Ops.addmm(input, m1, m2);
        });
        add("outer", a -> {
            Tensor x = self(a.expect(2, 2)), y = operand(a, a.get(1), "vec2");
            for (Tensor v : List.of(x, y))
                if (v.ndim() != 1) throw new PyError("RuntimeError", "outer: Expected 1-D argument " + (v == x ? "self" : "vec2") + ", but got " + v.ndim() + "-D");
            return Ops.mul(Ops.unsqueeze(x, -1), y);
        }, "input", "vec2");
        binaryOfTensors("maximum", Ops::maximum);
        binaryOfTensors("minimum", Ops::minimum);
        add("remainder", a -> {
            Tensor x = self(a.expect(2, 2, "other"));
            Object other = a.option(1, "other", null);
            Tensor y = operand(a, other, "other");
            return TensorOperators.remainder(TensorOperators.checkDivisor(x, y), y, TensorOperators.isNumber(other));
        });
        binary("fmod", (x, y) -> Ops.fmod(TensorOperators.checkDivisor(x, y), y));
        binaryOfTensors("atan2", Ops::atan2);
        binaryOfTensors("arctan2", Ops::atan2);
        add("xlogy", a -> {
            Tensor x = self(a.expect(2, 2, "other"));
            Object other = a.option(1, "other", null);
            return Ops.xlogy(x, operand(a, other, "other"), TensorOperators.isNumber(other));
        });
        binary("floor_divide", (x, y) -> TensorOperators.binary(TokenType.SLASH_SLASH, x, y));
        binary("eq", Ops::eq);
        binary("ne", Ops::ne);
        binary("lt", Ops::lt);
        binary("le", Ops::le);
        binary("gt", Ops::gt);
        binary("ge", Ops::ge);
        binary("greater", Ops::gt);
        binary("less", Ops::lt);
        binary("not_equal", Ops::ne);
        binary("less_equal", Ops::le);
        binary("greater_equal", Ops::ge);
        binaryOfTensors("logical_and", (x, y) -> Ops.logicalAnd(x.to(DType.BOOL), y.to(DType.BOOL)));
        binaryOfTensors("logical_or", (x, y) -> Ops.logicalOr(x.to(DType.BOOL), y.to(DType.BOOL)));
        binaryOfTensors("logical_xor", (x, y) -> Ops.logicalXor(x.to(DType.BOOL), y.to(DType.BOOL)));
        add("equal", a -> {
            Tensor x = self(a.expect(2, 2)), y = operand(a, a.get(1), "other");
            return x.value().equalTo(y.value(), false);
        });
        add("clamp", TensorFunctions::clamp);
        add("clip", TensorFunctions::clamp);
        add("where", a -> {
            // x.where(condition, y): x where condition holds, else y
            Tensor x = self(a.expect(3, 3));
            if (!(Values.plain(a.get(2)) instanceof Tensor)) // the method takes no number, as PyTorch 1.13's
                throw PyError.type("where(): argument 'other' (position 2) must be Tensor, not " + Values.typeName(a.get(2)));
            return Ops.where(whereCondition(operand(a, a.get(1), "condition")), x, operand(a, a.get(2), "other"));
        });
        add("masked_fill", a -> {
            Tensor x = self(a.expect(3, 3, "mask", "value"));
            return Ops.maskedFill(x, condition(a, a.option(1, "mask", null)), valueFor(a, x));
        });
    }

    private static void reductions() {
        add("sum", a -> reduce(a, (x, d, k) -> Ops.sum(x, d, k, givenDims(a, d)), true));
        add("mean", a -> reduce(a, (x, d, k) -> Ops.mean(x, d, k, givenDims(a, d)), true));
        add("nansum", a -> reduce(a, (x, d, k) -> Ops.sum(x.dtype().isFloating() ? Ops.where(Ops.ne(x, x), Tensor.constant(0), x) : x, d, k), true)); // no NaN in integers: their sum's type
        add("prod", a -> reduce(a, (x, d, k) -> Ops.prod(x, d, k), true));
        add("amax", a -> reduce(a, (x, d, k) -> Ops.amax(x, d, k, false), false));
        add("amin", a -> reduce(a, (x, d, k) -> Ops.amax(x, d, k, true), false));
        add("max", a -> extremum(a, false));
        add("min", a -> extremum(a, true));
        add("argmax", a -> argExtremum(a, false));
        add("argmin", a -> argExtremum(a, true));
        add("sort", a -> {
            Tensor x = self(a.expect(1, 3, "dim", "descending", "stable"));
            Tensor[] vi = Ops.sort(x, dim(a, a.option(1, "dim", -1L), x.ndim()), a.bool(2, "descending", false));
            return new ReturnTypes("sort", vi[0], vi[1]);
        });
        add("argsort", a -> {
            Tensor x = self(a.expect(1, 3, "dim", "descending", "stable"));
            return Ops.sort(x, dim(a, a.option(1, "dim", -1L), x.ndim()), a.bool(2, "descending", false))[1];
        });
        add("topk", a -> { // ties and sorted=False in the order PyTorch's CPU kernel leaves them (TopkOrder)
            Tensor x = self(a.expect(1, 5, "k", "dim", "largest", "sorted"));
            Object k = a.option(1, "k", null);
            if (k == null) throw PyError.type("topk() missing 1 required positional arguments: \"k\"");
            Tensor[] vi = Ops.topk(x, intArgument(a, "k", k), dim(a, a.option(2, "dim", -1L), x.ndim()), a.bool(3, "largest", true), a.bool(4, "sorted", true));
            return new ReturnTypes("topk", vi[0], vi[1]);
        });
        add("median", a -> medianOf(a, false));
        add("nanmedian", a -> medianOf(a, true));
        add("kthvalue", a -> {
            Tensor x = self(a.expect(1, 4, "k", "dim", "keepdim"));
            Object k = a.option(1, "k", null);
            if (k == null) throw PyError.type("kthvalue() missing 1 required positional arguments: \"k\"");
            Tensor[] vi = OrderStatistics.kthvalue(x, intArgument(a, "k", k), dim(a, a.option(2, "dim", -1L), Math.max(x.ndim(), 1)), keepdim(a, 3));
            return new ReturnTypes("kthvalue", vi[0], vi[1]);
        });
        add("mode", a -> {
            Tensor x = self(a.expect(1, 3, "dim", "keepdim"));
            Tensor[] vi = OrderStatistics.mode(x, dim(a, a.option(1, "dim", -1L), Math.max(x.ndim(), 1)), keepdim(a, 2));
            return new ReturnTypes("mode", vi[0], vi[1]);
        });
        for (String name : new String[] {"cummax", "cummin"})
            add(name, a -> {
                Tensor x = self(a.expect(1, 2, "dim"));
                if (a.option(1, "dim", null) == null) throw missingDim(a, "tuple of Tensors");
                Tensor[] vi = Ops.cumulativeExtreme(x, dim(a, a.option(1, "dim", null), Math.max(x.ndim(), 1)), name.equals("cummin"));
                return new ReturnTypes(name, vi[0], vi[1]);
            });
        add("logsumexp", a -> {
            Tensor x = self(a.expect(1, 3, "dim", "keepdim", "axis", "keepdims"));
            int[] dims = dims(a, 1, x.ndim(), true);
            boolean keep = keepdim(a, 2);
            if (!keep && x.ndim() > 0 && x.value().size() > 0 && emptyDimList(a, 1)) // 1.13 keeps its max's ones, then adds them to a 0-d sum
                throw new PyError("RuntimeError", "output with shape [] doesn't match the broadcast shape " + Arrays.toString(ones(x.ndim())));
            return Ops.logsumexp(x, dims, keep);
        });
        add("softmax", a -> Ops.softmax(castTo(a, 2, self(a.expect(1, 3, "dim", "dtype", "axis"))), softmaxDim(a)));
        add("log_softmax", a -> Ops.logSoftmax(castTo(a, 2, self(a.expect(1, 3, "dim", "dtype", "axis"))), softmaxDim(a)));
        add("cumsum", a -> {
            Tensor x = self(a.expect(1, 2, "dim", "axis", "dtype"));
            if (a.keyword("dtype") == null) return Ops.cumsum(x, requiredDim(a, 1, x));
            DType type = TorchDtype.of(a.keyword("dtype"), a);
            Tensor sums = Ops.cumsum(x.to(type), requiredDim(a, 1, x)); // PyTorch casts before it sums, and sums in that type
            return sums.dtype() == type ? sums : sums.to(type); // a narrow integer type wraps around: int8 100 + 100 is -56
        });
        add("logcumsumexp", a -> {
            Tensor x = self(a.expect(1, 2, "dim"));
            if (a.option(1, "dim", null) == null) throw missingDim(a, "Tensor");
            return Ops.logcumsumexp(x, dim(a, a.option(1, "dim", null), Math.max(x.ndim(), 1)));
        });
        add("var", a -> spread(a, false));
        add("std", a -> spread(a, true));
        add("norm", TensorFunctions::norm);
        add("all", a -> logicalReduce(a, true));
        add("any", a -> logicalReduce(a, false));
        add("count_nonzero", a -> {
            Tensor x = self(a.expect(1, 2, "dim"));
            return Ops.sum(Ops.ne(x, Tensor.constant(0)), dims(a, 1, x.ndim(), false), false);
        });
    }

    private static void shapes() {
        add("view", a -> {
            Tensor x = self(a);
            int[] s = sizes(a, 1);
            return view(x, y -> Ops.view(y, s));
        });
        add("reshape", a -> {
            int[] s = sizes(a, 1);
            return reshape(self(a), y -> Ops.reshape(y, s));
        });
        add("view_as", a -> {
            int[] s = operand(a, a.get(1), "other").shape();
            return view(self(a.expect(2, 2)), y -> Ops.view(y, s));
        });
        add("reshape_as", a -> {
            int[] s = operand(a, a.get(1), "other").shape();
            return reshape(self(a.expect(2, 2)), y -> Ops.reshape(y, s));
        });
        add("flatten", a -> {
            Tensor x = self(a.expect(1, 3, "start_dim", "end_dim"));
            int n = Math.max(x.ndim(), 1);
            int s = dim(a, a.option(1, "start_dim", 0L), n), e = dim(a, a.option(2, "end_dim", -1L), n);
            return reshape(x, y -> Ops.flatten(y, s, e));
        });
        add("squeeze", a -> {
            Tensor x = self(a.expect(1, 2, "dim"));
            Integer axis = squeezeDim(a, x);
            return Views.of(x, y -> Ops.squeeze(y, axis));
        });
        add("unsqueeze", a -> {
            Tensor x = self(a.expect(1, 2, "dim"));
            int axis = unsqueezeDim(a, x);
            return Views.of(x, y -> Ops.unsqueeze(y, axis));
        });
        add("transpose", a -> {
            Tensor x = self(a.expect(3, 3, "dim0", "dim1"));
            transposeDims(a, x); // checks them
            int[] d = {givenDim(a.option(1, "dim0", null)), givenDim(a.option(2, "dim1", null))}; // the node saves them as given
            return Views.of(x, y -> Ops.transpose(y, d[0], d[1]));
        });
        add("swapaxes", making.get("transpose"));
        add("swapdims", making.get("transpose"));
        // the in-place view ops: x keeps its identity and takes the new layout (see Tensor.restrideInPlace)
        add("squeeze_", a -> {
            Tensor x = self(a.expect(1, 2, "dim"));
            return InPlace.squeeze(x, squeezeDim(a, x));
        });
        add("unsqueeze_", a -> {
            Tensor x = self(a.expect(1, 2, "dim"));
            return InPlace.unsqueeze(x, unsqueezeDim(a, x));
        });
        add("transpose_", a -> {
            Tensor x = self(a.expect(3, 3, "dim0", "dim1"));
            int[] d = transposeDims(a, x);
            return InPlace.transpose(x, d[0], d[1]);
        });
        add("swapaxes_", making.get("transpose_"));
        add("swapdims_", making.get("transpose_"));
        add("t_", a -> InPlace.t(self(a.expect(1, 1))));
        add("resize_", a -> InPlace.resize(self(a.expect(1, Integer.MAX_VALUE, "size")), sizes(a, 1)));
        add("resize_as_", a -> InPlace.resize(self(a.expect(2, 2, "the_template")), tensor(a, a.option(1, "the_template", null), "the_template", 2).shape()));
        add("tile", ArrangingFunctions::tile); // dims= only as a tuple: tile(dims=2) is a TypeError
        add("repeat_interleave", ArrangingFunctions::repeatInterleave, "input", "repeats", "dim");
        add("diff", ArrangingFunctions::diff, "input", "n", "dim", "prepend", "append");
        add("movedim", ArrangingFunctions::movedim, "input", "source", "destination");
        add("moveaxis", ArrangingFunctions::movedim, "input", "source", "destination");
        add("unflatten", ArrangingFunctions::unflatten, "input", "dim", "sizes");
        add("trace", ArrangingFunctions::trace, "input");
        add("permute", a -> {
            Tensor x = self(a);
            int[] p = sizes(a, 1);
            if (p.length != x.ndim())
                throw new PyError("RuntimeError", "permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = "
                        + x.ndim() + " is not equal to len(dims) = " + p.length);
            for (int d : p) dim(a, (long) d, x.ndim()); // checks each; the node saves them as given
            return Views.of(x, y -> Ops.permute(y, p));
        });
        add("expand", a -> {
            int[] s = sizes(a, 1);
            return Views.of(self(a), y -> Ops.expand(y, s));
        });
        add("expand_as", a -> {
            int[] s = operand(a, a.get(1), "other").shape();
            return Views.of(self(a.expect(2, 2)), y -> Ops.expand(y, s));
        });
        add("broadcast_to", a -> {
            int[] s = sizes(a, 1);
            return Views.of(self(a), y -> Ops.broadcastTo(y, s));
        });
        add("narrow", TensorFunctions::narrow);
        add("narrow_copy", a -> Ops.withoutDerivative(self(a), "narrow_copy", narrow(a).value())); // a copy without a derivative in PyTorch 1.13
        add("select", a -> {
            Tensor x = self(a.expect(3, 3, "dim", "index"));
            if (x.ndim() == 0) throw PyError.index("select() cannot be applied to a 0-dim tensor.");
            int d = dim(a, a.option(1, "dim", null), x.ndim());
            int size = x.shape()[d];
            long i = Values.toLong(a.option(2, "index", null), "index");
            if (i < -size || i >= size)
                throw PyError.index("select(): index " + i + " out of range for tensor of size " + Tensor.torchShape(x.shape()) + " at dimension " + d);
            return Views.of(x, y -> along(d, new dev.adjoint.ndarray.Index.At((int) i), y));
        });
        add("stride", a -> {
            Tensor x = self(a.expect(1, 2, "dim"));
            long[] s = Views.torchStrides(x);
            if (a.size() == 1 && !a.has("dim")) {
                List<Object> out = new ArrayList<>();
                for (long v : s) out.add(v);
                return Values.tuple(out);
            }
            return s[dimOf(a, x, a.option(1, "dim", null))];
        });
        add("storage_offset", a -> Views.storageOffset(self(a.expect(1, 1))));
        add("diagonal", a -> {
            Tensor x = self(a.expect(1, 4, "offset", "dim1", "dim2"));
            long offset = Values.toLong(Values.plain(a.option(1, "offset", 0L)), "offset");
            int d1 = dim(a, a.option(2, "dim1", 0L), x.ndim()), d2 = dim(a, a.option(3, "dim2", 1L), x.ndim());
            if (d1 == d2) throw new PyError("RuntimeError", "diagonal dimensions cannot be identical " + a.option(2, "dim1", 0L) + ", " + a.option(3, "dim2", 1L));
            return Views.of(x, diagonal(x.shape(), offset, d1, d2));
        });
        add("unbind", a -> {
            Tensor x = self(a.expect(1, 2, "dim"));
            int d = dimOf(a, x, a.option(1, "dim", 0L));
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < x.shape()[d]; i++) out.add(Views.of(x, picked(x.shape(), d, new dev.adjoint.ndarray.Index.At(i), "UnbindBackward0")));
            return Values.tuple(out);
        });
        add("chunk", a -> {
            Tensor x = self(a.expect(2, 3, "chunks", "dim"));
            long chunks = Values.toLong(Values.plain(a.option(1, "chunks", null)), "chunks");
            if (chunks <= 0) throw new PyError("RuntimeError", "chunk expects `chunks` to be greater than 0, got: " + chunks);
            int d = dimOf(a, x, a.option(2, "dim", 0L));
            return pieces(x, d, (x.shape()[d] + chunks - 1) / chunks, "SplitBackward0");
        });
        add("split", a -> {
            Tensor x = self(a.expect(2, 3, "split_size_or_sections", "split_size", "dim"));
            Object sizes = Values.plain(a.has("split_size") ? a.keyword("split_size") : a.option(1, "split_size_or_sections", null));
            int d = dimOf(a, x, a.option(2, "dim", 0L));
            int n = x.shape()[d];
            if (!(sizes instanceof List<?> sections)) {
                long size = Values.toLong(sizes, "split_size");
                if (size < 0) throw new PyError("RuntimeError", "split expects split_size be non-negative, but got split_size=" + size);
                if (size == 0 && n != 0) throw new PyError("RuntimeError", "split_size can only be 0 if dimension size is 0, but got dimension size of " + n);
                return pieces(x, d, Math.max(size, 1), "SplitBackward0");
            }
            long total = 0;
            for (Object s : sections) total += Values.toLong(Values.plain(s), "split_sizes");
            if (total != n)
                throw new PyError("RuntimeError", "split_with_sizes expects split_sizes to sum exactly to " + n + " (input tensor's size at dimension " + d
                        + "), but got split_sizes=" + Repr.repr(new PyList(sections.stream().map(Values::plain).toList())));
            List<Object> out = new ArrayList<>();
            int from = 0;
            for (Object s : sections) {
                int to = from + (int) Values.toLong(Values.plain(s), "split_sizes");
                out.add(Views.of(x, picked(x.shape(), d, new dev.adjoint.ndarray.Index.Slice(from, to, null), "SplitWithSizesBackward0")));
                from = to;
            }
            return Values.tuple(out);
        });
        add("gather", a -> {
            Tensor x = self(a.expect(3, 3, "dim", "index"));
            return Ops.gather(x, dim(a, a.option(1, "dim", null), Math.max(x.ndim(), 1)), indexTensor(a, a.option(2, "index", null)));
        });
        add("roll", a -> { // roll(input, shifts, dims=None)
            Tensor x = self(a.expect(1, 3, "shifts", "dims"));
            if (!a.has("shifts") && a.size() < 2) throw PyError.type(a.function() + "() missing 1 required positional arguments: \"shifts\"");
            Object s = a.option(1, "shifts", null), d = a.option(2, "dims", null);
            int[] shifts = a.ints(Values.plain(s), "shifts");
            if (d == null) return Ops.roll(x, shifts, null);
            List<?> items = PyNumbers.isInt(Values.plain(d)) ? List.of(d) : Values.items(d);
            int[] dims = new int[items.size()];
            for (int i = 0; i < dims.length; i++) dims[i] = dim(a, items.get(i), Math.max(x.ndim(), 1));
            return Ops.roll(x, shifts, dims);
        });
        add("flip", a -> {
            Tensor x = self(a.expect(1, Integer.MAX_VALUE, "dims"));
            Object d = a.has("dims") ? a.keyword("dims") : a.size() == 2 ? a.get(1) : Values.tuple(a.positional().subList(1, a.size()));
            List<Object> items = PyNumbers.isInt(Values.plain(d)) ? List.of(d) : new ArrayList<>(Values.items(d));
            int[] dims = new int[items.size()];
            for (int i = 0; i < dims.length; i++) dims[i] = dim(a, items.get(i), x.ndim());
            return Ops.flip(x, dims);
        });
        add("repeat", a -> {
            Tensor x = self(a.expect(1, Integer.MAX_VALUE, "repeats"));
            return Ops.repeat(x, sizes(a, 1));
        });
        add("scatter", a -> scatter(a, false));
        add("scatter_", a -> scatter(a, true));
        IndexWriteFunctions.addTo(TensorFunctions::add);
        PickingFunctions.addTo(TensorFunctions::add);
        SplitFunctions.addTo(TensorFunctions::add);
        ProductFunctions.addTo(TensorFunctions::add);
        BitwiseFunctions.addTo(TensorFunctions::add);
        PointwiseExtras.addTo(TensorFunctions::add);
        OrderExtras.addTo(TensorFunctions::add);
        QuantileFunctions.addTo(TensorFunctions::add);
        StatisticsFunctions.addTo(TensorFunctions::add);
        MatrixFunctions.addTo(TensorFunctions::add);
        ScatterFunctions.addTo(TensorFunctions::add);
        add("index_select", a -> {
            Tensor x = self(a.expect(3, 3, "dim", "index"));
            int d = dim(a, a.option(1, "dim", null), Math.max(x.ndim(), 1));
            Tensor index = indexTensor(a, a.option(2, "index", null));
            int size = x.ndim() == 0 ? 1 : x.shape()[d];
            for (double i : index.value().toArray()) // index_select is its own kernel in PyTorch: no negative indices, and dim 1 has a path of its own
                if (i < 0 || i >= size) {
                    if (d != 1 || x.ndim() < 2) throw new dev.adjoint.autograd.op.Indexing.IndexOutOfBounds("index out of range in self");
                    throw new dev.adjoint.autograd.AutogradException("INDICES element is out of DATA bounds, id=" + (long) i + " axis_dim=" + size);
                }
            return indexSelect(x, d, index);
        });
        add("masked_select", a -> {
            Tensor x = self(a.expect(2, 2, "mask"));
            Tensor m = condition(a, a.option(1, "mask", null));
            Ops.checkBroadcast(m.shape(), x.shape()); // PyTorch's message (expand_outplace(mask, self))
            int[] s = Shapes.broadcast(x.shape(), m.shape());
            return dev.adjoint.autograd.op.Indexing.get(Ops.broadcastTo(x, s), List.of(Ops.broadcastTo(m, s).to(DType.BOOL)));
        });
    }

    /** New tensors with x's element type: x.new_ones(2, 3). */
    private static void newTensors() {
        add("new_zeros", a -> fresh(a, NDArray::zeros));
        add("new_ones", a -> fresh(a, NDArray::ones));
        add("new_empty", a -> fresh(a, NDArray::zeros));
        add("new_full", a -> {
            a.expect(3, 3, "dtype", "requires_grad", "device", "size", "fill_value");
            double v = PyNumbers.approx(Values.torchNumber(a.option(2, "fill_value", null)));
            return fresh(a, self(a), NDArray.full(v, ints(a, (List<?>) Values.plain(a.option(1, "size", null)))));
        });
        add("new_tensor", a -> {
            a.expect(2, 2, "dtype", "requires_grad", "device", "data");
            Tensor x = self(a);
            Tensor t = TensorData.torch(Values.plain(a.option(1, "data", null)), a.has("dtype") ? TorchDtype.of(a.keyword("dtype"), a) : x.dtype());
            return fresh(a, x, t.value());
        });
    }

    /** Information and conversion. */
    private static void information() {
        add("item", a -> {
            Tensor x = self(a.expect(1, 1));
            if (x.value().size() != 1) throw PyError.value("only one element tensors can be converted to Python scalars");
            return pyScalar(x.value().toArray()[0], x.dtype());
        });
        add("tolist", a -> {
            Tensor x = self(a.expect(1, 1));
            return tolist(x.value(), x.dtype());
        });
        add("numel", a -> (long) self(a.expect(1, 1)).value().size());
        add("nelement", making.get("numel"));
        add("dim", a -> (long) self(a.expect(1, 1)).ndim());
        add("ndimension", making.get("dim"));
        add("size", a -> {
            Tensor x = self(a.expect(1, 2, "dim"));
            Object d = a.option(1, "dim", null);
            if (d == null) return TorchSize.of(x.shape());
            return (long) x.shape()[dim(a, d, Math.max(x.ndim(), 1))];
        });
        add("is_floating_point", a -> self(a.expect(1, 1)).dtype().isFloating());
        add("is_nonzero", a -> { // bool(x) of a one-element tensor, with PyTorch's messages for the others
            Tensor x = self(a.expect(1, 1));
            int n = x.value().size();
            if (n != 1) throw new AutogradException("Boolean value of Tensor with " + (n == 0 ? "no values" : "more than one value") + " is ambiguous");
            return x.item() != 0;
        });
        add("is_contiguous", a -> Views.isTorchContiguous(self(a.expect(1, 1))));
        add("is_inference", a -> self(a.expect(1, 1)).isInference());
        add("bincount", a -> {
            Tensor x = self(a.expect(1, 3, "input", "weights", "minlength"));
            Object w = a.option(1, "weights", null);
            long minlength = Values.toLong(Values.plain(a.option(2, "minlength", 0L)), "minlength");
            if (!x.dtype().isInteger()) throw new PyError("RuntimeError", "\"bincount_cpu\" not implemented for '" + x.dtype().scalarName() + "'");
            if (minlength < 0) throw new PyError("RuntimeError", "minlength should be >= 0");
            double[] v = x.value().toArray();
            boolean valid = x.ndim() == 1;
            long bins = minlength;
            for (double e : v) {
                valid &= e >= 0;
                bins = Math.max(bins, (long) e + 1);
            }
            if (!valid) throw new PyError("RuntimeError", "bincount only supports 1-d non-negative integral inputs.");
            double[] weights = null;
            if (w != null) {
                Tensor wt = tensor(a, w, "weights", 2);
                if (wt.ndim() != 1 || wt.value().size() != v.length) throw new PyError("RuntimeError", "weights should be 1-d and have the same length as input");
                weights = wt.value().toArray();
            }
            dev.adjoint.ndarray.Limits.check(bins, "(" + bins + ",)"); // before allocating: a huge value or minlength is the session's limit error
            double[] counts = new double[(int) bins];
            for (int i = 0; i < v.length; i++) counts[(int) v[i]] += weights == null ? 1 : weights[i];
            return Tensor.constant(NDArray.of(counts, counts.length), weights == null ? DType.INT64 : DType.FLOAT64);
        });
        add("element_size", a -> (long) self(a.expect(1, 1)).dtype().itemsize()); // float32 requests are float64 here
        add("type", a -> {
            Tensor x = self(a.expect(1, 2, "dtype"));
            Object d = a.option(1, "dtype", null);
            if (d == null) return x.dtype().tensorTypeName();
            DType legacy = dev.adjoint.lang.lib.TorchLegacy.dtypeOf(d); // x.type(torch.LongTensor), the old tutorials' cast
            boolean float64 = d instanceof TorchDtype t ? isFloat64(t) : d instanceof PyClass c ? c.name().equals("float") || c.name().equals("DoubleTensor")
                    : "torch.DoubleTensor".equals(Values.plain(d));
            return markedFloat64(x.to(legacy != null ? legacy : TorchDtype.of(d, a)), float64);
        });
        add("to", a -> {
            Tensor x = self(a.expect(1, 3, "dtype", "device", "non_blocking", "copy"));
            DType target = x.dtype();
            // x.to("cpu", dtype=torch.float64): the positional ones (a device, dtype or tensor, in any of to's overloads) apart from the keywords
            for (Object v : a.positional().subList(1, a.size()))
                if (v instanceof TorchDtype d) target = d.dtype();
                else if (v instanceof Tensor t) target = t.dtype();
                else if (dev.adjoint.lang.lib.TorchDevice.isDevice(v)) dev.adjoint.lang.lib.TorchDevice.moveTo(v);
            if (a.has("device")) dev.adjoint.lang.lib.TorchDevice.moveTo(a.keyword("device"));
            if (a.keyword("dtype") instanceof TorchDtype d) target = d.dtype();
            boolean float64 = false;
            for (Object v : a.positional().subList(1, a.size())) float64 |= v instanceof TorchDtype d && isFloat64(d);
            return markedFloat64(x.to(target), float64 || a.keyword("dtype") instanceof TorchDtype d && isFloat64(d));
        });
        add("type_as", a -> {
            Tensor x = self(a.expect(2, 2, "other"));
            return x.to(tensor(a, a.option(1, "other", null), "other", 2).dtype());
        });
        unary("double", t -> t.to(DType.FLOAT64).asksFloat64(true));
        add("cuda", a -> { // cuda(device=None, non_blocking=False, memory_format=...): a device string is read first, then the CPU build stops
            Object device = a.expect(1, 4, "device", "non_blocking", "memory_format").option(1, "device", null);
            if (device instanceof String) dev.adjoint.lang.lib.TorchDevice.of(device);
            throw dev.adjoint.lang.lib.TorchDevice.noCuda();
        });
        unary("float", t -> t.to(DType.FLOAT64)); // float32 is computed in float64 here
        unary("half", t -> t.to(DType.FLOAT64));
        unary("long", t -> t.to(DType.INT64));
        unary("int", t -> t.to(DType.INT32));
        unary("short", t -> t.to(DType.INT16));
        unary("char", t -> t.to(DType.INT8));
        unary("byte", t -> t.to(DType.UINT8));
        unary("bool", t -> t.to(DType.BOOL));
    }

    /**
     * The functions whose in-place form x.f_(...) is f(x, ...) written into x ({@link InPlace#result}),
     * as PyTorch's are: the result must cast to x's type and keep its shape.
     */
    private static final String IN_PLACE_FORMS = "absolute acos acosh arccos arccosh arcsin arcsinh arctan arctan2 arctanh asin asinh atan atan2 atanh"
            + " ceil copysign cosh cumprod cumsum deg2rad digamma divide eq erf erfc erfinv exp2 expm1 fix floor floor_divide fmod frac"
            + " ge greater greater_equal gt heaviside hypot i0 ldexp le lerp less less_equal lgamma log10 log1p log2"
            + " logit lt multiply ne negative not_equal polygamma rad2deg reciprocal remainder round rsqrt sgn sign sinc sinh square"
            + " subtract tan tril triu true_divide trunc xlogy addbmm addmv baddbmm";

    private static void inPlaceMethods() {
        add("add_", a -> alpha(a, false, true), "input", "other");
        add("sub_", a -> alpha(a, true, true), "input", "other");
        add("mul_", a -> InPlace.mul(self(a.expect(2, 2)), operand(a, a.get(1), "other")));
        add("div_", a -> a.has("rounding_mode") ? InPlace.result(self(a), div(a)) : InPlace.div(self(a.expect(2, 2)), operand(a, a.get(1), "other")));
        add("pow_", a -> {
            Tensor x = self(a.expect(2, 2));
            return PyNumbers.isNumber(a.get(1)) ? InPlace.powNumber(x, TensorOperators.scalar(a.get(1))) : InPlace.pow(x, operand(a, a.get(1), "exponent"));
        });
        add("addcmul_", a -> addcmul(a, false, true), "input", "tensor1", "tensor2");
        add("addcdiv_", a -> addcmul(a, true, true), "input", "tensor1", "tensor2");
        add("clamp_", TensorFunctions::clampInPlace);
        add("clip_", TensorFunctions::clampInPlace);
        add("clamp_min_", a -> { Tensor x = self(a.expect(2, 2)); return InPlace.clampMin(x, boundOf(a, x, 1, "min")); });
        add("clamp_max_", a -> { Tensor x = self(a.expect(2, 2)); return InPlace.clampMax(x, boundOf(a, x, 1, "max")); });
        add("zero_", a -> InPlace.zero(self(a.expect(1, 1))));
        add("fill_", a -> { Tensor x = self(a.expect(2, 2, "value")); return InPlace.fill(x, scalarOf(a, x, 1, "value")); });
        add("copy_", a -> InPlace.copy(self(a.expect(2, 2, "src")), operand(a, a.option(1, "src", null), "src")));
        add("masked_fill_", a -> {
            Tensor x = self(a.expect(3, 3, "mask", "value"));
            return InPlace.maskedFill(x, condition(a, a.option(1, "mask", null)), valueFor(a, x));
        });
        inPlace("exp_", InPlace::exp);
        inPlace("log_", InPlace::log);
        inPlace("sin_", InPlace::sin);
        inPlace("cos_", InPlace::cos);
        inPlace("tanh_", InPlace::tanh);
        inPlace("sigmoid_", InPlace::sigmoid);
        inPlace("relu_", InPlace::relu);
        inPlace("sqrt_", InPlace::sqrt);
        inPlace("abs_", InPlace::abs);
        inPlace("neg_", InPlace::neg);
        for (String name : IN_PLACE_FORMS.split(" ")) add(name + "_", a -> InPlace.result(self(a), Values.node(TABLE.get(name).apply(a))));
        for (String name : List.of("logical_not", "logical_and", "logical_or", "logical_xor")) // no derivative: PyTorch writes them unrecorded
            add(name + "_", a -> {
                try (dev.adjoint.scope.Scope s = dev.adjoint.autograd.GradMode.noGrad()) {
                    return InPlace.result(self(a), Values.node(TABLE.get(name).apply(a)));
                }
            });
        add("uniform_", a -> {
            Tensor x = self(a.expect(1, 3, "from", "to", "generator"));
            double lo = number(a, 1, "from", 0), hi = number(a, 2, "to", 1);
            return fillWith(x, dev.adjoint.lang.lib.TorchGenerator.uniform(a, x.shape(), lo, hi, drawsDoubles(a, x)));
        });
        add("normal_", a -> {
            Tensor x = self(a.expect(1, 3, "mean", "std", "generator"));
            double mean = number(a, 1, "mean", 0), std = number(a, 2, "std", 1);
            return fillWith(x, dev.adjoint.lang.lib.TorchGenerator.of(a).normal(x.shape(), mean, std, drawsDoubles(a, x)));
        });
        add("exponential_", a -> { // exponential_(lambd=1, *, generator=None): -log(1 - u) / lambd, PyTorch's draws
            Tensor x = self(a.expect(1, 2, "lambd", "generator"));
            double lambda = number(a, 1, "lambd", 1);
            if (!(lambda >= 0)) throw new AutogradException("exponential_ expects lambda >= 0.0, but found lambda=" + Repr.str(Values.plain(a.option(1, "lambd", 1L))));
            double[] draws = dev.adjoint.lang.lib.TorchGenerator.of(a).exponential(Shapes.size(x.shape()), lambda, drawsDoubles(a, x));
            return fillWith(x, NDArray.of(draws, x.shape()));
        });
    }

    private static void autograd() {
        add("backward", TensorFunctions::backward);
        add("retain_grad", a -> {
            self(a.expect(1, 1)).retainGrad();
            return null;
        });
        add("register_hook", TensorHooks::register);
        add("unique", TensorUnique::unique);
        add("unique_consecutive", TensorUnique::uniqueConsecutive);
        TensorExtras.addTo(TensorFunctions::add);
        TensorMoreMethods.addTo(TensorFunctions::add);
        dev.adjoint.lang.lib.TorchSampling.addTo(TensorFunctions::add);
        add("requires_grad_", a -> {
            Tensor x = self(a.expect(1, 2, "requires_grad"));
            x.setRequiresGrad(a.bool(1, "requires_grad", true));
            return x;
        });
        add("detach_", a -> {
            Tensor x = self(a.expect(1, 1));
            x.detachInPlace();
            return x;
        });
    }

    // ---- argument helpers ----

    /** The tensor a function works on (its first argument); PyTorch's TypeError for anything else. */
    static Tensor self(Args a) {
        if (a.size() == 0) throw PyError.type(a.function() + "() missing 1 required positional arguments: \"input\"");
        return tensor(a, a.get(0), "input", 1);
    }

    /** Argument {@code position} (counted as torch.f(x, ...) counts; a method x.f(...) counts after x, as PyTorch's messages do) as a tensor. */
    public static Tensor tensor(Args a, Object v, String param, int position) {
        Tensor t = Values.node(v);
        if (t == null)
            throw PyError.type(a.function() + "(): argument '" + param + "' (position " + (calledOnTensor(a) ? position - 1 : position)
                    + ") must be Tensor, not " + Values.typeName(v));
        UninitializedTensors.checkArgument(t, a);
        return t;
    }

    /** x.f(...) rather than torch.f(x, ...): the receiver came in as the first argument. */
    static boolean calledOnTensor(Args a) {
        return a.self() instanceof Tensor && a.size() > 0 && a.get(0) == a.self();
    }

    /** An operand that may be a tensor or a Python number (as PyTorch wraps it). */
    public static Tensor operand(Args a, Object v, String param) {
        if (v == null) throw PyError.type(a.function() + "() missing required argument '" + param + "'");
        Tensor t = TensorOperators.operand(v);
        if (t == null) throw PyError.type(a.function() + "(): argument '" + param + "' must be Tensor or Number, not " + Values.typeName(v));
        return t;
    }

    /**
     * The number at {@code index} (present) converted to x's type as PyTorch converts a scalar
     * argument: checked (an overflow is its error) and, for an integer type, wrapped to its width
     * (uint8's -5 is 251, so clamp(min=-5) clamps to 251).
     */
    static double scalarOf(Args a, Tensor x, int index, String name) {
        TensorData.checkConvertible(a.option(index, name, null), x.dtype());
        double d = number(a, index, name, 0);
        return x.dtype().isInteger() ? x.dtype().wrap((long) d) : d;
    }

    /** masked_fill's value, checked against x's type as PyTorch converts it. */
    private static Tensor valueFor(Args a, Tensor x) {
        Object v = a.option(2, "value", null);
        if (v != null) TensorData.checkConvertible(v, x.dtype());
        return operand(a, v, "value");
    }

    /**
     * A where operand {@code v} beside the tensor {@code other}: a Python int beside an integer
     * tensor takes that tensor's type, so it must fit it (torch.where(c, u8, 300) is PyTorch's
     * overflow error; a float promotes instead).
     */
    public static void checkScalarFits(Object v, Tensor other) {
        Object p = Values.plain(v);
        if (other.dtype().isInteger() && PyNumbers.isInt(p)) TensorData.checkConvertible(p, other.dtype());
    }

    /** A boolean mask or condition. */
    /** where()'s condition as bool: PyTorch 1.13 takes bool and (deprecated) uint8 only, so a student's int mask fails here as it would there. */
    public static Tensor whereCondition(Tensor c) {
        if (c.dtype() != DType.BOOL && c.dtype() != DType.UINT8)
            throw new PyError("RuntimeError", "where expected condition to be a boolean tensor, but got a tensor with dtype " + c.dtype().scalarName());
        return c.dtype() == DType.BOOL ? c : c.to(DType.BOOL);
    }

    private static Tensor condition(Args a, Object v) {
        Tensor t = operand(a, v, "mask");
        return t.dtype() == DType.BOOL ? t : t.to(DType.BOOL);
    }

    static Tensor indexTensor(Args a, Object v) {
        Tensor t = v instanceof List<?> ? TensorData.of(v, null) : operand(a, v, "index");
        if (t.dtype() != DType.INT64) throw new PyError("RuntimeError", a.function() + "(): Expected dtype int64 for index");
        return t;
    }

    static double number(Args a, int index, String name, double absent) {
        Object v = Values.torchNumber(a.option(index, name, null));
        if (v == null) return absent;
        if (PyNumbers.isNumber(v)) return PyNumbers.approx(v);
        if (v instanceof Tensor t && t.value().size() == 1) return t.item();
        throw PyError.type(a.function() + "(): argument '" + name + "' must be Number, not " + Values.typeName(v));
    }

    /** median()/nanmedian() of all entries (one value); with dim, values and indices along it (keepdim=False). */
    private static Object medianOf(Args a, boolean ignoreNan) {
        Tensor x = self(a.expect(1, 3, "dim", "keepdim"));
        Object d = a.option(1, "dim", null);
        if (d == null) return ignoreNan ? OrderStatistics.nanmedian(x) : OrderStatistics.median(x);
        int dim = dim(a, d, Math.max(x.ndim(), 1));
        boolean keep = keepdim(a, 2);
        Tensor[] vi = ignoreNan ? OrderStatistics.nanmedian(x, dim, keep) : OrderStatistics.median(x, dim, keep);
        return new ReturnTypes(ignoreNan ? "nanmedian" : "median", vi[0], vi[1]);
    }

    public static int dim(Args a, Object v, int ndim) {
        Object p = Values.torchNumber(v); // np.int64(0) too, as PyTorch's parser reads it
        if (!PyNumbers.isInt(p) || p instanceof Boolean)
            throw PyError.type(a.function() + "(): argument 'dim' must be int, not " + Values.typeName(v));
        long d = Values.toLong(p, "dim");
        return wrapDim(d, ndim);
    }

    /**
     * A reduction's dims as given (negative too, in their order, () for an empty list: what its node
     * saves), once {@link #dims} has checked them as {@code checked} (null: none given).
     */
    private static int[] givenDims(Args a, int[] checked) {
        if (checked == null) return null;
        Object v = Values.plain(a.has("axis") && !a.has("dim") ? a.keyword("axis") : a.option(1, "dim", null));
        List<?> items = v instanceof List<?> l ? l : List.of(v);
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) out[i] = givenDim(items.get(i));
        return out;
    }

    /** A dim already checked by {@link #dim}, as given (negative too): what PyTorch's nodes save. */
    private static int givenDim(Object v) {
        return (int) Values.toLong(Values.torchNumber(v), "dim");
    }

    /** squeeze's optional dim, checked and as given (null: every axis of size 1). */
    private static Integer squeezeDim(Args a, Tensor x) {
        Object d = a.option(1, "dim", null);
        if (d == null) return null;
        dim(a, d, Math.max(x.ndim(), 1)); // checks it; the node saves it as given
        return givenDim(d);
    }

    /** unsqueeze's dim (checked against one more axis than x has), as given. */
    private static int unsqueezeDim(Args a, Tensor x) {
        if (a.size() < 2 && !a.has("dim")) throw PyError.type(a.function() + "() missing 1 required positional arguments: \"dim\"");
        dim(a, a.option(1, "dim", null), x.ndim() + 1); // checks it (dim=None: "must be int, not NoneType"); the node saves it as given
        return givenDim(a.option(1, "dim", null));
    }

    /** transpose's dim0 and dim1, in range. */
    private static int[] transposeDims(Args a, Tensor x) {
        int n = Math.max(x.ndim(), 1);
        return new int[] {dim(a, a.option(1, "dim0", null), n), dim(a, a.option(2, "dim1", null), n)};
    }

    /** An int argument (topk's and kthvalue's k, the first after the tensor) as PyTorch's parser takes it: an int or an index, not a bool or a float. */
    private static int intArgument(Args a, String name, Object v) {
        Object p = v instanceof Tensor t && t.ndim() == 0 && t.dtype().isInteger() ? (Object) (long) t.value().item() : Values.number(v); // a 0-d integer tensor is an index
        if (!PyNumbers.isInt(p) || p instanceof Boolean)
            throw PyError.type(a.function() + "(): argument '" + name + "'" + (a.has(name) ? "" : " (position " + (calledOnTensor(a) ? 1 : 2) + ")")
                    + " must be int, not " + Values.typeName(v));
        return Values.toInt(p, name);
    }

    public static int wrapDim(long d, int ndim) {
        int n = Math.max(ndim, 1);
        if (d < -n || d >= n) throw PyError.index("Dimension out of range (expected to be in range of [" + (-n) + ", " + (n - 1) + "], but got " + d + ")");
        return (int) (d < 0 ? d + n : d);
    }

    /** The dim argument (dim= or NumPy's axis=): an int or a tuple of ints; null when absent (all dims) unless required. */
    static int[] dims(Args a, int index, int ndim, boolean required) {
        Object v = a.has("axis") && !a.has("dim") ? a.keyword("axis") : a.option(index, "dim", null);
        if (v == null) {
            if (required) throw PyError.type(a.function() + "() missing 1 required positional arguments: \"dim\"");
            return null;
        }
        List<?> items = v instanceof List<?> l ? l : List.of(v);
        if (items.isEmpty()) return allDims(ndim); // torch 1.13 reduces over every dim (NumPy's axis=() reduces none)
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) out[i] = ndim == 0 ? wrapDim(Values.toLong(Values.plain(items.get(i)), "dim"), 0) : dim(a, items.get(i), ndim);
        if (ndim == 0) return new int[0];
        return distinct(out, ndim);
    }

    /** dims (in range) unless one repeats: torch 1.13's error for a reduction's dim list. */
    public static int[] distinct(int[] dims, int ndim) {
        boolean[] seen = new boolean[ndim];
        for (int d : dims) {
            if (seen[d]) throw new PyError("RuntimeError", "dim " + d + " appears multiple times in the list of dims");
            seen[d] = true;
        }
        return dims;
    }

    /** Whether the dim argument (at {@code index} or by keyword, or NumPy's axis) is an empty list: all dims, in torch 1.13. */
    static boolean emptyDimList(Args a, int index) {
        Object v = a.has("axis") && !a.has("dim") ? a.keyword("axis") : a.option(index, "dim", null);
        return Values.plain(v) instanceof List<?> l && l.isEmpty();
    }

    private static int[] ones(int n) {
        int[] s = new int[n];
        Arrays.fill(s, 1);
        return s;
    }

    /** Every dim of a tensor of rank ndim, as an explicit list (PyTorch names such a reduction as one given dims: SumBackward1). */
    public static int[] allDims(int ndim) {
        int[] all = new int[ndim];
        for (int i = 0; i < ndim; i++) all[i] = i;
        return all;
    }

    /** x cast to the dtype argument (at {@code index} or by keyword) before the op, as PyTorch casts softmax's input; x itself without one. */
    private static Tensor castTo(Args a, int index, Tensor x) {
        Object dtype = a.option(index, "dtype", null);
        return dtype == null ? x : x.to(TorchDtype.of(dtype, a));
    }

    /** x.softmax(dim) and torch.softmax(x, dim): without dim PyTorch's overload error (F.softmax has an implicit dim instead). */
    private static int softmaxDim(Args a) {
        Tensor x = self(a);
        if (a.option(1, "dim", null) != null || a.has("axis")) {
            requiredDim(a, 1, x); // checks it; the node saves it as given
            return givenDim(a.has("axis") && !a.has("dim") ? a.keyword("axis") : a.option(1, "dim", null));
        }
        boolean method = calledOnTensor(a);
        List<String> got = new ArrayList<>(method ? List.of() : List.of("Tensor"));
        for (Map.Entry<String, Object> e : a.keywords().entrySet()) got.add(e.getKey() + "=" + (e.getValue() instanceof TorchDtype ? "torch.dtype" : Values.typeName(e.getValue())));
        throw PyError.type(a.function() + "() received an invalid combination of arguments - got (" + String.join(", ", got) + "), but expected one of:\n"
                + (method ? " * (int dim, torch.dtype dtype)\n * (name dim, *, torch.dtype dtype)\n"
                        : " * (Tensor input, int dim, torch.dtype dtype, *, Tensor out)\n * (Tensor input, name dim, *, torch.dtype dtype)\n"));
    }

    /** x.narrow(dim, start, length): a view of length entries from start along dim. */
    private static Tensor narrow(Args a) {
        Tensor x = self(a.expect(4, 4, "dim", "start", "length"));
        int d = dim(a, a.option(1, "dim", null), Math.max(x.ndim(), 1));
        int size = x.shape()[d];
        long start = Values.toLong(a.option(2, "start", null), "start"), length = Values.toLong(a.option(3, "length", null), "length");
        if (start < -size || start >= size)
            throw PyError.index("Dimension out of range (expected to be in range of [" + -size + ", " + (size - 1) + "], but got " + start + ")");
        long from = start < 0 ? start + size : start;
        if (length < 0 || from + length > size)
            throw new PyError("RuntimeError", "start (" + from + ") + length (" + length + ") exceeds dimension size (" + size + ").");
        return Views.of(x, y -> along(d, new dev.adjoint.ndarray.Index.Slice((int) from, (int) (from + length), null), y));
    }

    /** PyTorch's overload error of a function whose dim is required (cummax, logcumsumexp), as a method or as torch.f; {@code out} is its out= type. */
    private static PyError missingDim(Args a, String out) {
        if (calledOnTensor(a))
            return PyError.type(a.function() + "() received an invalid combination of arguments - got (), but expected one of:\n * (int dim)\n * (name dim)\n");
        return PyError.type(a.function() + "() received an invalid combination of arguments - got (Tensor), but expected one of:\n * (Tensor input, int dim, *, "
                + out + " out)\n * (Tensor input, name dim, *, " + out + " out)\n");
    }

    private static int requiredDim(Args a, int index, Tensor x) {
        Object v = a.has("axis") && !a.has("dim") ? a.keyword("axis") : a.option(index, "dim", null);
        if (v == null) throw PyError.type(a.function() + "() missing 1 required positional arguments: \"dim\"");
        return dim(a, v, Math.max(x.ndim(), 1));
    }

    static boolean keepdim(Args a, int index) {
        Object v = a.has("keepdims") && !a.has("keepdim") ? a.keyword("keepdims") : a.option(index, "keepdim", false);
        return Values.truthy(v);
    }

    /**
     * A shape or a list of dims as PyTorch's argument parser reads an int-list parameter: ints from
     * position {@code from} on, or one tuple, list or torch.Size there, or the parameter by keyword
     * (which must be a sequence). Inside a sequence bools and 0-d integer tensors count as ints; the
     * messages name the parameter as PyTorch does (reshape's 'shape', permute's 'dims', ...).
     */
    public static int[] sizes(Args a, int from) {
        List<Object> pos = a.positional();
        if (pos.size() <= from) {
            for (String k : List.of("size", "shape", "dims", "repeats")) if (a.has(k)) return intList(a, a.keyword(k), 0, false);
            return new int[0];
        }
        int position = calledOnTensor(a) ? from : from + 1;
        if (pos.size() == from + 1) return intList(a, pos.get(from), position, true);
        // spread ints only after an int first: x.expand(2.0, 3) is about its first argument, as PyTorch's parser says
        Object first = Values.plain(pos.get(from));
        if (intOf(first) == null && !(first instanceof List<?>)) return intList(a, pos.get(from), position, true);
        return ints(a, pos.subList(from, pos.size()));
    }

    /**
     * An int-list argument that is not the signature's first (full's size after nothing but randint's
     * after its bounds): a sequence only, by position (from 1) or by keyword (0).
     */
    public static int[] sizeArgument(Args a, Object v, int position) {
        return created(intList(a, v, position, false));
    }

    /** The shape of a tensor about to be made, with PyTorch's error for a negative dimension. */
    public static int[] created(int[] shape) {
        for (int d : shape)
            if (d < 0) throw new PyError("RuntimeError", "Trying to create tensor with negative dimension " + d + ": " + Arrays.toString(shape));
        return shape;
    }

    /**
     * One int-list argument, given at {@code position} (from 1; 0: by keyword); a bare int stands
     * for a one-element list only where the signature lets the list be spread ({@code spread}).
     */
    private static int[] intList(Args a, Object v, int position, boolean spread) {
        Object p = Values.plain(v);
        if (p instanceof List<?> l) return ints(a, l);
        Long n = p instanceof Boolean ? null : intOf(p);
        if (n != null && position > 0 && spread) return new int[] {Values.toInt(n, "size")};
        if (a.function().equals("view") && position > 0 && spread)
            throw PyError.type("view() received an invalid combination of arguments - got (" + Values.typeName(v) + "), but expected one of:\n"
                    + " * (torch.dtype dtype)\n      didn't match because some of the arguments have invalid types: (!" + Values.typeName(v) + "!)\n"
                    + " * (tuple of SymInts size)\n      didn't match because some of the arguments have invalid types: (!" + Values.typeName(v) + "!)\n");
        throw PyError.type(a.function() + "(): argument '" + sizeParameter(a) + "'" + (position > 0 ? " (position " + position + ")" : "")
                + " must be tuple of " + sizeElements(a) + ", not " + Values.typeName(v));
    }

    private static int[] ints(Args a, List<?> items) {
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) {
            Long n = intOf(Values.plain(items.get(i)));
            if (n == null) throw PyError.type(a.function() + "(): argument '" + sizeParameter(a) + "' must be tuple of " + sizeElements(a)
                    + ", but found element of type " + Values.typeName(items.get(i)) + " at pos " + (i + 1));
            out[i] = Values.toInt(n, "size");
        }
        return out;
    }

    /** An int, a bool or a 0-d integer tensor as a long; null for anything else. */
    private static Long intOf(Object v) {
        if (v instanceof Boolean b) return b ? 1L : 0L;
        if (PyNumbers.isInt(v)) return Values.toLong(v, "size");
        if (Values.torchNumber(v) instanceof Long n) return n; // a NumPy integer
        if (v instanceof Tensor t && t.ndim() == 0 && !t.dtype().isFloating() && t.dtype() != DType.BOOL) return (long) t.item();
        return null;
    }

    /** The int-list parameter's name in PyTorch's signature of the function. */
    private static String sizeParameter(Args a) {
        return switch (a.function()) {
            case "reshape" -> "shape";
            case "permute", "tile" -> "dims";
            case "repeat" -> "repeats";
            default -> "size";
        };
    }

    /** "ints" or "SymInts": the element type PyTorch 1.13's signature gives the int-list parameter. */
    private static String sizeElements(Args a) {
        return switch (a.function()) {
            case "rand", "randn", "randint", "normal", "permute", "tile", "broadcast_to" -> "ints";
            default -> "SymInts";
        };
    }

    // ---- shared bodies ----

    private interface Reduction {
        Tensor apply(Tensor x, int[] dims, boolean keepdim);
    }

    /**
     * sum(dim=None, keepdim=False, dtype=None) and friends. PyTorch casts the input to dtype before it
     * reduces (x.sum(dtype=torch.int64) of [1.5, 2.5] is 1 + 2), and mean takes only a floating dtype.
     */
    private static Tensor reduce(Args a, Reduction r, boolean acceptsDtype) {
        Tensor x = self(a.expect(1, 4, "dim", "keepdim", "dtype", "axis", "keepdims"));
        Object dtype = a.option(3, "dtype", null);
        if (dtype == null) return r.apply(x, dims(a, 1, x.ndim(), false), keepdim(a, 2));
        if (!acceptsDtype) throw PyError.type(a.function() + "() got an unexpected keyword argument 'dtype'");
        DType type = TorchDtype.of(dtype, a);
        if (a.function().equals("mean") && !type.isFloating())
            throw new AutogradException("mean(): could not infer output dtype. Optional dtype must be either a floating point or complex dtype. Got: " + type.scalarName());
        if (a.function().equals("nansum") && !type.isFloating())
            throw new AutogradException("\"nansum_cpu\" not implemented for '" + type.scalarName() + "'");
        Tensor out = r.apply(x.to(type), dims(a, 1, x.ndim(), false), keepdim(a, 2));
        if (out.dtype() != type) out = out.to(type); // a sum of bools or ints comes back as int64
        return markedFloat64(out, Values.plain(dtype) instanceof TorchDtype td && isFloat64(td));
    }

    /** scatter(dim, index, src) and scatter(dim, index, value=v); scatter_ in place. */
    private static Tensor scatter(Args a, boolean inPlace) {
        Tensor x = self(a.expect(3, 4, "dim", "index", "src", "value", "reduce"));
        int d = dim(a, a.option(1, "dim", null), Math.max(x.ndim(), 1));
        Object src = a.has("value") ? a.keyword("value") : a.option(3, "src", null);
        if (src == null) throw PyError.type(a.function() + "() missing 1 required argument: 'src' or 'value'");
        boolean number = !(Values.plain(src) instanceof Tensor);
        Tensor values = number ? Tensor.constant(NDArray.scalar(a.number(src, "value")), x.dtype()) : (Tensor) Values.plain(src);
        Tensor index = operand(a, a.option(2, "index", null), "index"); // its dtype is checked as PyTorch does, a RuntimeError naming scatter()
        Object reduce = a.keyword("reduce");
        if (reduce != null) { // the older form of scatter_reduce: what reaches an entry added to it or multiplied into it
            String how = Values.plain(reduce) instanceof String r && (r.equals("add") || r.equals("multiply")) ? r : null;
            if (how == null) throw new AutogradException("reduce argument must be either add or multiply.");
            if (number) values = Ops.broadcastTo(values, index.shape());
            return Ops.scatterReduce(x, d, index, values, how.equals("add") ? "sum" : "prod", true, inPlace);
        }
        return Ops.scatter(x, d, index, values, number, inPlace);
    }

    /** max()/min(): over everything, along a dim (values and indices), or elementwise against another tensor. */
    private static Object extremum(Args a, boolean min) {
        Tensor x = self(a.expect(1, 3, "dim", "keepdim", "other", "axis", "keepdims"));
        Object d = a.has("axis") ? a.keyword("axis") : a.option(1, "dim", a.keyword("other"));
        if (d == null) {
            if (x.value().size() == 0)
                throw new dev.adjoint.autograd.AutogradException((min ? "min" : "max") + "(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.");
            return min ? Ops.min(x, null, false) : Ops.max(x, null, false);
        }
        // a tensor is max(other)'s; a number, even one the lecture's shorthand tracks (d = 1 at the top level), is a dim
        if (Values.plain(d) instanceof Tensor) return min ? Ops.minimum(x, Values.node(d)) : Ops.maximum(x, Values.node(d));
        Tensor[] vi = Ops.maxAlong(x, dim(a, d, Math.max(x.ndim(), 1)), keepdim(a, 2), min);
        return new ReturnTypes(min ? "min" : "max", vi[0], vi[1]);
    }

    private static Tensor argExtremum(Args a, boolean min) {
        Tensor x = self(a.expect(1, 3, "dim", "keepdim", "axis"));
        Object d = a.has("axis") ? a.keyword("axis") : a.option(1, "dim", null);
        return Ops.argmax(x, d == null ? null : dim(a, d, Math.max(x.ndim(), 1)), keepdim(a, 2), min);
    }

    /** var/std(dim=None, unbiased=True, keepdim=False, *, correction=None), also var(unbiased) positionally. */
    private static Tensor spread(Args a, boolean std) {
        return (Tensor) spread(a, std, false);
    }

    /** torch.std_mean(input, dim, unbiased, keepdim, *, correction) and var_mean: (spread, mean), with std's arguments. */
    public static Object spreadAndMean(Args a, boolean std) {
        return spread(a, std, true);
    }

    private static Object spread(Args a, boolean std, boolean withMean) {
        Tensor x = self(a.expect(1, 4, "dim", "unbiased", "keepdim", "correction", "axis", "keepdims"));
        int[] dims;
        boolean unbiased = true, keep, unbiasedAlone = a.size() == 2 && Values.plain(a.get(1)) instanceof Boolean;
        SpreadArguments.check(a, calledOnTensor(a), unbiasedAlone);
        if (unbiasedAlone && Values.plain(a.get(1)) instanceof Boolean b) {
            unbiased = b;
            dims = null;
            keep = keepdim(a, 3);
        } else {
            dims = dims(a, 1, x.ndim(), false);
            unbiased = Values.truthy(a.option(2, "unbiased", true));
            keep = keepdim(a, 3);
        }
        double correction = a.has("correction") ? number(a, -1, "correction", 1) : unbiased ? 1 : 0;
        boolean emptyDims = x.ndim() > 0 && !unbiasedAlone && emptyDimList(a, 1); // every dim, with 1.13's own backward (Var#overEmptyDimList)
        if (withMean) return Values.tuple((Object[]) Ops.spreadAndMean(x, dims, correction, keep, std, emptyDims));
        if (emptyDims) return Ops.spreadOverEmptyDimList(x, correction, keep, std);
        return std ? Ops.std(x, dims, correction, keep) : Ops.var(x, dims, correction, keep);
    }

    /** norm(p='fro', dim=None, keepdim=False). */
    private static Tensor norm(Args a) {
        Tensor x = self(a.expect(1, 4, "p", "dim", "keepdim", "dtype"));
        Object p = a.option(1, "p", "fro");
        double order;
        if (p == null) {
            order = 2; // p=None: the 2-norm (the Frobenius norm of everything), as PyTorch
        } else if (p instanceof String s) {
            if (!s.equals("fro")) throw PyError.value("norm(): unsupported p '" + s + "'");
            order = 2;
        } else {
            order = PyNumbers.approx(Values.plain(p));
        }
        if (!(p instanceof Number) && Values.plain(a.option(2, "dim", null)) instanceof List<?> pair && pair.size() == 2 && x.ndim() > 0
                && dim(a, pair.get(0), x.ndim()) == dim(a, pair.get(1), x.ndim())) // 'fro' over two dims is frobenius_norm's, with its own words
            throw new PyError("RuntimeError", "Expected dims to be different, got [" + Values.plain(pair.get(0)) + ", " + Values.plain(pair.get(1)) + "] instead");
        int[] dims = dims(a, 2, x.ndim(), false);
        Object given = Values.plain(a.option(2, "dim", null));
        long[] savedDims; // as given; none given: () for the Frobenius norm, every dim for another p
        if (given == null) savedDims = p instanceof String ? new long[0] : java.util.stream.LongStream.range(0, x.ndim()).toArray();
        else if (given instanceof List<?> l) savedDims = l.stream().mapToLong(d -> Values.toLong(Values.torchNumber(d), "dim")).toArray();
        else savedDims = new long[] {Values.toLong(Values.torchNumber(given), "dim")};
        Number savedP = p == null ? null : p instanceof String ? (Number) 2L : (Number) Values.plain(p);
        return Ops.norm(x, order, dims, keepdim(a, 3), savedP, savedDims);
    }

    /** all()/any(), over everything or along a dim: bool results. */
    private static Tensor logicalReduce(Args a, boolean all) {
        Tensor x = self(a.expect(1, 3, "dim", "keepdim"));
        if (Values.plain(a.option(1, "dim", null)) instanceof List<?>) throw DimArguments.logicalOverloadError(a, calledOnTensor(a)); // one int dim in 1.13
        Tensor b = x.to(DType.BOOL);
        int[] d = dims(a, 1, x.ndim(), false);
        Tensor count = Ops.sum(all ? Ops.logicalNot(b) : b, d, keepdim(a, 2)); // how many entries break the rule
        Tensor zero = Tensor.constant(NDArray.scalar(0), DType.INT64);
        Tensor result = all ? Ops.eq(count, zero) : Ops.ne(count, zero);
        return x.dtype() == DType.UINT8 ? result.to(DType.UINT8) : result; // PyTorch keeps uint8 (its old bool type) for uint8 input
    }

    private static Tensor clamp(Args a) {
        Tensor x = self(a.expect(1, 3, "min", "max"));
        Object lo = a.option(1, "min", null), hi = a.option(2, "max", null);
        if (tensorBounds(a, lo, hi)) return Ops.clamp(x, (Tensor) Values.plain(lo), (Tensor) Values.plain(hi));
        if (floatBoundOnIntegers(x, lo, hi)) x = x.to(DType.FLOAT64); // PyTorch promotes: tensor([1, 5]).clamp(max=2.5) is [1.0, 2.5]
        return Ops.clamp(x, lo == null ? null : boundOf(a, x, 1, "min"), hi == null ? null : boundOf(a, x, 2, "max"));
    }

    private static Tensor clampInPlace(Args a) {
        Tensor x = self(a.expect(1, 3, "min", "max"));
        Object lo = a.option(1, "min", null), hi = a.option(2, "max", null);
        if (tensorBounds(a, lo, hi)) return Ops.clampInPlace(x, (Tensor) Values.plain(lo), (Tensor) Values.plain(hi));
        if (floatBoundOnIntegers(x, lo, hi))
            throw new PyError("RuntimeError", "result type Double can't be cast to the desired output type " + x.dtype().cName());
        return InPlace.clamp(x, lo == null ? null : boundOf(a, x, 1, "min"), hi == null ? null : boundOf(a, x, 2, "max"));
    }

    /** A clamp bound (a Scalar) as scalarOf makes it, an int kept one: the node saves it as given (_saved_min 0, not 0.0). */
    private static Number boundOf(Args a, Tensor x, int index, String name) {
        double d = scalarOf(a, x, index, name);
        return Values.plain(a.option(index, name, null)) instanceof Long ? (Number) (long) d : (Number) d;
    }

    /**
     * Whether clamp's bounds are tensors (PyTorch's Tensor overload; either may be None), not
     * numbers; a tensor beside a number matches neither overload: PyTorch's TypeError.
     */
    private static boolean tensorBounds(Args a, Object lo, Object hi) {
        Object l = Values.plain(lo), h = Values.plain(hi);
        boolean tensors = l instanceof Tensor || h instanceof Tensor;
        if (!tensors || (l == null || l instanceof Tensor) && (h == null || h instanceof Tensor)) return tensors;
        String name = a.function(), got = Values.typeName(lo) + ", " + Values.typeName(hi);
        if (!calledOnTensor(a))
            throw PyError.type(name + "() received an invalid combination of arguments - got (Tensor, " + got + "), but expected one of:\n"
                    + " * (Tensor input, Tensor min, Tensor max, *, Tensor out)\n * (Tensor input, Number min, Number max, *, Tensor out)\n");
        String asTensors = mark(lo, l instanceof Tensor) + ", " + mark(hi, h instanceof Tensor), asNumbers = mark(lo, false) + ", " + mark(hi, false); // PyTorch marks both there
        throw PyError.type(name + "() received an invalid combination of arguments - got (" + got + "), but expected one of:\n"
                + " * (Tensor min, Tensor max)\n      didn't match because some of the arguments have invalid types: (" + asTensors + ")\n"
                + " * (Number min, Number max)\n      didn't match because some of the arguments have invalid types: (" + asNumbers + ")\n");
    }

    /** An argument's type in PyTorch's overload message, between ! when it does not fit. */
    private static String mark(Object v, boolean fits) {
        return fits ? Values.typeName(v) : "!" + Values.typeName(v) + "!";
    }

    /** An integer tensor clamped by a Python float: the result is floating in PyTorch. */
    private static boolean floatBoundOnIntegers(Tensor x, Object lo, Object hi) {
        return !x.dtype().isFloating() && (Values.plain(lo) instanceof Double || Values.plain(hi) instanceof Double);
    }

    /** x[:, ..., item] with the item at dim d. */
    /** A dim of x, which must have one (unbind, chunk, stride(d) of a 0-d tensor are PyTorch's IndexError). */
    private static int dimOf(Args a, Tensor x, Object v) {
        if (x.ndim() == 0) throw PyError.index("Dimension specified as " + Values.plain(v) + " but tensor has no dimensions");
        return dim(a, v, x.ndim());
    }

    /** x split along d into consecutive pieces of {@code size} entries (the last may be shorter): chunk and split. */
    private static Object pieces(Tensor x, int d, long size, String torchName) {
        List<Object> out = new ArrayList<>();
        int n = x.shape()[d];
        for (long from = 0; from < n; from += size)
            out.add(Views.of(x, picked(x.shape(), d, new dev.adjoint.ndarray.Index.Slice((int) from, (int) Math.min(n, from + size), null), torchName)));
        if (n == 0) out.add(Views.of(x, picked(x.shape(), d, new dev.adjoint.ndarray.Index.Slice(0, 0, null), torchName)));
        return Values.tuple(out);
    }

    /**
     * The view op "item along d" of a tensor of {@code shape}, named as PyTorch names the op that made
     * it: the entries it picks are found once, by position, from a tensor of positions.
     */
    static UnaryOperator<Tensor> picked(int[] shape, int d, dev.adjoint.ndarray.Index item, String torchName) {
        Tensor p;
        try (dev.adjoint.scope.Scope s = dev.adjoint.autograd.GradMode.noGrad()) {
            p = along(d, item, Tensor.constant(NDArray.arange(0, Shapes.size(shape), 1).reshape(shape)));
        }
        return taking(p.value().toArray(), p.shape(), torchName);
    }

    /** x.diagonal(offset, d1, d2) of a tensor of {@code shape}: the other dims in order, then the diagonal. */
    static UnaryOperator<Tensor> diagonal(int[] shape, long offset, int d1, int d2) {
        int rows = shape[d1], cols = shape[d2];
        int r0 = offset >= 0 ? 0 : (int) Math.min(rows, -offset), c0 = offset >= 0 ? (int) Math.min(cols, offset) : 0;
        int length = Math.max(0, Math.min(rows - r0, cols - c0));
        int[] strides = Shapes.rowMajorStrides(shape);
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < shape.length; i++) if (i != d1 && i != d2) others.add(i);
        int[] out = new int[others.size() + 1];
        for (int i = 0; i < others.size(); i++) out[i] = shape[others.get(i)];
        out[others.size()] = length;
        double[] positions = new double[Shapes.size(out)];
        int[] idx = new int[out.length];
        for (int k = 0; k < positions.length; k++) {
            int pos = (r0 + idx[out.length - 1]) * strides[d1] + (c0 + idx[out.length - 1]) * strides[d2];
            for (int i = 0; i < others.size(); i++) pos += idx[i] * strides[others.get(i)];
            positions[k] = pos;
            for (int i = out.length - 1; i >= 0 && ++idx[i] == out[i]; i--) idx[i] = 0;
        }
        return taking(positions, out, "DiagonalBackward0");
    }

    private static UnaryOperator<Tensor> taking(double[] positions, int[] shape, String torchName) {
        int[] p = new int[positions.length];
        for (int i = 0; i < p.length; i++) p[i] = (int) positions[i];
        return y -> Ops.take(y, p, shape, torchName);
    }

    /** The slices of x at the given positions along d, one IndexSelectBackward0 node (its gradient adds into those slices). */
    static Tensor indexSelect(Tensor x, int d, Tensor index) {
        Tensor p;
        try (dev.adjoint.scope.Scope s = dev.adjoint.autograd.GradMode.noGrad()) {
            p = along(d, index, Tensor.constant(NDArray.arange(0, Shapes.size(x.shape()), 1).reshape(x.shape())));
        }
        return taking(p.value().toArray(), p.shape(), "IndexSelectBackward0").apply(x);
    }

    static Tensor along(int d, Object item, Tensor x) {
        List<Object> items = new ArrayList<>(Collections.nCopies(d, dev.adjoint.ndarray.Index.Slice.ALL));
        items.add(item);
        return dev.adjoint.autograd.op.Indexing.get(x, items);
    }

    /** x.new_zeros(*size) and friends: size from the arguments after x. */
    private static Tensor fresh(Args a, java.util.function.Function<int[], NDArray> make) {
        a.expect(1, Integer.MAX_VALUE, "dtype", "requires_grad", "device", "size");
        return fresh(a, self(a), make.apply(created(sizes(a, 1))));
    }

    /** A new leaf with x's element type unless dtype= says otherwise, requiring grad when asked. */
    private static Tensor fresh(Args a, Tensor x, NDArray values) {
        if (a.keyword("device") != null) dev.adjoint.lang.lib.TorchDevice.placeOn(a.keyword("device"));
        DType d = a.has("dtype") ? TorchDtype.of(a.keyword("dtype"), a) : x.dtype();
        return Tensor.leaf(values, a.flag("requires_grad", false), d);
    }

    /** PyTorch's view: shares x's data, refused where no strides could describe the result. */
    static Tensor view(Tensor x, UnaryOperator<Tensor> f) {
        if (!Views.canReshapeAsView(x, f))
            throw new AutogradException("view size is not compatible with input tensor's size and stride (at least one dimension spans across "
                    + "two contiguous subspaces). Use .reshape(...) instead.");
        return Views.of(x, f);
    }

    /** PyTorch's reshape (and flatten): a view where one can be, else a copy. */
    static Tensor reshape(Tensor x, UnaryOperator<Tensor> f) {
        return Views.canReshapeAsView(x, f) ? Views.of(x, f) : f.apply(x);
    }

    /** nan_to_num(nan=0.0, posinf=None, neginf=None): None is the type's largest (lowest) value; integers and bools come back as a copy. */
    private static Tensor nanToNum(Args a, boolean inPlace) {
        Tensor x = self(a.expect(1, 4));
        if (!x.dtype().isFloating()) return inPlace ? x : Ops.clone(x);
        double nan = number(a, 1, "nan", 0), posinf = number(a, 2, "posinf", Double.MAX_VALUE), neginf = number(a, 3, "neginf", -Double.MAX_VALUE);
        return Ops.nanToNum(x, nan, posinf, neginf, inPlace);
    }

    /** addcmul(input, tensor1, tensor2, *, value=1) = input + value·tensor1·tensor2; addcdiv divides; in place for addcmul_/addcdiv_. */
    private static Tensor addcmul(Args a, boolean divide, boolean inPlace) {
        if (a.size() == 4 && !a.has("value") && PyNumbers.isNumber(Values.plain(a.get(1)))) { // the deprecated addcmul(value, tensor1, tensor2)
            warnDeprecatedOverload(a, "Number value", "Tensor tensor1, Tensor tensor2");
            Tensor x = self(a.expect(4, 4));
            double value = number(a, 1, "value", 1);
            Tensor t1 = operand(a, a.get(2), "tensor1"), t2 = operand(a, a.get(3), "tensor2");
            return inPlace ? Ops.addcmulInPlace(x, t1, t2, value, divide) : Ops.addcmul(x, t1, t2, value, divide);
        }
        Tensor x = self(a.expect(3, 3, "tensor1", "tensor2", "value"));
        Tensor t1 = operand(a, a.option(1, "tensor1", null), "tensor1"), t2 = operand(a, a.option(2, "tensor2", null), "tensor2");
        double value = number(a, -1, "value", 1);
        return inPlace ? Ops.addcmulInPlace(x, t1, t2, value, divide) : Ops.addcmul(x, t1, t2, value, divide);
    }

    /** add(other, alpha=1): x + alpha·other, one node (sub: x − alpha·other; in place for add_/sub_). */
    private static Tensor alpha(Args a, boolean sub, boolean inPlace) {
        if (a.size() == 3 && !a.has("alpha") && PyNumbers.isNumber(Values.plain(a.get(1)))) return deprecatedAlpha(a, sub, inPlace);
        Tensor x = self(a.expect(2, 2, "alpha", "other"));
        Tensor y = operand(a, a.option(1, "other", null), "other");
        if (sub) TensorOperators.checkBoolSubtraction(x, y);
        return scaledSum(a, x, y, a.has("alpha") ? Values.plain(a.keyword("alpha")) : null, sub, inPlace);
    }

    /** The overload older tutorials' SGD step uses, {@code p.data.add_(-lr, p.grad)}: alpha first. */
    private static Tensor deprecatedAlpha(Args a, boolean sub, boolean inPlace) {
        warnDeprecatedOverload(a, "Number alpha", "Tensor other");
        Tensor x = self(a.expect(3, 3));
        return scaledSum(a, x, operand(a, a.get(2), "other"), Values.plain(a.get(1)), sub, inPlace);
    }

    /**
     * PyTorch 1.13 still runs the overloads with the number first (add_(alpha, other),
     * addcmul(value, tensor1, tensor2)) and warns once a session, from one site for them all; the
     * signatures it names are the method's or the function's, as called.
     */
    private static void warnDeprecatedOverload(Args a, String number, String tensors) {
        if (!a.interpreter().firstWarningFrom("deprecated overload")) return;
        boolean method = a.self() != null;
        String name = a.function();
        String given = method ? number + ", " + tensors : "Tensor input, " + number + ", " + tensors + ", *, Tensor out";
        String instead = method ? tensors + ", *, " + number : "Tensor input, " + tensors + ", *, " + number + ", Tensor out";
        a.interpreter().warnAtCall("UserWarning", "This overload of " + name + " is deprecated:\n\t" + name + "(" + given + ")\nConsider using one of the following signatures instead:\n\t"
                + name + "(" + instead + ") (Triggered internally at  ./torch/csrc/utils/python_arg_parser.cpp:1420.)", a.span());
    }

    /** x + alpha * y (x - alpha * y when sub), in place or not; alpha null: 1. */
    private static Tensor scaledSum(Args a, Tensor x, Tensor y, Object alpha, boolean sub, boolean inPlace) {
        if (alpha == null) return sub ? (inPlace ? InPlace.sub(x, y) : Ops.sub(x, y)) : (inPlace ? InPlace.add(x, y) : Ops.add(x, y));
        if (!x.dtype().isFloating() && !y.dtype().isFloating() && alpha instanceof Double)
            throw new PyError("RuntimeError", "For integral input tensors, argument alpha must not be a floating point number.");
        Number factor = alpha instanceof Long given ? given : (Number) a.number(alpha, "alpha"); // an int stays one: the node's _saved_alpha
        return inPlace ? InPlace.addScaled(x, y, factor, sub) : Ops.addScaled(x, y, factor, sub);
    }

    /** div(other, rounding_mode=None|'trunc'|'floor'). */
    private static Tensor div(Args a) {
        Tensor x = self(a.expect(2, 2, "rounding_mode", "other"));
        Tensor y = operand(a, a.option(1, "other", null), "other");
        Object mode = a.keyword("rounding_mode");
        if (mode == null) return Ops.div(x, y);
        if ("floor".equals(mode) || "trunc".equals(mode)) return Ops.divRounded(TensorOperators.checkDivisor(x, y), y, (String) mode);
        throw PyError.value("div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '" + mode + "'");
    }

    /** mm/mv/dot/bmm: matmul with PyTorch's checks of the operands' dims. */
    private static Tensor matrices(String name, Tensor x, Tensor y, int dx, int dy) {
        checkMatrices(name, x, y, dx, dy);
        return Ops.matmul(x, y);
    }

    private static void checkMatrices(String name, Tensor x, Tensor y, int dx, int dy) {
        if (x.ndim() != dx || y.ndim() != dy) {
            String what = switch (name) {
                case "dot" -> "1D tensors expected, but got " + x.ndim() + "D and " + y.ndim() + "D tensors";
                case "bmm" -> (x.ndim() != 3 ? "batch1" : "batch2") + " must be a 3D tensor";
                case "mv" -> "vector + matrix @ vector expected, got " + x.ndim() + ", " + x.ndim() + ", " + y.ndim();
                default -> (x.ndim() != 2 ? "self" : "mat2") + " must be a matrix";
            };
            throw new dev.adjoint.autograd.AutogradException(what);
        }
        if (name.equals("dot") && x.shape()[0] != y.shape()[0])
            throw new dev.adjoint.autograd.AutogradException("inconsistent tensor size, expected tensor [" + x.shape()[0] + "] and src [" + y.shape()[0]
                    + "] to have the same number of elements, but got " + x.shape()[0] + " and " + y.shape()[0] + " elements respectively");
        if (name.equals("bmm") && (x.shape()[0] != y.shape()[0] || x.shape()[2] != y.shape()[1]))
            throw new dev.adjoint.autograd.AutogradException("Expected size for first two dimensions of batch2 tensor to be: [" + x.shape()[0] + ", " + x.shape()[2]
                    + "] but got: [" + y.shape()[0] + ", " + y.shape()[1] + "].");
        if (name.equals("mm") && x.shape()[1] != y.shape()[0])
            throw new dev.adjoint.autograd.AutogradException("mat1 and mat2 shapes cannot be multiplied (" + x.shape()[0] + "x" + x.shape()[1] + " and "
                    + y.shape()[0] + "x" + y.shape()[1] + ")");
    }

    /** Whether an in-place draw takes PyTorch's float64 stream: the session's default dtype says (adjoint's tensors keep no float32). */
    /** Whether an in-place draw into x takes PyTorch's float64 stream: x asked for as float64, or float64 the default dtype. */
    private static boolean drawsDoubles(Args a, Tensor x) {
        return x.asksFloat64() || a.interpreter().torchRandom().defaultDouble();
    }

    private static boolean isFloat64(TorchDtype d) {
        return d.name().equals("torch.float64");
    }

    /** A cast's result, marked as asked for as float64 when the cast named float64 (the mark stays otherwise: see Tensor#asksFloat64). */
    private static Tensor markedFloat64(Tensor t, boolean float64) {
        return float64 ? t.asksFloat64(true) : t;
    }

    /** Random values written into x in place (uniform_, normal_): not recorded, like PyTorch's. */
    /** x's entries replaced by draws: in grad mode a recorded change (a leaf that requires grad refuses it, as in PyTorch), its gradient zero. */
    private static Tensor fillWith(Tensor x, NDArray values) {
        return InPlace.copy(x, Tensor.constant(values));
    }

    /** backward(gradient=None, retain_graph=None, create_graph=False, inputs=None). */
    private static Object backward(Args a) {
        Tensor y = self(a.expect(1, 5, "gradient", "retain_graph", "create_graph", "inputs"));
        Object g = a.option(1, "gradient", null);
        Tensor seed = g == null ? null : operand(a, g, "gradient");
        boolean create = Values.truthy(a.option(3, "create_graph", false));
        Object retain = a.option(2, "retain_graph", null);
        Object inputs = a.option(4, "inputs", null);
        warnOfCreateGraph(a, create);
        Autograd.backward(List.of(y), seed == null ? null : List.of(seed), retain == null ? create : Values.truthy(retain), create,
                inputs == null ? null : tensors(a, inputs, "inputs"));
        return null;
    }

    /** PyTorch's warning, once a session, when backward (not autograd.grad) builds a graph of the gradients it stores. */
    public static void warnOfCreateGraph(Args a, boolean create) {
        if (create) a.interpreter().warn("UserWarning", CREATE_GRAPH_WARNING, "torch.autograd");
    }

    private static final String CREATE_GRAPH_WARNING = "Using backward() with create_graph=True will create a reference cycle between the parameter"
            + " and its gradient which can cause a memory leak. We recommend using autograd.grad when creating the graph to avoid this. If you have"
            + " to use this function, make sure to reset the .grad fields of your parameters to None after use to break the cycle and avoid the"
            + " leak. (Triggered internally at  ./torch/csrc/autograd/engine.cpp:1059.)";

    /** A tensor or a sequence of tensors, as a list. */
    public static List<Tensor> tensors(Args a, Object v, String what) {
        List<Tensor> out = new ArrayList<>();
        if (Values.node(v) != null) {
            out.add(Values.node(v));
            return out;
        }
        if (!(v instanceof List<?> l)) throw PyError.type(a.function() + "(): " + what + " must be a Tensor or a sequence of Tensors, not " + Values.typeName(v));
        for (Object o : l) out.add(tensor(a, o, what, 1));
        return out;
    }

    // ---- Python values out ----

    /** A tensor element as the Python number PyTorch's item() gives: float, int or bool by the tensor's type. */
    static Object pyScalar(double v, DType dtype) {
        return switch (dtype) {
            case FLOAT64 -> v;
            case BOOL -> v != 0;
            default -> (long) v;
        };
    }

    static Object tolist(NDArray v, DType dtype) {
        if (v.ndim() == 0) return pyScalar(v.item(), dtype);
        PyList out = new PyList();
        for (int i = 0; i < v.shape()[0]; i++) out.add(tolist(v.index(0, i), dtype));
        return out;
    }
}
