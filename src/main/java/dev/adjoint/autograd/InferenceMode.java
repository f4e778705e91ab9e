package dev.adjoint.autograd;

import dev.adjoint.scope.Scope;
import dev.adjoint.scope.ThreadSetting;

/**
 * PyTorch's inference mode ({@code torch.inference_mode()}): grad mode off, and every tensor made
 * meanwhile an inference tensor, which afterwards cannot be saved by a recorded op, changed in
 * place or made to require grad (PyTorch's messages below). Per thread, like grad mode; until a
 * thread first enters it, making a tensor asks nothing more than before.
 */
public final class InferenceMode {
    private static final ThreadSetting<Boolean> ENABLED = new ThreadSetting<>(Boolean.FALSE);
    /** Whether inference mode was ever entered (by any thread): until then no tensor is an inference one. */
    static volatile boolean everUsed;

    static final String SAVED = "Inference tensors cannot be saved for backward. To work around you can make a clone to get a normal "
            + "tensor and use it in autograd.";
    static final String IN_PLACE = "Inplace update to inference tensor outside InferenceMode is not allowed.You can make a clone to get a "
            + "normal tensor before doing inplace update.See https://github.com/pytorch/rfcs/pull/17 for more details.";
    static final String REQUIRES_GRAD = "Setting requires_grad=True on inference tensor outside InferenceMode is not allowed.";

    private InferenceMode() {}

    public static boolean isEnabled() {
        return everUsed && ENABLED.get();
    }

    /** Inference mode on (grad mode off) or off (grad mode on), as PyTorch's guard sets both, until the scope closes. */
    public static Scope set(boolean enabled) {
        everUsed = true;
        Scope inference = ENABLED.use(enabled);
        return inference.and(GradMode.set(!enabled));
    }

    /** A recorded node must not save an inference tensor (checked as it is made, as PyTorch does). */
    static void checkSaved(Tensor node) {
        int saved = node.op().saved(node) & ~Op.CONSTANT & ~Op.OUTPUT;
        for (int i = 0; i < node.inputCount(); i++)
            if ((saved & (1 << i)) != 0 && node.input(i).isInference()) throw new AutogradException(SAVED);
    }
}
