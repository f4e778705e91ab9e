package dev.adjoint.session.report;

import dev.adjoint.ndarray.NDArray;
import java.util.List;

/**
 * What {@code y.backward()} left in the inputs' .grad: one entry per input of y, in trace order;
 * {@code changed} says whether y's graph holds values recorded before an input changed.
 */
public record BackwardReport(String target, List<Entry> entries, ChangedSince changed) {
    /** An input's label (its variable name, else its trace id) and its .grad after the pass (null: none). */
    public record Entry(String label, NDArray grad) {}
}
