package dev.adjoint.session.report;

import dev.adjoint.autograd.Autograd;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;

/**
 * ∂y/∂x for chosen inputs, computed without side effects (no .grad is touched); {@code changed}
 * says whether y's graph holds values recorded before an input changed (x.data = ...).
 */
public record GradReport(String target, Tensor output, List<Entry> entries, ChangedSince changed) {
    /** One partial derivative: the input's label (its variable name, else its trace id) and the gradient. */
    public record Entry(String label, Tensor input, NDArray grad) {}

    public static GradReport run(String target, Tensor output, List<String> labels, List<Tensor> inputs) {
        return run(target, output, labels, inputs, ChangedSince.NONE);
    }

    public static GradReport run(String target, Tensor output, List<String> labels, List<Tensor> inputs, ChangedSince changed) {
        List<Tensor> grads = Autograd.grad(output, inputs, null, false);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) entries.add(new Entry(labels.get(i), inputs.get(i), grads.get(i).value()));
        return new GradReport(target, output, List.copyOf(entries), changed);
    }
}
