package dev.adjoint.session.report;

import dev.adjoint.autograd.Autograd;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;

/** ∂y/∂x for chosen inputs, computed without side effects (no .grad is touched). */
public record GradReport(String target, Tensor output, List<Entry> entries) {
    /** One partial derivative: the input's label (its variable name, else its trace id) and the gradient. */
    public record Entry(String label, Tensor input, NDArray grad) {}

    public static GradReport run(String target, Tensor output, List<String> labels, List<Tensor> inputs) {
        List<Tensor> grads = Autograd.grad(output, inputs, null, false);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) entries.add(new Entry(labels.get(i), inputs.get(i), grads.get(i).value()));
        return new GradReport(target, output, List.copyOf(entries));
    }
}
