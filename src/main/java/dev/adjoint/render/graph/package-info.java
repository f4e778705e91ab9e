/**
 * Pictures of a graph: {@link dev.adjoint.render.graph.GraphModel} (what a picture shows, from a
 * trace and its reports), drawn as boxes for a terminal ({@link dev.adjoint.render.graph.BoxDrawing})
 * or as Graphviz DOT ({@link dev.adjoint.render.graph.DotWriter}), which Graphviz's dot turns into
 * SVG, PNG or PDF. Never decides where a picture is written or shown.
 */
package dev.adjoint.render.graph;
