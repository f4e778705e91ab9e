package dev.adjoint.command;

/**
 * The topics of {@code :help TOPIC} besides the commands and functions: one entry each, in the
 * order the overview lists them. To add a topic, add a text block and one line to {@link #ALL}.
 */
final class HelpTopics {
    private HelpTopics() {}

    static final String SYNTAX = """
            Statements (Python, see :help python):
              x1 = 2                  a plain number bound at the top level is an INPUT number:
                                      the Python number and a leaf that requires grad (x1.requires_grad)
              W = randn(3, 2, requires_grad=True)   tensors follow PyTorch: inputs when asked
              c = const(3)            a constant leaf (also: tensor(v), requires_grad=False by default)
              y = ln(x1) + x1*x2      an expression builds graph nodes; plain numbers in it are constants
              y                       an expression statement prints its value
              a, b = b, a             tuples and unpacking;  a += 1 is Python arithmetic (a fresh input)
              x.data = x.data - 0.1   changes a value without growing the graph
              x.grad = None           clears an accumulated gradient
            Operators, loosest first: or, and, not; == != < <= > >=; + -; * / // % @;
              unary - +; ** (also ^, right-associative: -x**2 is -(x**2));
              then calls f(a, axis=1), attributes x.grad, methods x.sum(), indexing x[0, 1:3].
            Blocks: for i in range(n): ...   while cond: ...   if/elif/else   def f(a, b=1): return ...
              with no_grad(): ...   The body follows the colon or comes on indented lines;
              at the prompt an empty line ends a block.
            Literals: 2  2.5  1e-3  0x10  1_000  True False None  "text"  f"{x:.3f}"  (1, 2)  [1, 2]  {"a": 1}  {1, 2}
            """;

    /** What Python adjoint speaks (as CPython 3.11 prints it) and what it does not. */
    private static String python() {
        return PYTHON.replace("MODULES", dev.adjoint.lang.Modules.offered());
    }

    private static final String PYTHON = """
            A program that is valid Python and uses only what adjoint offers runs unchanged and prints
            what CPython 3.11 prints; a FILE.py script runs as CPython runs it (no echo of expressions).
            Values: int (exact, any size), float (printed as Python prints it: 0.1 + 0.2 is
              0.30000000000000004), bool, str, None, list, tuple, dict, set, frozenset, range,
              functions, lambdas, classes and objects, modules, tensors (PyTorch's), and the lecture's
              input numbers: x1 = 2 at the top level is the int 2 with a graph node.
            Expressions: + - * / // % ** (^ is power, the lecture's notation, not XOR) @ & | << >> ~
              == != < <= > >= (chained: 0 < x < 1), in, not in, is, is not, and, or, not,
              a if c else b, lambda, [e for x in xs if c], {k: v for ...}, {e for ...}, (e for ...),
              f(*args, **kwargs), x[i], x[a:b:c], f"{x:.3f} {y!r}", "%.2f" % x, "{}".format(x),
              \"""triple-quoted\""", r"raw", 1_000, 0x10, 0o17, 0b101, 1e-3.
            Statements: = += -= *= /= //= %= **= @= &= |= <<= >>= (a, *rest = xs), if/elif/else,
              for/while with else, break, continue, pass, def with defaults, *args, keyword-only
              and **kwargs, return, class (inheritance, super(), @staticmethod, @classmethod,
              @property, special methods __init__ __repr__ __str__ __len__ __getitem__ __iter__
              __next__ __call__ __eq__ __lt__ __add__ ... __enter__ __exit__),
              try/except/else/finally, raise, raise X from Y, assert, del, global, nonlocal,
              with, import and from ... import (modules: MODULES; from __future__ import
              annotations is accepted: annotations are read and never evaluated).
            Errors: adjoint's own errors are Python exceptions: except RuntimeError catches an
              autograd error; ValueError, TypeError, IndexError, KeyError, ZeroDivisionError,
              NameError, AttributeError, ... the rest. Uncaught, they print as Type: message.
            Built-ins: print len range repr str int float bool list tuple dict set frozenset sorted
              reversed enumerate zip map filter min max sum abs round pow divmod any all iter next
              isinstance issubclass type hasattr getattr setattr delattr callable hash id ord chr
              hex oct bin format dir vars super object property staticmethod classmethod.
            Not supported (each is an error that names it): async/await, generators (yield),
              match, :=, complex numbers, bytes, open/input/exec/eval (programs reach no files,
              processes or network), subclassing built-in types other than exceptions, modules
              other than those listed.
            """;

    static final String FUNCTIONS = """
            Elementwise:  ln (log) exp sin cos tanh sigmoid relu sqrt abs pow
            Reductions:   sum(x, axis=None, keepdims=False) mean max logsumexp   e.g. sum(x, axis=(0, 1))
            Softmax:      softmax(x, axis=-1)  log_softmax(x, axis=-1)
            Shapes:       reshape(x, (2, 3))  transpose(x) (swaps the last two axes)  broadcast_to(x, (3, 2))
                          x.T  x.shape  x[0]  x[:, 1:3]
            Linear:       matmul(a, b) or a @ b (batched, broadcasting batch axes)
            Make:         tensor(v, requires_grad=False)  const(v)  zeros(2, 3)  ones(2, 3)  full((2, 3), 7)  eye(3)
                          arange(0, 5)  rand(2, 3)  randn(2, 3)  one_hot(labels, 10)  seed(0)
            Autograd:     y.backward()  y.backward(v)  x.grad  grad(y, x) (differentiable: grad(grad(y, x), x))
                          jacobian(y, x)  hessian(y, x)  jvp(y, x, u)  vjp(y, x, v)
                          detach(x)  x.detach()  x.requires_grad  x.is_leaf  x.grad_fn  x.item()  x.norm()
            Library:      nn.Linear(784, 100)  nn.Sequential(...)  nn.ReLU()  nn.SoftmaxLoss()  nn.BatchNorm1d(n)
                          optim.SGD(model.parameters(), lr=0.1)  optim.Adam(...)  init.kaiming_uniform(784, 100)
                          mnist()  mnist(images_gz, labels_gz)  DataLoader(ds, batch_size=100)  progress(loader, "epoch 1")
            Python:       print len range sorted min max sum zip enumerate map filter isinstance ... (:help python)
              >>> x = tensor([1, 2, 3])
              >>> s = sum(x * x)
              >>> grad(s, x)
            """;

    static final String AUTOGRAD = """
            Autograd follows PyTorch:
              - y.backward() (and :backward y) ADDS dy/dx into x.grad for every input x; a second
                call doubles it. Clear with x.grad = None. A non-scalar y needs a seed: y.backward(v).
              - Only leaves keep .grad; an intermediate node's .grad is None unless you call
                y.retain_grad() before backward (PyTorch warns the same way).
              - grad(y, x) returns dy/dx as a new tensor with its own graph, so grad(grad(y, x), x)
                is the second derivative (PyTorch's create_graph=True).
              - :set grad off (or with no_grad(): ...) records no graph, like torch.no_grad().
              - x.data reads or replaces a value (of the same shape) without touching the graph.
              - :set anomaly on (like torch.autograd.detect_anomaly) reports the first node whose
                value or gradient becomes nan or inf, with its vi, op, inputs and the statement
                that created it; :trace notes domain errors (ln of a negative, 0/0) in its rows.
            Limits: a tensor over --max-elements (default 100 million) is refused before it is
            allocated; Ctrl-C stops any evaluation; a failed line rebinds no variable and undoes its
            .data/.grad changes (tensors inside modules and optimizers keep theirs).
            Where needle (CMU 10-414) differs: needle's backward ASSIGNS node.grad instead of
            accumulating, and always builds the gradient graph; in adjoint use grad(y, x) for that.
            The commands :trace, :forward, :reverse and :grad never change .grad.
            """;

    static final String JUPYTER = """
            adjoint is also a Jupyter kernel: the same session in a notebook.
              scripts/adjoint --install-kernel --user     then pick "adjoint" in Jupyter
              (--prefix DIR for a virtualenv; --precision/--format/--ascii go into the kernelspec)
              examples/lecture.ipynb                     the lecture's walkthrough, outputs saved
            A cell holds statements, blocks and :commands, split as a script is. Reports come as
            HTML tables, LaTeX (typeset by MathJax), JSON and, for :graph, an SVG picture; progress()
            is a bar updated in place. An error names its Python type (NameError, SyntaxError, ...).
            Tab completes and Shift-Tab shows :help NAME, as here; the stop button interrupts a cell
            as Ctrl-C does and the session goes on.
            """;

    /** Topic name to text. */
    static final java.util.Map<String, String> ALL = new java.util.LinkedHashMap<>();

    static {
        ALL.put("syntax", SYNTAX);
        ALL.put("python", python());
        ALL.put("functions", FUNCTIONS);
        ALL.put("autograd", AUTOGRAD);
        ALL.put("jupyter", JUPYTER);
    }
}
