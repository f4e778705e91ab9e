package dev.adjoint.nn.pytorch;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.nn.Module;
import java.util.Set;

/** PyTorch's loss modules: MSELoss, L1Loss, CrossEntropyLoss, NLLLoss; called with (input, target), reduction 'mean', 'sum' or 'none'. */
public final class Loss extends Module {
    /** Which loss. */
    public enum Kind { MSE("MSELoss"), L1("L1Loss"), CROSS_ENTROPY("CrossEntropyLoss"), NLL("NLLLoss");

        private final String typeName;

        Kind(String typeName) {
            this.typeName = typeName;
        }
    }

    private static final Set<String> REDUCTIONS = Set.of("mean", "sum", "none");
    private final Kind kind;
    private final String reduction;

    public Loss(Kind kind, String reduction) {
        if (!REDUCTIONS.contains(reduction)) throw new IllegalArgumentException(reduction + " is not a valid value for reduction");
        this.kind = kind;
        this.reduction = reduction;
    }

    /** The functional form: F.mse_loss, F.cross_entropy, F.nll_loss. */
    public static Tensor apply(Kind kind, Tensor input, Tensor target, String reduction) {
        if (!REDUCTIONS.contains(reduction)) throw new IllegalArgumentException(reduction + " is not a valid value for reduction");
        return switch (kind) {
            case MSE -> Ops.mseLoss(input, target, reduction);
            case L1 -> Ops.l1Loss(input, target, reduction);
            case CROSS_ENTROPY -> Ops.crossEntropy(input, target, reduction);
            case NLL -> Ops.nllLoss(input, target, reduction);
        };
    }

    @Override
    public int arity() {
        return 2;
    }

    @Override
    public Tensor call(Tensor... inputs) {
        if (inputs.length != 2)
            throw new IllegalArgumentException("forward() takes 3 positional arguments but " + (inputs.length + 1) + " were given");
        return apply(kind, inputs[0], inputs[1], reduction);
    }

    @Override
    public Tensor forward(Tensor x) {
        throw new IllegalArgumentException("forward() missing 1 required positional argument: 'target'");
    }

    @Override
    public String typeName() {
        return kind.typeName;
    }
}
