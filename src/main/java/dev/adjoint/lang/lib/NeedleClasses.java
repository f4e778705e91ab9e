package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.Values;
import dev.adjoint.nn.Parameter;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * needle's nn.Module and data.Dataset as classes a user subclasses, as the course's notebooks do:
 * {@code class Net(nn.Module)} with {@code __init__} and {@code forward}, whose parameters() are
 * the nn.Parameter tensors, built-in layers and sub-modules in its attributes (needle's
 * _unpack_params), and {@code class DS(data.Dataset)} with {@code __getitem__} and {@code __len__},
 * which DataLoader batches by stacking its items. Dataset(X, y) called itself stays adjoint's
 * dataset of tensors.
 */
final class NeedleClasses {
    private NeedleClasses() {}

    static final PyClass MODULE = PyClass.library("Module", "needle.nn", null);

    static {
        MODULE.method("__init__", a -> {
            self(a.expect(0, 0)).setOwn("training", true);
            return null;
        });
        MODULE.method("__call__", a -> self(a).call("forward", a.positional().toArray()));
        MODULE.method("forward", a -> {
            throw new PyError("NotImplementedError", "");
        });
        MODULE.method("parameters", a -> new PyList(parameters(self(a.expect(0, 0)).attributes().values())));
        MODULE.method("train", a -> training(self(a.expect(0, 0)), true));
        MODULE.method("eval", a -> training(self(a.expect(0, 0)), false));
    }

    /** needle's optim.Optimizer, the base hw2 writes SGD and Adam on: it keeps params, and reset_grad sets each grad to None. */
    static final PyClass OPTIMIZER = PyClass.library("Optimizer", "needle.optim", null);

    static {
        OPTIMIZER.method("__init__", a -> {
            self(a.expect(1, 1, "params")).setOwn("params", a.option(0, "params", null));
            return null;
        });
        OPTIMIZER.method("step", a -> {
            throw new PyError("NotImplementedError", "");
        });
        OPTIMIZER.method("reset_grad", a -> {
            Object setattr = dev.adjoint.lang.Builtins.table().get("setattr");
            PyInstance o = self(a.expect(0, 0));
            Object params = o.attributes().get("params");
            if (params == null && !o.attributes().containsKey("params"))
                throw PyError.attribute("'" + o.pyClass().name() + "' object has no attribute 'params'");
            for (Object p : Values.items(params))
                a.interpreter().call(setattr, Arrays.asList(p, "grad", null));
            return null;
        });
    }

    /** needle's Dataset: Dataset(X, y) is adjoint's dataset of tensors; a subclass gives __getitem__ and __len__. */
    static PyClass dataset(Builtin ofTensors) {
        PyClass c = PyClass.builtin("Dataset", "needle.data", null, ofTensors);
        c.method("__init__", a -> {
            a.expect(0, 1, "transforms");
            self(a).setOwn("transforms", a.option(0, "transforms", null));
            return null;
        });
        c.method("__getitem__", a -> {
            throw new PyError("NotImplementedError", "");
        });
        c.method("__len__", a -> {
            throw new PyError("NotImplementedError", "");
        });
        c.method("apply_transforms", a -> {
            Object x = a.expect(1, 1).get(0), transforms = self(a).attributes().get("transforms");
            if (transforms == null) return x; // None, or a subclass that did not call Dataset.__init__
            for (Object t : Values.items(transforms)) x = a.interpreter().call(t, Arrays.asList(x));
            return x;
        });
        return c;
    }

    /** nn.Parameter(x): a trainable leaf holding x's value, which Module.parameters() finds; a needle tensor's is needle's. */
    static Tensor parameter(Args a) {
        Tensor x = a.tensor(0);
        return x.isNeedle() ? Parameter.needle(x.value(), true, x.isFloat32()) : Parameter.of(x);
    }

    private static PyInstance self(Args a) {
        if (!(a.self() instanceof PyInstance i)) throw PyError.type("descriptor '" + a.function() + "' needs an instance");
        return i;
    }

    /** needle's _unpack_params: parameters, modules' parameters, and those inside lists, tuples and dicts, in order. */
    private static List<Object> parameters(Iterable<?> values) {
        List<Object> out = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof Tensor t && Parameter.isParameter(t)) out.add(t);
            else if (v instanceof PyInstance i && i.pyClass().isSubclassOf(MODULE)) out.addAll(Values.items(i.call("parameters")));
            else if (v instanceof ModuleValue m) out.addAll(m.module().parameters());
            else if (v instanceof PyDict d) out.addAll(parameters(d.entries().stream().map(PyDict.Entry::value).toList()));
            else if (v instanceof List<?> l) out.addAll(parameters(l));
        }
        return out;
    }

    /** train() and eval(): the flag on the module and every module inside it (needle's _child_modules). */
    private static Object training(PyInstance module, boolean on) {
        module.setOwn("training", on);
        setTraining(module.attributes().values(), on);
        return null;
    }

    private static void setTraining(Iterable<?> values, boolean on) {
        for (Object v : values) {
            if (v instanceof PyInstance i && i.pyClass().isSubclassOf(MODULE)) training(i, on);
            else if (v instanceof ModuleValue m) {
                if (on) m.module().train();
                else m.module().eval();
            } else if (v instanceof PyDict d) setTraining(d.entries().stream().map(PyDict.Entry::value).toList(), on);
            else if (v instanceof List<?> l) setTraining(l, on);
        }
    }

    /** A dataset that is not adjoint's own (a Dataset subclass, a list of pairs) batched as PyTorch's DataLoader does. */
    static Object loaderOver(Args a, Object dataset, Object batchSize, boolean shuffle) {
        return TorchDataLoader.CLASS.call(a.interpreter(), Arrays.asList(dataset), Map.of("batch_size", batchSize, "shuffle", shuffle), a.span());
    }
}
