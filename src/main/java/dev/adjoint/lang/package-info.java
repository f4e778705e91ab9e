/**
 * The language: tokens and spans, the Lexer, the jlox-style Parser, the AST, the Interpreter, the
 * builtin table and the Python values; every failure of an input is a {@code LangError} with a
 * span. Never prints to a terminal: output goes to a {@code Printer}.
 */
package dev.adjoint.lang;
