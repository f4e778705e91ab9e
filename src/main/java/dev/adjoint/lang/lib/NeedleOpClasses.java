package dev.adjoint.lang.lib;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.BuiltinTypes;
import dev.adjoint.lang.Callable;
import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyReprable;
import dev.adjoint.lang.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * needle's op classes ({@code ndl.ops.EWiseAdd}, {@code AddScalar}, {@code Summation}, ...): the
 * class of a tensor's {@code .op}, and a constructor as hw1/hw2 use them, {@code EWiseAdd()(a, b)},
 * {@code PowerScalar(2)(x)}, {@code Summation(axes=(1,))(x)}: calling the op is calling needle.ops'
 * function of the same op with the constructor's argument after the tensors.
 */
final class NeedleOpClasses {
    private NeedleOpClasses() {}

    /** needle's class name, the needle.ops function it calls, and the constructor's one argument (null: none). */
    private record Spec(String function, String argument, boolean required) {}

    private static final Map<String, Spec> SPECS = Map.ofEntries(
            Map.entry("EWiseAdd", new Spec("add", null, false)),
            Map.entry("AddScalar", new Spec("add_scalar", "scalar", true)),
            Map.entry("EWiseMul", new Spec("multiply", null, false)),
            Map.entry("MulScalar", new Spec("mul_scalar", "scalar", true)),
            Map.entry("EWiseDiv", new Spec("divide", null, false)),
            Map.entry("DivScalar", new Spec("divide_scalar", "scalar", true)),
            Map.entry("EWisePow", new Spec("power", null, false)),
            Map.entry("PowerScalar", new Spec("power_scalar", "scalar", true)),
            Map.entry("MatMul", new Spec("matmul", null, false)),
            Map.entry("Negate", new Spec("negate", null, false)),
            Map.entry("Exp", new Spec("exp", null, false)),
            Map.entry("Log", new Spec("log", null, false)),
            Map.entry("ReLU", new Spec("relu", null, false)),
            Map.entry("Tanh", new Spec("tanh", null, false)),
            Map.entry("Sigmoid", new Spec("sigmoid", null, false)),
            Map.entry("LogSoftmax", new Spec("logsoftmax", null, false)),
            Map.entry("Reshape", new Spec("reshape", "shape", true)),
            Map.entry("BroadcastTo", new Spec("broadcast_to", "shape", true)),
            Map.entry("Transpose", new Spec("transpose", "axes", false)),
            Map.entry("Summation", new Spec("summation", "axes", false)),
            Map.entry("LogSumExp", new Spec("logsumexp", "axes", false)),
            Map.entry("Stack", new Spec("stack", "axis", true)));

    private static final Map<String, PyClass> CLASSES = new ConcurrentHashMap<>();

    /** The class named {@code name} in needle.ops: a constructor for needle's ops, a plain class for others' names. */
    static PyClass of(String name) {
        return CLASSES.computeIfAbsent(name, n -> {
            Spec spec = SPECS.get(n);
            return PyClass.builtin(n, "needle.ops", BuiltinTypes.OBJECT, spec == null ? null : Builtin.of(n, a -> construct(n, spec, a)));
        });
    }

    /** Adds the constructible classes to needle.ops. */
    static void addTo(dev.adjoint.lang.PyModule ops) {
        for (String name : SPECS.keySet()) ops.add(name, of(name));
    }

    private static Object construct(String name, Spec spec, Args a) {
        if (spec.argument == null) {
            a.expect(0, 0);
            return new Applied(name, Needle.op(spec.function), null, null);
        }
        a.expect(spec.required ? 1 : 0, 1, spec.argument);
        Object value = a.option(0, spec.argument, null);
        if (spec.required && value == null) throw a.error("missing 1 required positional argument: '" + spec.argument + "'");
        return new Applied(name, Needle.op(spec.function), spec.argument, value);
    }

    /** An op object: op(*tensors) computes needle.ops' function; its argument is an attribute (op.scalar, op.axes). */
    private record Applied(String className, Builtin function, String argument, Object value) implements HostObject, Callable, PyReprable {
        @Override
        public String name() {
            return className;
        }

        @Override
        public Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span) {
            List<Object> all = new ArrayList<>(args);
            if (argument != null) all.add(value);
            return function.call(interpreter, all, keywords, span);
        }

        @Override
        public String typeName() {
            return className;
        }

        @Override
        public PyClass pyClass() {
            return of(className);
        }

        @Override
        public Object attribute(String name) {
            return name.equals(argument) ? value : null;
        }

        @Override
        public boolean attributeIsNone(String name) {
            return name.equals(argument) && value == null;
        }

        @Override
        public Collection<String> attributeNames() {
            return argument == null ? List.of() : List.of(argument);
        }

        @Override
        public String pyRepr() {
            return "<needle.ops." + className + " object>";
        }
    }
}
