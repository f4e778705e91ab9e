package dev.adjoint.lang;

import dev.adjoint.autograd.Op;

/** The value of {@code t.grad_fn}: shows the op that made a non-leaf, as PyTorch's {@code <MulBackward0>}. */
public record GradFn(Op op) {
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("<");
        for (String part : op.name().split("_"))
            if (!part.isEmpty()) sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        return sb.append("Backward>").toString();
    }
}
