package dev.adjoint.session.report;

import dev.adjoint.autograd.Tensor;

/** A partial adjoint v̄(from→to): the share of from's adjoint that flows back along the edge from → to. */
public record Edge(TraceNode from, TraceNode to, Tensor partialAdjoint) {}
