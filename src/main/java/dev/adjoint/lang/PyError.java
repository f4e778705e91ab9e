package dev.adjoint.lang;

/**
 * A failure of value code with Python's exception type ("ZeroDivisionError", "KeyError", ...) and
 * no position yet: the interpreter places it at the node being evaluated (see Interpreter.wrap),
 * and {@code except ZeroDivisionError:} catches it by that name.
 */
public final class PyError extends RuntimeException {
    private final String type;
    private final boolean plain;
    private java.util.List<Object> args;
    private String hint = "";

    public PyError(String type, String message) {
        this(type, message, false);
    }

    private PyError(String type, String message, boolean plain) {
        super(message, null, false, false); // never shown as a trace
        this.type = type;
        this.plain = plain;
    }

    /** Shown without the type in front (a sentence that says it all, such as "`async def` is not supported"). */
    public boolean plain() {
        return plain;
    }

    /** The exception's args when they are not just the message (KeyError's key). */
    public PyError withArgs(Object... args) {
        this.args = java.util.Arrays.asList(args);
        return this;
    }

    /** What the traceback shows after the message but str() of the exception lacks: CPython's ". Did you mean: 'x'?". */
    public PyError withHint(String hint) {
        this.hint = hint;
        return this;
    }

    public String hint() {
        return hint;
    }

    private Object[] nameAndObject;

    /** NameError's and AttributeError's name (and obj), ImportError's name and path: attributes of the exception object. */
    public PyError withNameAndObject(Object name, Object obj) {
        nameAndObject = new Object[] {name, obj};
        return this;
    }

    Object[] nameAndObject() {
        return nameAndObject;
    }

    /** CPython's ModuleNotFoundError: "No module named 'x'", with x as its name; what adjoint offers instead is a hint, never in the message. */
    static PyError noModule(String name, String hint) {
        PyError e = new PyError("ModuleNotFoundError", "No module named '" + name + "'").withNameAndObject(name, null);
        return hint == null ? e : e.withHint("\nhint: " + hint);
    }

    /** The exception's args, or null when they are the message alone. */
    public java.util.List<Object> args() {
        return args;
    }

    /** The Python exception class name. */
    public String type() {
        return type;
    }

    /**
     * An OSError of a file operation, as CPython's: str "[Errno 2] No such file or directory: 'x'",
     * args (2, 'No such file or directory'), and errno, strerror, filename on the exception object.
     */
    public static PyError os(String type, int errno, String strerror, String filename) {
        return new PyError(type, "[Errno " + errno + "] " + strerror + ": " + Repr.repr(filename)).withArgs((long) errno, strerror, filename);
    }

    public static PyError type(String message) {
        return new PyError("TypeError", message);
    }

    public static PyError value(String message) {
        return new PyError("ValueError", message);
    }

    public static PyError index(String message) {
        return new PyError("IndexError", message);
    }

    public static PyError zeroDivision(String message) {
        return new PyError("ZeroDivisionError", message);
    }

    public static PyError overflow(String message) {
        return new PyError("OverflowError", message);
    }

    public static PyError attribute(String message) {
        return new PyError("AttributeError", message);
    }

    /** KeyError(key): its args hold the key itself; str() of it is the key's repr (KeyError: 'k'). */
    public static PyError key(Object key) {
        return new PyError("KeyError", Repr.repr(key)).withArgs(key);
    }

    public static PyError notSupported(String feature) {
        return new PyError("NotImplementedError", feature + " is not supported", true);
    }
}
