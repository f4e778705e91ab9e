package dev.adjoint.lang;

/** A library object with a length for len(): a dataset, a data loader, a Sequential. */
public interface Sized {
    long length();
}
