package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * inspect.BoundArguments, what Signature.bind and bind_partial give: {@code arguments} (a dict of
 * the parameters given, settable), {@code args} and {@code kwargs} as a call would pass them,
 * apply_defaults(); the binding follows CPython's Signature._bind, with its TypeErrors.
 */
final class BoundArguments implements TabledHostObject, PyReprable {
    static final PyClass TYPE = PyClass.builtin("BoundArguments", "inspect", BuiltinTypes.OBJECT, null);

    private final Signatures.Signature signature;
    private PyDict arguments;

    private BoundArguments(Signatures.Signature signature, PyDict arguments) {
        this.signature = signature;
        this.arguments = arguments;
    }

    /** Signature._bind: the positional arguments to the parameters in order (the rest into *args), then the keywords by name. */
    static BoundArguments bind(Signatures.Signature signature, List<Object> args, Map<String, Object> keywords, boolean partial) {
        PyDict arguments = new PyDict();
        PyDict kwargs = new PyDict();
        keywords.forEach(kwargs::put);
        Iterator<Signatures.Parameter> params = signature.parameters().iterator();
        Signatures.Parameter pending = null; // the parameter the keywords' turn starts with
        Iterator<Object> values = args.iterator();
        while (true) {
            if (!values.hasNext()) {
                if (!params.hasNext()) break;
                Signatures.Parameter p = params.next();
                if (p.kind() == Signatures.Kind.VAR_POSITIONAL) break;
                if (kwargs.containsKey(p.name()) && p.kind() == Signatures.Kind.POSITIONAL_ONLY) throw positionalOnly(p);
                if (!kwargs.containsKey(p.name()) && p.kind() != Signatures.Kind.VAR_KEYWORD && p.dflt() == Signatures.EMPTY && !partial)
                    throw missing(p);
                pending = p;
                break;
            }
            Object value = values.next();
            if (!params.hasNext()) throw PyError.type("too many positional arguments");
            Signatures.Parameter p = params.next();
            if (p.kind() == Signatures.Kind.VAR_KEYWORD || p.kind() == Signatures.Kind.KEYWORD_ONLY) throw PyError.type("too many positional arguments");
            if (p.kind() == Signatures.Kind.VAR_POSITIONAL) {
                List<Object> rest = new ArrayList<>();
                rest.add(value);
                values.forEachRemaining(rest::add);
                arguments.put(p.name(), Values.tuple(rest));
                break;
            }
            if (kwargs.containsKey(p.name()) && p.kind() != Signatures.Kind.POSITIONAL_ONLY)
                throw PyError.type("multiple values for argument " + Repr.quoted(p.name()));
            arguments.put(p.name(), value);
        }
        Signatures.Parameter varKeywords = null;
        List<Signatures.Parameter> remaining = new ArrayList<>();
        if (pending != null) remaining.add(pending);
        params.forEachRemaining(remaining::add);
        for (Signatures.Parameter p : remaining) {
            if (p.kind() == Signatures.Kind.VAR_KEYWORD) {
                varKeywords = p;
                continue;
            }
            if (p.kind() == Signatures.Kind.VAR_POSITIONAL) continue;
            if (!kwargs.containsKey(p.name())) {
                if (!partial && p.dflt() == Signatures.EMPTY) throw missing(p);
                continue;
            }
            if (p.kind() == Signatures.Kind.POSITIONAL_ONLY) throw positionalOnly(p);
            arguments.put(p.name(), kwargs.remove(p.name()).value());
        }
        if (kwargs.size() > 0) {
            if (varKeywords == null) throw PyError.type("got an unexpected keyword argument " + Repr.quoted((String) kwargs.keys().get(0)));
            arguments.put(varKeywords.name(), kwargs);
        }
        return new BoundArguments(signature, arguments);
    }

    private static PyError missing(Signatures.Parameter p) {
        return PyError.type("missing a required argument: " + Repr.quoted(p.name()));
    }

    private static PyError positionalOnly(Signatures.Parameter p) {
        return PyError.type(Repr.quoted(p.name()) + " parameter is positional only, but was passed as a keyword");
    }

    /** args: the values of the parameters before the first keyword-only one or the first not given, *args spread. */
    private Object args() {
        List<Object> out = new ArrayList<>();
        for (Signatures.Parameter p : signature.parameters()) {
            if (p.kind() == Signatures.Kind.VAR_KEYWORD || p.kind() == Signatures.Kind.KEYWORD_ONLY || !arguments.containsKey(p.name())) break;
            if (p.kind() == Signatures.Kind.VAR_POSITIONAL) out.addAll(Values.items(arguments.get(p.name())));
            else out.add(arguments.get(p.name()));
        }
        return Values.tuple(out);
    }

    /** kwargs: the values of the parameters from there on, **kwargs spread. */
    private PyDict kwargs() {
        PyDict out = new PyDict();
        boolean started = false;
        for (Signatures.Parameter p : signature.parameters()) {
            if (!started) {
                if (p.kind() == Signatures.Kind.VAR_KEYWORD || p.kind() == Signatures.Kind.KEYWORD_ONLY) {
                    started = true;
                } else {
                    if (!arguments.containsKey(p.name())) started = true;
                    continue;
                }
            }
            if (!arguments.containsKey(p.name())) continue;
            Object value = arguments.get(p.name());
            if (p.kind() == Signatures.Kind.VAR_KEYWORD) DictMethods.fill(out, value);
            else out.put(p.name(), value);
        }
        return out;
    }

    /** apply_defaults(): every parameter in order, the missing ones with their default ((), {} for *args, **kwargs). */
    private void applyDefaults() {
        PyDict out = new PyDict();
        for (Signatures.Parameter p : signature.parameters()) {
            if (arguments.containsKey(p.name())) out.put(p.name(), arguments.get(p.name()));
            else if (p.dflt() != Signatures.EMPTY) out.put(p.name(), p.dflt());
            else if (p.kind() == Signatures.Kind.VAR_POSITIONAL) out.put(p.name(), Values.tuple());
            else if (p.kind() == Signatures.Kind.VAR_KEYWORD) out.put(p.name(), new PyDict());
        }
        arguments = out;
    }

    @Override
    public String typeName() {
        return "BoundArguments";
    }

    @Override
    public PyClass pyClass() {
        return TYPE;
    }

    private static final AttributeTable<BoundArguments> ATTRIBUTES = new AttributeTable<BoundArguments>()
            .method("apply_defaults", (b, a) -> {
                a.expect(0, 0);
                b.applyDefaults();
                return null;
            })
            .value("args", BoundArguments::args)
            .value("arguments", b -> b.arguments)
            .value("kwargs", BoundArguments::kwargs)
            .value("signature", b -> b.signature);

    @Override
    public AttributeTable<BoundArguments> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public boolean setAttribute(String name, Object value) {
        if (!name.equals("arguments")) return false;
        if (!(value instanceof PyDict d)) throw PyError.type("arguments must be a dict, not " + Values.typeName(value)); // adjoint's; CPython takes any mapping
        arguments = d;
        return true;
    }

    @Override
    public String pyRepr() {
        List<String> parts = new ArrayList<>();
        for (PyDict.Entry e : arguments.entries()) parts.add(e.key() + "=" + Repr.repr(e.value()));
        return "<BoundArguments (" + String.join(", ", parts) + ")>";
    }
}
