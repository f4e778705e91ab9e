/**
 * The one type of a per-thread setting in force until closed ({@link dev.adjoint.scope.Scope}).
 * Owns nothing else; below every other package, so each can hand out a Scope.
 */
package dev.adjoint.scope;
