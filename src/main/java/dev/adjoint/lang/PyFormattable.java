package dev.adjoint.lang;

/** A library value with its own __format__ (a datetime's spec is strftime's codes): format(), f-strings and str.format ask it. */
interface PyFormattable {
    String format(String spec);
}
