package dev.adjoint.lang;

import java.util.List;

/** A library object that is a read-only mapping (NumPy's NpzFile): dict(m) takes its keys and m[key] for each, as CPython's dict() does for an object with keys(). */
public interface PyMapping extends Subscriptable {
    List<Object> keyList();
}
