package dev.adjoint.lang.lib;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.AttributeTable;
import dev.adjoint.lang.TabledHostObject;
import dev.adjoint.optim.Optimizer;

/** An optimizer in the language: opt.step(), opt.reset_grad() (needle) or opt.zero_grad() (PyTorch), opt.lr. */
final class OptimizerValue implements TabledHostObject {
    private final Optimizer optimizer;

    OptimizerValue(Optimizer optimizer) {
        this.optimizer = optimizer;
    }

    public String typeName() {
        return optimizer.getClass().getSimpleName();
    }

    private static final AttributeTable<OptimizerValue> ATTRIBUTES = new AttributeTable<OptimizerValue>()
            .method("step", (o, a) -> {
                a.expect(0, 0);
                o.optimizer.step();
                return null;
            })
            .method("reset_grad", OptimizerValue::resetGrad)
            .method("zero_grad", OptimizerValue::resetGrad)
            .value("lr", o -> o.optimizer.lr())
            .value("params", o -> new dev.adjoint.lang.PyList(o.optimizer.params()));

    @Override
    public AttributeTable<OptimizerValue> attributeTable() {
        return ATTRIBUTES;
    }

    /** reset_grad() and zero_grad(): one method, by needle's name and PyTorch's. */
    private Object resetGrad(Args a) {
        a.expect(0, 0);
        optimizer.resetGrad();
        return null;
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
