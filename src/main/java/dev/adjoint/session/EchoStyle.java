package dev.adjoint.session;

/**
 * What a session's imports decide about the echo of an expression statement: a tensor shows
 * PyTorch's repr once torch is imported ({@code torchRepr}; where a reader of a tutorial compares it
 * with the tutorial's), and the lecture's tracked numbers Python's repr once any module is
 * ({@code pythonNumbers}: the session runs Python from a course, whose digits are the point, as a
 * numerical derivative's {@code 2.999378523327323e-06}); before that, adjoint's display
 * ({@code 11.652}, the lecture's).
 */
public record EchoStyle(boolean torchRepr, boolean pythonNumbers) {}
