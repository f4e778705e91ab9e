package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Anomaly;
import dev.adjoint.lang.ContextManager;
import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.Interpreter;

/**
 * {@code torch.autograd.set_detect_anomaly(mode)} (sets the mode when called; as a with
 * statement's context, puts the mode before the call back at its end) and
 * {@code torch.autograd.detect_anomaly()} (on inside the block). While the mode is on, a backward
 * pass fails with PyTorch's message at the first node whose gradient has a NaN.
 */
final class TorchAnomalyMode implements HostObject, ContextManager {
    private final String name;
    private final boolean mode;
    private boolean before;

    private TorchAnomalyMode(String name, boolean mode, boolean before) {
        this.name = name;
        this.mode = mode;
        this.before = before;
    }

    static TorchAnomalyMode set(boolean mode) {
        boolean before = Anomaly.checksNan();
        Anomaly.checkNan(mode);
        return new TorchAnomalyMode("set_detect_anomaly", mode, before);
    }

    static TorchAnomalyMode detect() {
        return new TorchAnomalyMode("detect_anomaly", true, false);
    }

    @Override
    public Object enter(Interpreter interpreter) {
        if (name.equals("detect_anomaly")) {
            before = Anomaly.checksNan();
            Anomaly.checkNan(mode);
        }
        return null;
    }

    @Override
    public void exit() {
        Anomaly.checkNan(before);
    }

    @Override
    public String typeName() {
        return name;
    }

    @Override
    public String toString() {
        return "<torch.autograd.anomaly_mode." + name + " object>";
    }
}
