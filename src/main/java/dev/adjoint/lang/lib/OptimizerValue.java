package dev.adjoint.lang.lib;

import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.HostObject;
import dev.adjoint.optim.Optimizer;
import java.util.Collection;
import java.util.List;

/** An optimizer in the language: opt.step(), opt.reset_grad() (needle) or opt.zero_grad() (PyTorch), opt.lr. */
final class OptimizerValue implements HostObject {
    private final Optimizer optimizer;

    OptimizerValue(Optimizer optimizer) {
        this.optimizer = optimizer;
    }

    public String typeName() {
        return optimizer.getClass().getSimpleName();
    }

    public Object attribute(String name) {
        return switch (name) {
            case "step" -> Builtin.of("step", a -> {
                a.expect(0, 0);
                optimizer.step();
                return null;
            });
            case "reset_grad", "zero_grad" -> Builtin.of(name, a -> {
                a.expect(0, 0);
                optimizer.resetGrad();
                return null;
            });
            case "lr" -> optimizer.lr();
            case "params" -> new dev.adjoint.lang.PyList(optimizer.params());
            default -> null;
        };
    }

    public Collection<String> attributeNames() {
        return List.of("step", "reset_grad", "zero_grad", "lr", "params");
    }

    public boolean setAttribute(String name, Object value) {
        if (!name.equals("lr")) return false;
        Double lr = dev.adjoint.lang.Values.toDouble(value);
        if (lr == null) throw new IllegalArgumentException("lr must be a number");
        optimizer.setLr(lr);
        return true;
    }

    @Override
    public String toString() {
        return optimizer.toString();
    }
}
