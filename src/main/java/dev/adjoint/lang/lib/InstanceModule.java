package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.Values;
import dev.adjoint.nn.Module;
import dev.adjoint.nn.Parameter;
import java.util.Arrays;
import java.util.List;

/**
 * A student's own needle module ({@code class Net(nn.Module)}) inside one of needle's layers, as
 * hw2 puts one into {@code nn.Sequential}: calling it calls the object, its parameters are the
 * object's (as they were when it was put there), and train()/eval() reach it.
 */
final class InstanceModule extends Module {
    private final PyInstance instance;
    private final Interpreter interpreter;

    InstanceModule(PyInstance instance, Interpreter interpreter) {
        this.instance = instance;
        this.interpreter = interpreter;
        List<Object> params = Values.items(instance.call("parameters"));
        for (int i = 0; i < params.size(); i++)
            if (params.get(i) instanceof Tensor t && Parameter.isParameter(t) && t.isLeaf()) registerParameter("param" + i, t);
    }

    PyInstance instance() {
        return instance;
    }

    @Override
    public Tensor forward(Tensor x) {
        Object out = interpreter.call(instance, Arrays.asList(x));
        if (!(out instanceof Tensor t)) throw PyError.type(typeName() + ".forward must return a tensor, not " + Values.typeName(out));
        return t;
    }

    @Override
    protected void trainingSet(boolean on) {
        instance.call(on ? "train" : "eval");
    }

    @Override
    public String typeName() {
        return instance.pyClass().name();
    }
}
