package dev.adjoint.autograd;

/**
 * What a tensor shares or keeps beyond its own value, absent for most tensors: the data cell it
 * shares with aliases (null: its own value), its version counter (null: version 0, never changed
 * in place), and the graph node it was before its last in-place change in grad mode (nodes made
 * before that change still use it). Immutable, so a tensor's snapshot for undo is one reference.
 */
record Alias(DataCell cell, VersionCounter versions, Tensor previous) {
    static final Alias NONE = new Alias(null, null, null);

    Alias withCell(DataCell c) {
        return new Alias(c, versions, previous);
    }

    Alias withVersions(VersionCounter v) {
        return new Alias(cell, v, previous);
    }

    Alias withPrevious(Tensor p) {
        return new Alias(cell, versions, p);
    }
}
