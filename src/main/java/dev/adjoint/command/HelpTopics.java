package dev.adjoint.command;

/**
 * The topics of {@code :help TOPIC} besides the commands and functions: one entry each, in the
 * order the overview lists them. To add a topic, add a text block and one line to {@link #ALL}.
 */
final class HelpTopics {
    private HelpTopics() {}

    static final String SYNTAX = """
            Statements (Python-flavoured):
              x1 = 2                  a name bound to a literal or constructor is an INPUT:
              W = randn(3, 2)         a leaf that requires grad (x1.requires_grad is True)
              c = const(3)            a constant leaf (also: tensor(v, requires_grad=False))
              y = ln(x1) + x1*x2      an expression builds graph nodes; literals in it are constants
              y                       an expression statement prints its value
              a, b = b, a             tuples and unpacking;  a += 1 rebinds a = a + 1
              x.data = x.data - 0.1   changes a value without growing the graph
              x.grad = None           clears an accumulated gradient
            Operators, loosest first: or, and, not; == != < <= > >=; + -; * / // % @;
              unary - +; ** (also ^, right-associative: -x**2 is -(x**2));
              then calls f(a, axis=1), attributes x.grad, methods x.sum(), indexing x[0, 1:3].
            Blocks: for i in range(n): ...   while cond: ...   if/elif/else   def f(a, b=1): return ...
              with no_grad(): ...   The body follows the colon or comes on indented lines;
              at the prompt an empty line ends a block.
            Literals: 2  2.5  1e-3  True False None  "text"  (1, 2)  [[1, 2], [3, 4]]   # comment
            """;

    static final String FUNCTIONS = """
            Elementwise:  ln (log) exp sin cos tanh sigmoid relu sqrt abs pow
            Reductions:   sum(x, axis=None, keepdims=False) mean max logsumexp   e.g. sum(x, axis=(0, 1))
            Softmax:      softmax(x, axis=-1)  log_softmax(x, axis=-1)
            Shapes:       reshape(x, (2, 3))  transpose(x) (swaps the last two axes)  broadcast_to(x, (3, 2))
                          x.T  x.shape  x[0]  x[:, 1:3]
            Linear:       matmul(a, b) or a @ b (batched, broadcasting batch axes)
            Make:         tensor(v)  const(v)  zeros(2, 3)  ones(2, 3)  full((2, 3), 7)  eye(3)
                          arange(0, 5)  rand(2, 3)  randn(2, 3)  one_hot(labels, 10)  seed(0)
            Autograd:     y.backward()  y.backward(v)  x.grad  grad(y, x) (differentiable: grad(grad(y, x), x))
                          jacobian(y, x)  hessian(y, x)  jvp(y, x, u)  vjp(y, x, v)
                          detach(x)  x.detach()  x.requires_grad  x.is_leaf  x.grad_fn  x.item()  x.norm()
            Library:      nn.Linear(784, 100)  nn.Sequential(...)  nn.ReLU()  nn.SoftmaxLoss()  nn.BatchNorm1d(n)
                          optim.SGD(model.parameters(), lr=0.1)  optim.Adam(...)  init.kaiming_uniform(784, 100)
                          mnist(images_gz, labels_gz)  DataLoader(ds, batch_size=100)  progress(loader, "epoch 1")
            Other:        print(...)  len(x)  range(n)
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

    /** Topic name to text. */
    static final java.util.Map<String, String> ALL = new java.util.LinkedHashMap<>();

    static {
        ALL.put("syntax", SYNTAX);
        ALL.put("functions", FUNCTIONS);
        ALL.put("autograd", AUTOGRAD);
    }
}
