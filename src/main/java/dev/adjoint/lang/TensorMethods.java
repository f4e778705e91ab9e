package dev.adjoint.lang;

import dev.adjoint.autograd.Autograd;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Methods of tensors ({@code x.sum(1)}, {@code y.backward()}): most are the builtin of that name with x first. */
public final class TensorMethods {
    @FunctionalInterface
    public interface Method {
        Object apply(Tensor self, Args args);
    }

    private static final List<String> FROM_BUILTINS = List.of(
            "sum", "mean", "max", "logsumexp", "softmax", "log_softmax", "argmax", "exp", "log", "ln", "sin", "cos",
            "tanh", "sigmoid", "relu", "sqrt", "abs", "norm", "reshape", "transpose", "permute", "broadcast_to",
            "matmul", "pow", "detach");
    private static final Map<String, Method> METHODS;

    static {
        Map<String, Method> m = new LinkedHashMap<>();
        for (String name : FROM_BUILTINS) {
            Builtin b = (Builtin) Builtins.table().get(name);
            m.put(name, (self, a) -> b.fn().apply(a.withReceiver(self)));
        }
        m.put("backward", TensorMethods::backward);
        m.put("item", (self, a) -> {
            a.expect(0, 0);
            return self.value().item(); // a Python float
        });
        m.put("retain_grad", (self, a) -> {
            a.expect(0, 0);
            self.retainGrad();
            return null;
        });
        m.put("requires_grad_", (self, a) -> {
            a.expect(0, 1);
            self.setRequiresGrad(a.size() == 0 || Values.truthy(a.get(0)));
            return self;
        });
        m.put("zero_", (self, a) -> {
            a.expect(0, 0);
            self.setData(NDArray.zeros(self.shape()));
            return self;
        });
        m.put("tolist", (self, a) -> tolist(self.value(), a.expect(0, 0)));
        m.put("numel", (self, a) -> {
            a.expect(0, 0);
            return (long) self.value().size();
        });
        m.put("dim", (self, a) -> {
            a.expect(0, 0);
            return (long) self.ndim();
        });
        m.put("size", (self, a) -> a.expect(0, 1).size() == 0 ? TensorAttributes.shape(self) : (Object) (long) self.value().dim(a.integer(0)));
        METHODS = Collections.unmodifiableMap(m);
    }

    private TensorMethods() {}

    public static Method get(String name) {
        return METHODS.get(name);
    }

    public static Set<String> names() {
        return METHODS.keySet();
    }

    /** Every attribute and method of a tensor, for completion at the prompt. */
    public static List<String> attributeAndMethodNames() {
        return TensorAttributes.all();
    }

    /** backward(), backward(v) (the seed, e.g. a list literal), backward(create_graph=True). */
    private static Object backward(Tensor self, Args a) {
        a.expect(0, 1, "gradient", "create_graph", "retain_graph");
        Object v = a.option(0, "gradient", null);
        Tensor seed = v == null ? null : a.tensorValue(v, "gradient");
        Autograd.backward(self, seed, a.flag("create_graph", false));
        return null;
    }

    /** Nested Python lists of floats (a 0-d tensor gives a float), as PyTorch's tolist(). */
    private static Object tolist(NDArray v, Args a) {
        if (v.ndim() == 0) return v.item();
        PyList out = new PyList();
        for (int i = 0; i < v.shape()[0]; i++) out.add(tolist(v.index(0, i), a));
        return out;
    }
}
