package dev.adjoint.lang;

/**
 * A library value that dict keys and sets compare by its Java equals/hashCode (equal values are
 * one key), as CPython hashes it by value: types.UnionType, generic and typing aliases, naive dates
 * and times, bound methods (same function, same object). Its hash() is its
 * hashCode, unless {@link HashKey} gives it a key of CPython's hash (a timedelta, an aware datetime).
 */
interface HashedByValue {}
