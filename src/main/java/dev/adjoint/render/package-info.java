/**
 * The rendering layer: each report of {@code dev.adjoint.session} (and each value of the
 * language) to text, Markdown, LaTeX or JSON, with numbers formatted in one place
 * ({@link dev.adjoint.render.Numbers}). Front-ends (the REPL, the Jupyter kernel) choose a format
 * and print or send what comes back. Never computes a derivative, never runs the interpreter,
 * never touches a terminal, a file or a socket: colour is an option of the text it returns.
 */
package dev.adjoint.render;
