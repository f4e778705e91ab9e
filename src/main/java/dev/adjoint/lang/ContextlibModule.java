package dev.adjoint.lang;


/**
 * Python's contextlib: {@code @contextmanager} (a generator function as a with statement's
 * context: the code before its yield runs on entry, the yielded value is bound by {@code as}, the
 * rest runs on exit, and an error in the block is raised at the yield, as CPython's
 * _GeneratorContextManager does), {@code suppress(*exceptions)} and {@code nullcontext(value)}.
 */
final class ContextlibModule {
    private ContextlibModule() {}

    static final PyClass GENERATOR_CONTEXT = PyClass.library("_GeneratorContextManager", "contextlib", null);
    static final PyClass SUPPRESS = PyClass.library("suppress", "contextlib", null);
    static final PyClass NULL_CONTEXT = PyClass.library("nullcontext", "contextlib", null);
    static final PyClass REDIRECT_STDOUT = PyClass.library("redirect_stdout", "contextlib", null),
            REDIRECT_STDERR = PyClass.library("redirect_stderr", "contextlib", null);

    static {
        GENERATOR_CONTEXT.method("__enter__", a -> {
            Object v = generator(a.expect(0, 0)).step(null, null);
            if (v == ResumableBody.END) throw new PyError("RuntimeError", "generator didn't yield");
            return v;
        });
        GENERATOR_CONTEXT.method("__exit__", a -> {
            Generator g = generator(a.expect(3, 3));
            Object type = a.get(0), value = a.get(1);
            if (type == null) {
                if (g.step(null, null) != ResumableBody.END) throw new PyError("RuntimeError", "generator didn't stop");
                return false;
            }
            LangError thrown = Exceptions.raise(value != null ? value : type, a.interpreter(), a.span());
            try {
                if (g.step(null, thrown) != ResumableBody.END) throw new PyError("RuntimeError", "generator didn't stop after throw()");
                return true; // the generator caught it and finished: the with statement goes on
            } catch (LangError e) {
                if (e.exception() != null && e.exception() == thrown.exception()) return false; // raised again as it was
                throw e;
            }
        });
        SUPPRESS.method("__enter__", a -> null);
        SUPPRESS.method("__exit__", a -> {
            a.expect(3, 3);
            if (!(a.get(0) instanceof PyClass raised)) return false;
            for (Object c : Values.items(((PyInstance) a.self()).own("exceptions")))
                if (c instanceof PyClass k && raised.isSubclassOf(k)) return true;
            return false;
        });
        NULL_CONTEXT.method("__enter__", a -> ((PyInstance) a.self()).own("enter_result"));
        NULL_CONTEXT.method("__exit__", a -> false);
        for (PyClass redirect : java.util.List.of(REDIRECT_STDOUT, REDIRECT_STDERR)) {
            String stream = redirect == REDIRECT_STDOUT ? "stdout" : "stderr";
            // as CPython's _RedirectStream: sys.stdout is the target inside the block, the one before it after (re-entrant: a stack of them)
            redirect.method("__enter__", a -> {
                PyInstance self = (PyInstance) a.expect(0, 0).self();
                PyModule sys = a.interpreter().modules().load("sys");
                ((PyList) self.own("_old_targets")).add(sys.attribute(stream));
                Object target = self.own("_new_target");
                sys.setAttribute(stream, target);
                return target;
            });
            redirect.method("__exit__", a -> {
                PyList old = (PyList) ((PyInstance) a.self()).own("_old_targets");
                a.interpreter().modules().load("sys").setAttribute(stream, old.remove(old.size() - 1));
                return false;
            });
        }
    }

    static PyModule create() {
        PyModule m = new PyModule("contextlib");
        m.add(Builtin.of("contextmanager", a -> {
            Object function = a.expect(1, 1).get(0);
            String name = function instanceof Callable c ? c.name() : "helper";
            return Builtin.of(name, call -> {
                Object gen = call.interpreter().call(function, call.positional(), call.keywords(), call.span());
                if (!(gen instanceof Generator)) throw PyError.type("'" + Values.typeName(gen) + "' object is not an iterator");
                PyInstance context = new PyInstance(GENERATOR_CONTEXT, call.interpreter());
                context.setOwn("gen", gen);
                return context;
            });
        }));
        m.add(Builtin.of("suppress", a -> {
            PyInstance context = new PyInstance(SUPPRESS, a.interpreter());
            context.setOwn("exceptions", Values.tuple(a.positional()));
            return context;
        }));
        for (PyClass redirect : java.util.List.of(REDIRECT_STDOUT, REDIRECT_STDERR))
            m.add(Builtin.of(redirect.name(), a -> {
                PyInstance context = new PyInstance(redirect, a.interpreter());
                context.setOwn("_new_target", a.expect(1, 1, "new_target").option(0, "new_target", null));
                context.setOwn("_old_targets", new PyList(new java.util.ArrayList<>()));
                return context;
            }));
        m.add(Builtin.of("nullcontext", a -> {
            PyInstance context = new PyInstance(NULL_CONTEXT, a.interpreter());
            context.setOwn("enter_result", a.expect(0, 1, "enter_result").option(0, "enter_result", null));
            return context;
        }));
        return m;
    }

    private static Generator generator(Args a) {
        return (Generator) ((PyInstance) a.self()).own("gen");
    }
}
