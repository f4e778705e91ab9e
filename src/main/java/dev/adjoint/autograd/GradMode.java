package dev.adjoint.autograd;

import dev.adjoint.scope.Scope;
import dev.adjoint.scope.ThreadSetting;

/**
 * Whether new ops record a graph (PyTorch's grad mode). Per thread, like PyTorch, so two sessions
 * evaluating on different threads do not see each other's setting.
 */
public final class GradMode {
    private static final ThreadSetting<Boolean> ENABLED = new ThreadSetting<>(Boolean.TRUE);

    private GradMode() {}

    public static boolean isEnabled() {
        return ENABLED.get();
    }

    /** Sets grad mode until the returned scope is closed, then restores the previous setting. */
    public static Scope set(boolean enabled) {
        return ENABLED.use(enabled);
    }

    /** torch.set_grad_enabled(mode) called as a function: the setting holds until changed (the session keeps it across inputs). */
    public static void setEnabled(boolean enabled) {
        ENABLED.set(enabled);
    }

    public static Scope noGrad() {
        return set(false);
    }
}
