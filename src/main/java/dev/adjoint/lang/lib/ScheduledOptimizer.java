package dev.adjoint.lang.lib;

import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.Values;
import java.util.List;

/**
 * What a learning-rate scheduler reads and changes of its optimizer: the param_groups (their lr and
 * the hyperparameters a schedule cycles), whether it has a hyperparameter ('momentum' in
 * optimizer.defaults) and the count of its steps (for the step-order warning). Any
 * torch.optim.Optimizer is one, as PyTorch's schedulers take any: a built-in optimizer
 * ({@link TorchOptim.TorchOptimizer}) or an object of a user's subclass ({@link SubclassedOptimizer}).
 */
interface ScheduledOptimizer {
    /** The optimizer as the program sees it (scheduler.optimizer). */
    Object value();

    List<PyDict> groups();

    boolean hasDefault(String key);

    int stepCount();

    /** A new scheduler counts the optimizer's steps from its own start (PyTorch's _initial_step). */
    void resetStepCount();

    /** The optimizer a scheduler was given, or PyTorch's TypeError "X is not an Optimizer". */
    static ScheduledOptimizer of(Object optimizer) {
        if (optimizer instanceof TorchOptim.TorchOptimizer t) return t;
        if (optimizer instanceof PyInstance i && i.pyClass().isSubclassOf(TorchOptim.OPTIMIZER)) return new SubclassedOptimizer(i);
        throw PyError.type(Values.typeName(optimizer) + " is not an Optimizer");
    }
}
