package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Methods of tensors with PyTorch's names and arguments ({@code x.sum(dim=1)}, {@code y.backward()},
 * {@code w.add_(1)}): each is the function of {@link TensorFunctions} with x first, so
 * {@code x.f(...)} and {@code torch.f(x, ...)} cannot disagree.
 */
public final class TensorMethods {
    @FunctionalInterface
    public interface Method {
        Object apply(Tensor self, Args args);
    }

    /** x.numpy(): a NumPy array sharing the tensor's data, as PyTorch's (numpy's file); the one method that is no torch.X function. */
    private static final Method NUMPY = (self, a) -> {
        a.expect(0, 0, "force");
        if (!self.isNeedle() && !a.flag("force", false)) dev.adjoint.lang.lib.numpy.NpArray.checkNumpyAllowed(self); // needle's numpy() has no such rule
        return dev.adjoint.lang.lib.numpy.Numpy.sharing(self);
    };
    /**
     * The methods asked for so far, each made at its first lookup (TensorFunctions makes its
     * functions by families, as they are needed) and kept, so that {@code x.sum == x.sum} as bound
     * methods compare.
     */
    private static final Map<String, Method> MADE = new ConcurrentHashMap<>();

    /** t.__add__ and friends: attributes dir(t) lists, left out of completion (Python's completer offers them once '_' is typed); made at the first one asked for. */
    private static final class Dunders {
        static final Map<String, Method> TABLE = TensorDunders.table();
    }

    private TensorMethods() {}

    /**
     * The methods as attributes of the class too ({@code torch.Tensor.abs(x)}, micrograd's tests
     * pass {@code torch.Tensor.tanh} as a function), each taking the tensor first.
     */
    static void register(PyClass tensorClass) {
        Set<String> all = new LinkedHashSet<>(names());
        all.addAll(Dunders.TABLE.keySet()); // torch.Tensor.__add__(x, 1), as PyTorch's class has them
        tensorClass.method("__hash__", a -> SetOrder.hash(HashKey.of(a.expect(0, 0).self()))); // by identity, beside __eq__
        for (String name : all) {
            tensorClass.method(name, a -> {
                Method m = get(name);
                if (!(a.self() instanceof Tensor t))
                    throw PyError.type("descriptor '" + name + "' for 'torch._C._TensorBase' objects doesn't apply to a '" + Values.typeName(a.self()) + "' object");
                return m.apply(t, a);
            });
        }
    }

    public static Method get(String name) {
        Method m = MADE.get(name);
        if (m != null) return m;
        if (name.equals("numpy")) return NUMPY;
        Builtin.Fn fn = KeywordNames.tensorMethod("torch.Tensor." + name, TensorFunctions.table().get(name));
        if (fn != null) return MADE.computeIfAbsent(name, n -> (self, a) -> fn.apply(a.withReceiver(self)));
        return name.startsWith("__") ? Dunders.TABLE.get(name) : null;
    }

    public static Set<String> names() {
        Set<String> names = new LinkedHashSet<>(TensorFunctions.table().keySet());
        names.add("numpy");
        return Collections.unmodifiableSet(names);
    }

    /** dir(t): every attribute, method and special method of a tensor, sorted as dir() sorts. */
    public static List<String> dirNames() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(TensorAttributes.all());
        names.addAll(Dunders.TABLE.keySet());
        return List.copyOf(names);
    }

    /** Every attribute and method of a tensor, for completion at the prompt. */
    public static List<String> attributeAndMethodNames() {
        return TensorAttributes.all();
    }
}
