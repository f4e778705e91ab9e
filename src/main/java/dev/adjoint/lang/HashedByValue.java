package dev.adjoint.lang;

/**
 * A library value that dict keys and sets compare by its Java equals/hashCode (equal values are
 * one key), as CPython hashes it by value: types.UnionType, datetime's dates and durations.
 */
interface HashedByValue {}
