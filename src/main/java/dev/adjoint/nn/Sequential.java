package dev.adjoint.nn;

import dev.adjoint.autograd.Tensor;
import java.util.List;

/** Applies its modules in order; they are its children "0", "1", ... */
public final class Sequential extends Module {
    private final Module[] modules;

    public Sequential(Module... modules) {
        this.modules = modules.clone();
        for (int i = 0; i < modules.length; i++) {
            if (modules[i] == null) throw new IllegalArgumentException("Sequential: module " + i + " is null");
            registerModule(Integer.toString(i), modules[i]);
        }
    }

    public Sequential(List<? extends Module> modules) {
        this(modules.toArray(new Module[0]));
    }

    @Override
    public Tensor forward(Tensor x) {
        for (Module m : modules) x = m.call(x);
        return x;
    }

    public int size() {
        return modules.length;
    }

    public Module get(int i) {
        return modules[i];
    }
}
