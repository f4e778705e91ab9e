package dev.adjoint.lang;

/** What the decorators of a class body make: property, staticmethod, classmethod; and super()'s proxy. */
public final class Descriptors {
    private Descriptors() {}

    /** {@code @property}: reading the attribute calls the getter; {@code @x.setter} adds a setter. */
    public record Property(Object getter, Object setter, Object deleter) {
        @Override
        public String toString() {
            return "<property object at " + Values.address(this) + ">";
        }
    }

    /**
     * {@code @functools.cached_property}: the first read of the attribute calls the function and keeps its value as the
     * instance's own attribute of that name, which later reads find first (a non-data descriptor); {@code del obj.name} forgets it.
     */
    public record CachedProperty(Object function) implements HostObject {
        @Override
        public String typeName() {
            return "cached_property";
        }

        @Override
        public PyClass pyClass() {
            return FunctoolsModule.CACHED_PROPERTY;
        }

        @Override
        public String toString() {
            return "<functools.cached_property object at " + Values.address(this) + ">";
        }
    }

    /** {@code @staticmethod}: the function, not bound to the instance or class. */
    public record StaticMethod(Object function) {
        @Override
        public String toString() {
            return "<staticmethod(" + Repr.repr(function) + ")>";
        }
    }

    /** {@code @classmethod}: bound to the class. */
    public record ClassMethod(Object function) {
        @Override
        public String toString() {
            return "<classmethod(" + Repr.repr(function) + ")>";
        }
    }

    /** {@code super()} in a method of {@code start}: attributes looked up after start in self's class order. */
    public record Super(PyClass start, Object self) {
        @Override
        public String toString() {
            return "<super: <class '" + start.name() + "'>, <" + Values.typeName(self) + " object>>";
        }
    }
}
