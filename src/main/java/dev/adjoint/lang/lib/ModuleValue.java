package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.Callable;
import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.Sized;
import dev.adjoint.lang.Span;
import dev.adjoint.nn.BatchNorm1d;
import dev.adjoint.nn.Module;
import dev.adjoint.nn.Sequential;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An nn.Module in the language: model(X) runs forward; parameters(), train(), eval(), its weights by name. */
public final class ModuleValue implements HostObject, Callable, Sized {
    private final Module module;

    ModuleValue(Module module) {
        this.module = module;
    }

    public Module module() {
        return module;
    }

    public String typeName() {
        return module.typeName();
    }

    public String name() {
        return module.typeName();
    }

    public Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span) {
        Args a = new Args(module.typeName(), args, keywords, span, interpreter).expect(module.arity(), module.arity());
        Tensor[] in = new Tensor[args.size()];
        for (int i = 0; i < in.length; i++) in[i] = a.tensor(i);
        return module.call(in);
    }

    public Object attribute(String name) {
        switch (name) {
            case "parameters":
                return Builtin.of("parameters", a -> {
                    a.expect(0, 0);
                    return new dev.adjoint.lang.PyList(module.parameters());
                });
            case "train":
                return Builtin.of("train", a -> {
                    a.expect(0, 0);
                    module.train();
                    return null;
                });
            case "eval":
                return Builtin.of("eval", a -> {
                    a.expect(0, 0);
                    module.eval();
                    return null;
                });
            case "forward":
                return (Callable) this;
            case "training":
                return module.isTraining();
            case "running_mean", "running_var":
                if (!(module instanceof BatchNorm1d bn)) return parameter(name);
                return Tensor.needleLeaf(name.equals("running_mean") ? bn.runningMean() : bn.runningVar(), false, bn.weight().isFloat32()); // needle's: tensors holding the statistics
            case "modules":
                if (!(module instanceof Sequential s)) return parameter(name);
                List<Object> parts = new java.util.ArrayList<>();
                for (int i = 0; i < s.size(); i++) parts.add(value(s.get(i)));
                return new dev.adjoint.lang.PyList(parts); // needle's Sequential keeps its modules in .modules
            default:
                return parameter(name);
        }
    }

    /** weight, bias, or a child's parameter by its dotted name with dots as underscores (0_weight). */
    private Object parameter(String name) {
        Map<String, Tensor> named = module.namedParameters();
        if (named.containsKey(name)) return named.get(name);
        return named.get(name.replace('_', '.'));
    }

    /** A child module as the language sees it: a user's module as the object itself, a layer as a ModuleValue. */
    static Object value(Module m) {
        return m instanceof InstanceModule i ? i.instance() : new ModuleValue(m);
    }

    public Collection<String> attributeNames() {
        Set<String> names = new LinkedHashSet<>(List.of("parameters", "train", "eval", "forward", "training"));
        if (module instanceof BatchNorm1d) names.addAll(List.of("running_mean", "running_var"));
        if (module instanceof Sequential) names.add("modules");
        for (String n : module.namedParameters().keySet()) names.add(n.replace('.', '_'));
        return names;
    }

    public long length() {
        if (module instanceof Sequential s) return s.size();
        throw new IllegalArgumentException("object of type '" + typeName() + "' has no len()");
    }

    @Override
    public String toString() {
        return module.toString();
    }
}
