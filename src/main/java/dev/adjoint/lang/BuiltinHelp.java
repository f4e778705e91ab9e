package dev.adjoint.lang;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each builtin of {@link Builtins} is, beside the table that binds it: its call, what it does
 * and an example to type, for {@code :help NAME}. A test checks that every builtin has an entry
 * and that every example runs; adding a builtin means adding its line here.
 */
public final class BuiltinHelp {
    /** The call, one or two lines about it, and an example (statements separated by ';' run one by one). */
    public record Entry(String call, String what, String example) {
        /** As :help NAME and help(NAME) show it: the call, what it does, the example as prompt lines. */
        public String text() {
            StringBuilder sb = new StringBuilder(call).append("\n\n").append(what).append('\n');
            String[] lines = example.contains("\n") ? example.split("\n") : example.split("; ");
            for (String line : lines) sb.append(line.isEmpty() || line.startsWith(" ") ? "  ... " : "  >>> ").append(line).append('\n');
            return sb.toString();
        }
    }

    private BuiltinHelp() {}

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    private static void add(String name, String call, String what, String example) {
        ENTRIES.put(name, new Entry(call, what, example));
    }

    static {
        // elementwise
        add("ln", "ln(x)", "natural logarithm, elementwise; ∂/∂x = 1/x. ln of a negative is nan, ln 0 is -inf", "x = 2; ln(x)");
        add("log", "log(x)", "same as ln(x)", "log(tensor([1, 2.718281828]))");
        add("exp", "exp(x)", "e to the x, elementwise; ∂/∂x = exp(x)", "exp(1)");
        add("sin", "sin(x)", "sine, elementwise; ∂/∂x = cos x", "x2 = 5; sin(x2)");
        add("cos", "cos(x)", "cosine, elementwise; ∂/∂x = −sin x", "cos(0)");
        add("tanh", "tanh(x)", "hyperbolic tangent; ∂/∂x = 1 − tanh²x", "tanh(tensor([-1, 0, 1]))");
        add("sigmoid", "sigmoid(x)", "1 / (1 + exp(−x)); ∂/∂x = σ(x)(1 − σ(x))", "sigmoid(0)");
        add("relu", "relu(x)", "max(x, 0) elementwise; its derivative is 1 where x > 0, else 0", "relu(tensor([-1, 2]))");
        add("sqrt", "sqrt(x)", "square root; ∂/∂x = 1 / (2 sqrt x)", "sqrt(9)");
        add("abs", "abs(x)", "absolute value (Python's for a plain number); ∂/∂x = sign x", "abs(-3)");
        add("pow", "pow(x, p) / pow(x, p, mod)", "x ** p (also written x ^ p); with mod, Python's modular power of ints", "pow(2, 10)");
        add("norm", "norm(x)", "the Euclidean norm sqrt(sum(x*x))", "norm(tensor([3, 4]))");
        // reductions and softmax
        add("sum", "sum(x, axis=None, keepdims=False) / sum(iterable, start=0)", "of a tensor: the sum over all elements or the given axes; "
                + "of anything else, and of a tensor once the session imported torch: Python's sum (over the first dimension)", "sum(tensor([[1, 2], [3, 4]]), axis=0); sum(v * v for v in [1, 2, 3])");
        add("mean", "mean(x, axis=None, keepdims=False)", "mean over all elements or the given axes", "mean(tensor([1, 2, 3, 4]))");
        add("max", "max(x, axis=None, keepdims=False) / max(a, b, ..., key=None)", "of a tensor: its maximum (the gradient goes to the largest "
                + "element); otherwise Python's max", "max(tensor([1, 5, 3])); max(3, 7, 5)");
        add("min", "min(x, axis=None, keepdims=False) / min(a, b, ..., key=None)", "of a tensor: its minimum; otherwise Python's min",
                "min(tensor([1, 5, 3])); min([4, 2, 8], key=lambda v: -v)");
        add("logsumexp", "logsumexp(x, axis=None, keepdims=False)", "log(sum(exp(x))) computed stably", "logsumexp(tensor([1000, 1000]))");
        add("softmax", "softmax(x, axis=-1)", "exp(x) / sum(exp(x)) along an axis", "softmax(tensor([1, 2, 3]))");
        add("log_softmax", "log_softmax(x, axis=-1)", "x − logsumexp(x) along an axis", "log_softmax(tensor([1, 2, 3]))");
        add("argmax", "argmax(x, axis=-1)", "index of the largest element (no gradient)", "argmax(tensor([1, 5, 3]))");
        // shapes and linear algebra
        add("matmul", "matmul(a, b)", "matrix product a @ b, with NumPy's rules for 1-d operands and batches", "matmul(eye(2), tensor([1, 2]))");
        add("reshape", "reshape(x, shape)", "the same elements in a new shape", "reshape(arange(0, 6), (2, 3))");
        add("broadcast_to", "broadcast_to(x, shape)", "repeats x along new or size-1 axes; its gradient sums back", "broadcast_to(tensor([1, 2]), (3, 2))");
        add("permute", "permute(x, axes)", "reorders the axes", "permute(ones(2, 3, 4), (2, 0, 1)).shape");
        add("transpose", "transpose(x)", "swaps the last two axes (also x.T)", "transpose(tensor([[1, 2], [3, 4]]))");
        add("one_hot", "one_hot(labels, n)", "rows of an n-column identity picked by integer labels", "one_hot(tensor([0, 2]), 3)");
        // autograd
        add("grad", "grad(y, x, create_graph=True)", "∂y/∂x as a new tensor with its own graph, so grad(grad(y, x), x) is the second derivative",
                "x = 3; y = x ** 3; grad(grad(y, x), x)");
        add("jacobian", "jacobian(y, x)", "the Jacobian ∂y/∂x, shape y.shape + x.shape, one reverse pass per element of y",
                "x = tensor([1, 2, 3], requires_grad=True); jacobian(x * x, x)");
        add("hessian", "hessian(y, x)", "the matrix of second derivatives of a scalar y (the Jacobian of grad(y, x))",
                "x = tensor([1, 2], requires_grad=True); hessian(sum(x ** 3), x)");
        add("jvp", "jvp(y, x, u)", "Jacobian-vector product J·u: one forward-mode pass with x's tangent u",
                "x = tensor([1, 2], requires_grad=True); jvp(x * x, x, const([1, 0]))");
        add("vjp", "vjp(y, x, v)", "vector-Jacobian product vᵀ·J: one reverse-mode pass with y's adjoint v",
                "x = tensor([1, 2], requires_grad=True); vjp(x * x, x, const([1, 0]))");
        add("detach", "detach(x)", "a constant with x's value: gradients stop here", "x = 2; y = detach(x) * x; grad(y, x)");
        add("no_grad", "with no_grad(): ...", "records no graph inside the block (like torch.no_grad())", "x = tensor(2.0, requires_grad=True)\nwith no_grad():\n    z = x * 3\n\nz.requires_grad");
        add("enable_grad", "with enable_grad(): ...", "records the graph again inside a no_grad block", "x = tensor(2.0, requires_grad=True)\nwith no_grad():\n    with enable_grad():\n        z = x * 3\n\nz.requires_grad");
        // making tensors
        add("tensor", "tensor(v, requires_grad=False)", "a new leaf with a copy of v (a list, a number, a tensor); an input with requires_grad=True",
                "W = tensor([[1, 2], [3, 4]], requires_grad=True)");
        add("const", "const(v)", "a constant leaf: no gradient flows to it", "c = const(3); c.requires_grad");
        add("zeros", "zeros(*shape)", "a tensor of zeros", "zeros(2, 3)");
        add("ones", "ones(*shape)", "a tensor of ones", "ones(2)");
        add("full", "full(shape, value)", "a tensor filled with one value", "full((2, 2), 7)");
        add("eye", "eye(n)", "the n × n identity", "eye(3)");
        add("arange", "arange(start, stop, step=1)", "evenly spaced values in [start, stop)", "arange(0, 5)");
        add("rand", "rand(*shape)", "uniform random numbers in [0, 1) (NumPy's generator; see seed)", "seed(0); rand(2)");
        add("randn", "randn(*shape)", "standard normal random numbers (NumPy's generator; see seed)", "seed(0); randn(2, 2)");
        add("zeros_like", "zeros_like(x)", "zeros of x's shape", "zeros_like(ones(2, 3))");
        add("ones_like", "ones_like(x)", "ones of x's shape", "ones_like(zeros(2))");
        add("rand_like", "rand_like(x)", "uniform random numbers of x's shape", "rand_like(zeros(3))");
        add("randn_like", "randn_like(x)", "normal random numbers of x's shape", "randn_like(zeros(3))");
        add("seed", "seed(n)", "seeds the random generators (as np.random.seed(n) and torch.manual_seed(n) together)", "seed(0); rand(1)");
        // Python basics (as CPython 3.11)
        add("range", "range(n) / range(a, b, step)", "the integers for a for loop", "for i in range(3): print(i)");
        add("print", "print(*values, sep=' ', end='\\n')", "prints values as Python does (str of each, separated by sep, then end)",
                "print(\"y =\", 1/3, [1, 2], sep=\" \")");
        add("len", "len(x)", "length of a list, tuple, str, dict, set, range, or of a tensor's first axis", "len([1, 2, 3])");
        add("repr", "repr(x)", "the text Python's REPL shows for x", "repr('a')");
        add("ascii", "ascii(x)", "repr(x) with non-ASCII characters escaped", "ascii('é')");
        add("format", "format(x, spec)", "x formatted by the format-spec mini-language, as in f'{x:spec}'", "format(1/3, '.3f')");
        add("round", "round(x, ndigits=None)", "Python's rounding: to an int, or to ndigits decimals (ties to even)", "round(2.675, 2)");
        add("divmod", "divmod(a, b)", "(a // b, a % b)", "divmod(-7, 2)");
        add("sorted", "sorted(iterable, key=None, reverse=False)", "a new sorted list (stable)", "sorted([3, 1, 2], reverse=True)");
        add("reversed", "reversed(seq)", "the items of a sequence, last first", "list(reversed([1, 2, 3]))");
        add("enumerate", "enumerate(x, start=0)", "(index, item) pairs for a for loop", "for i, v in enumerate([10, 20]): print(i, v)");
        add("zip", "zip(*iterables)", "tuples of items taken together, as long as the shortest", "list(zip([1, 2], 'ab'))");
        add("map", "map(f, *iterables)", "f applied to each item (lazily)", "list(map(lambda v: v * 2, [1, 2]))");
        add("filter", "filter(f, iterable)", "the items for which f is true (lazily)", "list(filter(lambda v: v > 1, [1, 2, 3]))");
        add("any", "any(iterable)", "True if some item is true", "any(v > 2 for v in [1, 3])");
        add("all", "all(iterable)", "True if every item is true", "all([1, 2, 0])");
        add("iter", "iter(x)", "an iterator over x", "it = iter([1, 2]); next(it)");
        add("next", "next(iterator, default)", "the next item (or default when there is none)", "next(iter([]), 'done')");
        add("isinstance", "isinstance(x, cls)", "whether x is an instance of cls (or of one of a tuple of classes)", "isinstance(2, (int, float))");
        add("issubclass", "issubclass(A, B)", "whether class A derives from B", "issubclass(bool, int)");
        add("hasattr", "hasattr(x, name)", "whether x has the attribute", "hasattr([], 'append')");
        add("getattr", "getattr(x, name, default)", "x.name, or default when missing", "getattr(1, 'real')");
        add("setattr", "setattr(x, name, value)", "x.name = value", "class P: pass\n\np = P()\nsetattr(p, 'v', 1)\np.v");
        add("delattr", "delattr(x, name)", "del x.name", "class P: pass\n\np = P()\np.v = 1\ndelattr(p, 'v')");
        add("callable", "callable(x)", "whether x can be called", "callable(print)");
        add("id", "id(x)", "a number that identifies the object while it lives", "id(None) == id(None)");
        add("complex", "complex(real=0, imag=0), complex('1+2j')", "a complex number (also the literal 2j): z.real, z.imag, z.conjugate(), abs(z); cmath has sqrt, exp, log, phase, polar, rect",
                "z = complex(3, 4); (z, abs(z), z * 1j, z.conjugate())");
        add("hash", "hash(x)", "Python's hash (equal values hash equally)", "hash(1) == hash(1.0)");
        add("ord", "ord(c)", "the code point of a character", "ord('a')");
        add("chr", "chr(n)", "the character of a code point", "chr(97)");
        add("hex", "hex(n)", "an int in hexadecimal", "hex(255)");
        add("oct", "oct(n)", "an int in octal", "oct(8)");
        add("bin", "bin(n)", "an int in binary", "bin(5)");
        add("dir", "dir(x)", "the attribute names of x, sorted", "len(dir([])) > 10");
        add("vars", "vars(obj)", "the attributes of an object, as a dict", "class P:\n    def __init__(self): self.v = 1\n\nvars(P())");
        add("super", "super()", "in a method: the class's parent, to call its methods", "class A:\n    def f(self): return 1\n\nclass B(A):\n    def f(self): return super().f() + 1\n\nB().f()");
        add("str", "str(x)", "the text of a value, as print shows it", "str(1/3)");
        add("float", "float(x)", "a float from a number, a string or a one-element tensor", "float('2.5')");
        add("int", "int(x, base=10)", "an int: from a float rounded towards zero, from a string, from a one-element tensor", "int(2.7); int('ff', 16)");
        add("bool", "bool(x)", "the truth of x", "bool([])");
        add("list", "list(x)", "a list of the items of x", "list(range(3))");
        add("tuple", "tuple(x)", "a tuple of the items of x", "tuple(range(3))");
        add("dict", "dict(pairs or mapping, **kw)", "a dict", "dict(a=1, b=2)");
        add("set", "set(x)", "a set of the items of x", "set([3, 1, 3])");
        add("frozenset", "frozenset(x)", "an immutable set", "frozenset([1, 2])");
        add("slice", "slice(start, stop, step)", "a slice value, as in x[start:stop:step]", "[1, 2, 3][slice(1, None)]");
        add("object", "object()", "the base of every class", "isinstance(1, object)");
        add("type", "type(x)", "the class of x", "type(1/2)");
        add("property", "@property", "a computed attribute of a class (with @name.setter to set it)",
                "class C:\n    @property\n    def two(self): return 2\n\nC().two");
        add("staticmethod", "@staticmethod", "a method called without the instance", "class C:\n    @staticmethod\n    def f(): return 1\n\nC.f()");
        add("classmethod", "@classmethod", "a method called with the class", "class C:\n    @classmethod\n    def f(cls): return cls.__name__\n\nC.f()");
        add("NotImplemented", "NotImplemented", "what a special method such as __add__ returns to let the other operand try", "NotImplemented");
        add("Ellipsis", "Ellipsis or ...", "a placeholder value", "...");
        add("__debug__", "__debug__", "True, as CPython without -O has it (assert statements run)", "__debug__");
        add("__name__", "__name__", "'__main__', so that if __name__ == '__main__': runs", "__name__");
        add("pi", "pi", "the constant π (a float)", "sin(pi / 2)");
        add("exit", "exit() / exit(status)", "ends the session as :quit (and Ctrl-D) do, in a pipe and a script too: Python's SystemExit",
                "try:\n    exit(3)\nexcept SystemExit as e:\n    print('status', e.args[0])\n");
        add("quit", "quit() / quit(status)", "the same as exit()", "# quit() leaves adjoint");
        add("help", "help() / help(f)", "help() points to :help (adjoint's help is at its prompt); help(f) prints what :help f says of a"
                + " function; of your own def, class, object or method, what CPython's pydoc prints (signature, docstring, methods and"
                + " attributes)", "help(len)");
        for (String name : dev.adjoint.lang.Builtins.table().keySet()) {
            Object v = dev.adjoint.lang.Builtins.table().get(name);
            if (v instanceof dev.adjoint.lang.PyClass c && c.isSubclassOf(dev.adjoint.lang.Exceptions.BASE_EXCEPTION)) {
                boolean group = name.endsWith("ExceptionGroup"); // PEP 654: a message and the exceptions it groups
                boolean decode = name.equals("UnicodeDecodeError"); // its five arguments, as CPython's decoder gives them
                String arguments = group ? "'oops', [ValueError(1)]" : decode ? "'utf-8', b'\\xff', 0, 1, 'invalid start byte'" : "'oops'";
                add(name, name + (group ? "(message, exceptions)" : decode ? "(encoding, object, start, end, reason)" : "(message)"), "Python's built-in exception; adjoint's own errors are caught under these names "
                        + "(autograd and shape errors are RuntimeError)", "try:\n    raise " + name + "(" + arguments + ")\nexcept " + name + " as e:\n    print(repr(e))\n");
            }
        }
        add("open", "open(path, mode='r')", "reads a file: mode 'r' (text, UTF-8) or 'rb' (bytes); read(), readline(), for line in f, with; "
                + "programs do not write files ('w', 'a', 'x', '+' are refused)", "# with open('data.txt') as f:\n#     lines = f.read().splitlines()");
        add("bytes", "bytes(x), b'...'", "an immutable byte string (ints 0..255): what open(path, 'rb').read() gives; decode, hex, split, ...",
                "b'\\x00\\x01ab'[2:], bytes([1, 2]), 'é'.encode()");
        add("bytearray", "bytearray(x)", "a mutable byte string: append, extend, item assignment", "b = bytearray(b'ab'); b.append(99); b");
        add("globals", "globals()", "the session's names as a live dict, e.g. to run every test_ function you defined",
                "def test_one(): pass\n[name for name in globals() if name.startswith('test_')]");
        add("locals", "locals()", "a function's names and values now, as a new dict (at top level: globals())",
                "def f(a, b=2):\n    c = a + b\n    return locals()\nf(1)");
        add("input", "input(prompt='')", "shows the prompt and reads a line (the terminal, the rest of a pipe, a script's stdin, a notebook's input box); EOFError at the end",
                "# name = input('Your name: ')");
        add("eval", "eval(expr, globals=None, locals=None)", "the value of a Python expression in a string, in the caller's names or the dicts given",
                "eval('x + 1', {'x': 5})");
        add("exec", "exec(src, globals=None, locals=None)", "runs Python statements from a string: at top level they bind the session's names, exec(src, d) binds into d",
                "d = {}; exec('a = 2\\nb = a * 3', d); d['b']");
        add("compile", "compile(src, filename, mode)", "a code object of a string ('eval': an expression, 'exec': statements) for eval()/exec()",
                "eval(compile('2 ** 10', '<string>', 'eval'))");
        add("__import__", "__import__(name, fromlist=())", "imports a module by a name known at run time (importlib.import_module(name) too)",
                "__import__('math').sqrt(2)");
        add("breakpoint", "breakpoint(...)", "not available in adjoint: programs read no files and no code at run time", "# breakpoint is not supported");
        add("memoryview", "memoryview(b)", "a view of a bytes or bytearray's memory, one byte an item (format 'B'): slices share it, writes reach a bytearray",
                "m = memoryview(bytearray(b'abc')); m[0] = 65; m.tobytes()");
        // needle's library
        add("nn", "nn.Linear(in, out), nn.ReLU(), nn.Sequential(...), nn.SoftmaxLoss(), ...", "needle's modules: layers are called like functions",
                "seed(0); model = nn.Sequential(nn.Linear(4, 3), nn.ReLU()); model(ones(2, 4)).shape");
        add("optim", "optim.SGD(params, lr=0.1), optim.Adam(params, lr=0.001)", "optimizers: opt.reset_grad(), loss.backward(), opt.step(); class SGD(optim.Optimizer) writes one's own step()",
                "seed(0); m = nn.Linear(2, 1); opt = optim.SGD(m.parameters(), lr=0.1)");
        add("init", "init.kaiming_uniform(fan_in, fan_out), init.xavier_normal(...), ...", "needle's initializers", "seed(0); init.kaiming_uniform(3, 2).shape");
        add("data", "data.DataLoader(dataset, batch_size, shuffle=False), ...", "needle's data pipeline", "seed(0); data.DataLoader");
        add("mnist", "mnist() or mnist(images_gz, labels_gz)", "the 10,000 MNIST test images shipped with adjoint, or two gzipped IDX files"
                + " (relative to a script's folder), as a dataset: X (n, 784) in [0, 1], y (n,)", "train = mnist(); len(train)");
        add("DataLoader", "DataLoader(dataset, batch_size=1, shuffle=False)", "batches of a dataset for a for loop",
                "train = mnist(); for X, y in DataLoader(train, batch_size=1000): n = X.shape[0]");
        add("Dataset", "Dataset(X, y)", "a dataset of tensors, for DataLoader", "ds = Dataset(ones(4, 2), zeros(4))");
        add("progress", "progress(iterable)", "the same items, with a progress bar at the terminal", "for i in progress(range(3)): pass");
    }

    /** The entry of a builtin, or null. */
    public static Entry find(String name) {
        return ENTRIES.get(name);
    }

    public static Map<String, Entry> all() {
        return ENTRIES;
    }
}
