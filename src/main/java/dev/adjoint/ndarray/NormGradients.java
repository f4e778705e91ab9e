package dev.adjoint.ndarray;

/** The gradients a normalisation kernel's backward gives: of its input, of its weight and of its bias. */
public record NormGradients(NDArray dx, double[] dweight, double[] dbias) {}
