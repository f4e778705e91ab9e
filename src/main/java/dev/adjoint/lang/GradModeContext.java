package dev.adjoint.lang;

/** What {@code no_grad()} / {@code enable_grad()} return, for {@code with}: grad mode inside the block. */
public record GradModeContext(boolean enabled) {
    @Override
    public String toString() {
        return enabled ? "<enable_grad>" : "<no_grad>";
    }
}
