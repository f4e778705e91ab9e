package dev.adjoint.lang;

import java.util.Map;

/**
 * An object's {@code __dict__} as vars(obj) and obj.__dict__ give it: a live view of the object's
 * attributes, so {@code vars(p)["x"] = 1} sets {@code p.x} and a later {@code p.y = 2} shows in it,
 * as in CPython; changes go through the object, which records them in the undo log.
 */
final class InstanceDict extends NameDict {
    private final PyInstance owner;

    InstanceDict(PyInstance owner) {
        this.owner = owner;
    }

    @Override
    Map<String, Object> names() {
        return owner.attributes();
    }

    @Override
    void set(String name, Object value) {
        owner.setOwn(name, value);
    }

    @Override
    void delete(String name) {
        owner.deleteOwn(name);
    }
}
