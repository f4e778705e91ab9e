package dev.adjoint.lang;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;

/** threading.local(): an object whose attributes each thread sets and reads for itself. */
final class ThreadLocalObject implements HostObject, PyReprable {
    static final PyClass CLASS = PyClass.builtin("_local", "_thread", BuiltinTypes.OBJECT,
            Builtin.of("local", a -> new ThreadLocalObject(a.expect(0, 0).interpreter())));

    private final Interpreter interpreter;
    /** Each Python thread's attributes, by its Thread object (touched only holding the GIL). */
    private final Map<PyInstance, Map<String, Object>> perThread = new WeakHashMap<>();

    private ThreadLocalObject(Interpreter in) {
        this.interpreter = in;
    }

    private Map<String, Object> mine() {
        return perThread.computeIfAbsent(ThreadingModule.threads(interpreter).current(), t -> new LinkedHashMap<>());
    }

    @Override
    public Object attribute(String name) {
        return mine().get(name);
    }

    @Override
    public boolean attributeIsNone(String name) {
        Map<String, Object> own = mine();
        return own.containsKey(name) && own.get(name) == null;
    }

    @Override
    public Collection<String> attributeNames() {
        return mine().keySet();
    }

    @Override
    public boolean setAttribute(String name, Object value) {
        mine().put(name, value);
        return true;
    }

    @Override
    public String typeName() {
        return "_thread._local";
    }

    @Override
    public PyClass pyClass() {
        return CLASS;
    }

    @Override
    public String pyRepr() {
        return "<_thread._local object at " + Values.address(this) + ">";
    }
}
