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
              y                       an expression statement prints its value, as Python's prompt:
                                      its repr ([1, 'a'], a list's tensors too); a tensor in
                                      adjoint's display ([1, 2]) until import torch, then as
                                      PyTorch's repr (tensor([1., 2.])); y here is 11.652 until
                                      any import, then Python's repr (11.652071455223084)
              a, b = b, a             tuples and unpacking;  a += 1 is Python arithmetic (a fresh input)
              x.data = x.data - 0.1   changes a value without growing the graph
              x.grad = None           clears an accumulated gradient
            Operators, loosest first: or, and, not; == != < <= > >=; + -; * / // % @;
              unary - +; ** (also ^, right-associative: -x**2 is -(x**2));
              then calls f(a, axis=1), attributes x.grad, methods x.sum(), indexing x[0, 1:3].
            Blocks: for i in range(n): ...   while cond: ...   if/elif/else   def f(a, b=1): return ...
              with no_grad(): ...   The body follows the colon or comes on indented lines;
              at the prompt an empty line you type ends a block; a paste or a notebook cell runs as
              its file would (a blank line before an indented line, else:, except:, finally: or a
              comment at column 0 stays inside the block). The prompt indents the next line for
              you; typing its spaces yourself works too (Space first replaces the auto-indent),
              and Backspace in leading spaces goes back one level. A header without its colon
              (for i in range(3)) is Python's SyntaxError at once.
            Literals: 2  2.5  1e-3  0x10  1_000  True False None  "text"  f"{x:.3f}"  (1, 2)  [1, 2]  {"a": 1}  {1, 2}
            """;

    /** What Python adjoint speaks (as CPython 3.11 prints it) and what it does not. */
    private static String python() {
        return PYTHON.replace("MODULES", dev.adjoint.lang.Modules.offered());
    }

    private static final String PYTHON = """
            A program that is valid Python and uses only what adjoint offers runs unchanged and prints
            what CPython 3.11 prints; a FILE.py script runs as CPython runs it (no echo of expressions).
            A .py file, -c and exec() see Python's builtins only: the lecture's bare sqrt, exp, ln, zeros,
              tensor, ... are a NameError there, as under CPython (import them: from math import sqrt,
              import torch); the prompt, a pipe, a cell, -e and an .adj script keep them.
            is: as CPython's (identifier-like string literals interned, equal literals of one script one
              object, 10**3 folded); "is" with a literal, a literal called or subscripted (a missed
              comma) print CPython's SyntaxWarning before the code runs.
            __del__ and a generator's finally/except GeneratorExit run when the last name lets go (del,
              rebinding, a function's return), as CPython's reference counts run them; one held
              elsewhere when the collector finds it freed, at gc.collect() or at the program's end.
              gc: collect enable disable isenabled get_count get_threshold set_threshold is_tracked ...
            Values: int (exact, any size), float (printed as Python prints it: 0.1 + 0.2 is
              0.30000000000000004), bool, str, None, list, tuple, dict, set, frozenset, range,
              functions, lambdas, classes and objects, modules, tensors (PyTorch's), and the lecture's
              input numbers: x1 = 2 at the top level is the int 2 with a graph node; arithmetic (% too)
              and math.log/math.sin/... of them are recorded, as ln/sin are.
            Expressions: + - * / // % ** (^ of numbers is power, the lecture's notation; XOR of ints is
              operator.xor(a, b); of two bools, and of bool or integer tensors, ^ is XOR) @ & | << >> ~
              == != < <= > >= (chained: 0 < x < 1), in, not in, is, is not, and, or, not,
              a if c else b, lambda, [e for x in xs if c], {k: v for ...}, {e for ...}, (e for ...),
              (n := len(xs)) where Python allows := (binding outside the comprehension it is in),
              generators: def with yield v, x = yield v, yield from it, and (yield v) inside an
              expression (total += yield avg, print((yield)), while (x := (yield)) is not None:;
              not inside and/or, a if c else b or a lambda); next, send, throw, close,
              StopIteration.value; for v in gen(): closes the generator it made when the loop ends
              early (break, return, an error), running its finally; (e for x in xs) is lazy too,
              f(*args, **kwargs), x[i], x[a:b:c], f"{x:.3f} {y!r}", "%.2f" % x, "{}".format(x),
              \"""triple-quoted\""", r"raw", 1_000, 0x10, 0o17, 0b101, 1e-3.
            Statements: = += -= *= /= //= %= **= @= &= |= <<= >>= (a, *rest = xs), if/elif/else,
              for/while with else, break, continue, pass, def with defaults, *args, keyword-only
              and **kwargs, return, class (inheritance, super(), @staticmethod, @classmethod,
              @property, special methods __init__ __repr__ __str__ __len__ __getitem__ __iter__
              __next__ __call__ __eq__ __lt__ __add__ ... __enter__ __exit__; __new__ (singletons,
              object.__new__(cls)), descriptors (__get__ __set__ __delete__ __set_name__),
              __getattribute__ __setattr__ __delattr__ and object.__setattr__(self, k, v),
              __init_subclass__ with class C(Base, key=value); subclasses of list dict set frozenset
              tuple str int float Counter OrderedDict defaultdict deque StringIO (class Stack(list), __missing__,
              super().__init__(items), class Mode(str, Enum)); private __names
              are _Class__names; a docstring is __doc__), positional-only parameters (a, /),
              annotations (def f(x: int) -> str: f.__annotations__; x: int in a class or module:
              C.__annotations__, evaluated as CPython 3.11 does), f.__code__ (co_argcount,
              co_varnames, ...), f.__defaults__, f.__kwdefaults__, f.__module__,
              try/except/else/finally, raise, raise X from Y, assert, del, global, nonlocal,
              with, match (case 1 | 2:, case [x, *rest]:, case {"k": v, **rest}:,
              case Point(x, y=0): through __match_args__, case int(n):, case p as name:,
              case x if x > 0:, case _:; CPython's SyntaxError for a case that can never run;
              match = 3 and re.match stay names), import and from ... import (modules: MODULES;
              from __future__ import annotations keeps annotations as their text). import fibo
              runs your own fibo.py from the script's folder (at the prompt the working
              directory; then the folders in sys.path), once: its __name__ is 'fibo', so its
              if __name__ == "__main__": block does not run; an error in it names its file and
              line. Packages too, as a homework's python/needle after sys.path.append('./python'):
              import pkg, import pkg.sub, from pkg import sub, and in their files from . import x,
              from .x import y, from .. import z, from .ops import * (__all__ if set); each
              __init__.py runs once, before its submodules. A package comes before adjoint's module
              of that name (your needle, not adjoint's); importlib.reload(m) runs an edited
              module again, importlib.import_module('pkg.sub') imports by name. adjoint's modules come before a module
              file (a random.py of yours is not imported). random is
              CPython's generator: after random.seed(n), random(), randint, randrange, choice,
              choices, sample (k= too), shuffle, uniform, gauss and getrandbits give CPython's
              numbers; random.Random(seed) has the same functions on a generator of its own.
              sys offers only argv (adjoint FILE ARG... gives [FILE, ARG, ...]; adjoint -c CMD
              ARG..., which runs CMD as python3 -c does, ['-c', ARG, ...]; [''] at the prompt;
              adjoint -i FILE runs FILE, then stays at the prompt with its names), path (where
              import looks for NAME.py and NAME/__init__.py: the script's folder, or '' for the working directory;
              append folders), modules (the imported ones), version_info, version,
              platform, maxsize, float_info, int_info, stdout, stderr (print(..., file=sys.stderr) goes to
              stderr), stdin (read, readline, readlines, for line in sys.stdin, buffer: a script's or -c's
              stdin; in a pipe stdin is the program, so nothing is left to read, as with python3 -), exit
              and get/setrecursionlimit (accepted; the limit stays 1000).
              collections: Counter (most_common, elements, update, subtract, total, + - | &),
              defaultdict, OrderedDict (move_to_end, popitem(last=False), fromkeys), deque (maxlen, appendleft,
              popleft, rotate, ...), namedtuple (_asdict, _replace, _fields, _make), UserList,
              UserDict, UserString (to subclass: self.data holds the value).
              itertools: count cycle repeat accumulate chain chain.from_iterable compress
              dropwhile takewhile filterfalse groupby islice pairwise starmap tee zip_longest
              product permutations combinations combinations_with_replacement; endless ones stop
              at Ctrl-C, and list(count()) is a MemoryError at --max-elements.
              functools: reduce partial lru_cache (typed=) cache (cache_info, cache_clear) wraps
              update_wrapper cmp_to_key total_ordering cached_property singledispatch
              singledispatchmethod. typing: List Dict Tuple Set Optional
              Union Callable Any Sequence Iterable Iterator Mapping ... (subscriptable, printed
              as typing.List[int]), TypeVar, Generic, Protocol, NamedTuple (a base class or
              called), TypedDict, NewType, get_type_hints, cast, TYPE_CHECKING.
              operator: add sub mul truediv floordiv mod pow neg lt le eq ... itemgetter
              attrgetter methodcaller. copy: copy, deepcopy (Python values, your objects with
              __deepcopy__/__reduce__/__getstate__ if they say so, leaf tensors, modules).
              time: time perf_counter monotonic process_time sleep.
              string: ascii_letters digits punctuation whitespace ... capwords, Template
              (substitute, safe_substitute, get_identifiers; subclass delimiter/idpattern).
              textwrap: wrap fill shorten dedent indent TextWrapper (CPython's line breaks).
              numbers: Number Complex Real Rational Integral (isinstance(3, Number) is True).
              complex numbers: 1+2j, complex(3, -4), complex('1+2j'), z.real z.imag z.conjugate() abs(z),
              CPython's arithmetic and repr; cmath: sqrt exp log log10 phase polar rect isclose isfinite
              isinf isnan pi e tau inf infj nan nanj (finite arguments).
              types: SimpleNamespace, MappingProxyType (a read-only view of a mapping, as a class's __dict__),
              FunctionType BuiltinFunctionType MethodType ModuleType GeneratorType.
              unicodedata: normalize is_normalized category name lookup combining decimal digit
              numeric east_asian_width mirrored bidirectional decomposition (CPython's Unicode 14.0).
              reprlib: repr, Repr (maxlist, maxstring, ... limits).
              fractions: Fraction (exact; from str, int, float), limit_denominator, from_float.
              decimal: Decimal, getcontext().prec/.rounding, quantize round normalize sqrt,
              ROUND_HALF_EVEN ROUND_HALF_UP ..., Decimal('-0'), Overflow/InvalidOperation/
              DivisionByZero as CPython traps them; no NaN or infinities.
              timeit: timeit repeat Timer default_timer, for functions (not statement strings).
              glob: glob iglob (recursive=True) escape. fileinput: input() (the files of sys.argv[1:],
                stdin for - or none), filename lineno filelineno isfirstline isstdin nextfile close. zlib: compress decompress crc32 adler32.
              csv: reader writer DictReader DictWriter (files, io.StringIO, lists of lines),
              dialects excel excel-tab unix, register_dialect, Dialect subclasses, delimiter
              quotechar escapechar skipinitialspace, QUOTE_MINIMAL ALL NONNUMERIC NONE, csv.Error.
              json: dumps and dump(obj, f) (indent, sort_keys, separators, ensure_ascii,
              skipkeys, allow_nan, default=, cls= a JSONEncoder subclass with default()), loads
              and load(f) (object_hook, object_pairs_hook, parse_float, parse_int,
              parse_constant), JSONDecoder, JSONDecodeError (a ValueError; msg doc pos
              lineno colno), as CPython.
              argparse: ArgumentParser, add_argument (type default action choices help nargs
              required dest metavar), parse_args (sys.argv[1:] or a list), parse_known_args,
              set_defaults, Namespace, add_argument_group; --help, usage and errors (exit 2)
              as CPython's.
              re: compile search match fullmatch findall finditer sub subn split escape, flags
              I M S X A U NOFLAG (shown by name: re.IGNORECASE), purge, match objects (group groups groupdict start end span
              lastindex lastgroup pos endpos expand regs), re.Pattern and re.Match: CPython
              3.11's syntax and re.error messages (str patterns; bytes patterns refused).
              warnings: warn (on stderr as CPython shows it, "FILE:LINE: UserWarning: text" and
              the line, once per place), filterwarnings, simplefilter, resetwarnings,
              catch_warnings (record=True, action=), formatwarning; PyTorch's own warnings (a
              scheduler stepped first, .grad of a non-leaf) obey the same filters.
              tqdm (also tqdm.auto, tqdm.notebook): for X, y in tqdm(loader, desc=..., total=...),
              trange(n), update, set_postfix, set_description, close, tqdm.write, with tqdm(...):
              the items pass through unchanged; the bar is drawn on stderr at a terminal only
              (labelled by desc=, unlabelled without, as tqdm's).
              threading: Thread (target args kwargs name daemon; start join is_alive ident
                native_id; a subclass's run), Lock RLock Event Condition Semaphore
                BoundedSemaphore Barrier Timer local, current_thread main_thread get_ident
                active_count enumerate excepthook. Real threads under one GIL per session, as
                CPython's (switched at blocking calls and every 5 ms); grad mode per thread as in
                PyTorch. queue: Queue LifoQueue PriorityQueue SimpleQueue (put get block timeout,
                put_nowait get_nowait Empty Full qsize empty full task_done join).
                concurrent.futures: ThreadPoolExecutor (submit map shutdown, with), Future (result
                exception done running cancelled cancel add_done_callback), wait as_completed.
              heapq: heappush heappop heapify heappushpop heapreplace nlargest nsmallest merge
              (the heap's list in CPython's order). bisect: bisect_left bisect_right insort (lo, hi,
              key). contextlib: @contextmanager, suppress, nullcontext. abc: ABC,
              @abstractmethod (an abstract class cannot be instantiated, CPython's TypeError).
              statistics: mean fmean median median_low median_high mode multimode quantiles
              variance pvariance stdev pstdev harmonic_mean geometric_mean covariance
              correlation linear_regression StatisticsError, CPython's exact results;
              NormalDist (pdf cdf inv_cdf quantiles overlap zscore samples from_samples, + - * /).
              io: StringIO, BytesIO (in memory: read, readline, write, getvalue, seek, with).
              logging: basicConfig (level, format, datefmt, stream, force), getLogger, debug info
              warning error critical log, setLevel, StreamHandler, NullHandler, Formatter;
              records on stderr as CPython writes them (WARNING:root:text); exception() and
              exc_info=True add CPython's traceback; a message its arguments do not fit prints
              the "--- Logging error ---" report and goes on; no FileHandler.
              traceback: print_exc (file=), format_exc: CPython's traceback of the error being
              handled (frames, source lines, carets); print_exception format_exception
              (exc or type, value, tb) format_exception_only extract_tb format_tb print_tb
              walk_tb extract_stack format_stack print_stack walk_stack format_list
              print_list FrameSummary StackSummary TracebackException (from_exception format).
              sys.exc_info() and sys.exception() in a handler; e.__traceback__ (tb_next
              tb_lineno tb_frame); raise e keeps its frames.
              unittest: TestCase (setUp tearDown setUpClass tearDownClass addCleanup subTest
              skipTest, the assert methods with CPython's messages and diffs), skip skipIf
              skipUnless expectedFailure SkipTest, TestSuite TestLoader TestResult
              TextTestRunner (verbosity=2: "test_add (__main__.TestAdd.test_add) ... ok"),
              main(): a script exits with the verdict; the prompt and a notebook go on.
              datetime: date, datetime, time, timedelta, timezone, UTC (arithmetic, comparisons,
              repr, str, isoformat, fromisoformat, strftime and f"{d:%Y-%m-%d}", strptime,
              isocalendar, timetuple, ctime, fromordinal, fromtimestamp, combine, timestamp,
              astimezone, fold); now() and today() read the clock; zones are fixed offsets.
              time: time perf_counter monotonic process_time sleep localtime gmtime strftime
              strptime mktime asctime ctime struct_time (tm_zone, tm_gmtoff) timezone altzone
              daylight tzname (the process's zone, TZ).
              pprint: pprint pformat pp PrettyPrinter (width, indent, compact, sort_dicts), laid
              out as CPython's (one item a line when it does not fit, long strings split).
              enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto(), @unique: members with name and value,
              aliases for repeated values, Color(1), Color['RED'], for c in Color, len(Color),
              in, methods and properties on members, CPython's repr/str and errors (ValueError
              "7 is not a valid Color"); IntEnum/IntFlag/StrEnum members act as their value (N.A + 1,
              range(N.B), S.A.upper()) but isinstance(N.A, int) is False here.
            Errors: adjoint's own errors are Python exceptions: except RuntimeError catches an
              autograd error; ValueError, TypeError, IndexError, KeyError, ZeroDivisionError,
              NameError, AttributeError, ... every built-in exception class (ConnectionError,
              TimeoutError, ExceptionGroup; e.add_note(...)); except* clauses and exception groups'
              split/subgroup/derive as CPython 3.11's (PEP 654). Uncaught, one prints as CPython's last
              traceback line (NameError: name 'x' is not defined; SyntaxError: '[' was never
              closed; TypeError: f() missing 1 required positional argument: 'a'), placed with
              FILE:LINE:COL and a caret, a misspelt name with CPython's "Did you mean: 'f'?"; one raised inside functions comes after CPython's
              "Traceback (most recent call last):" with every frame (File, line, function, the
              line and its carets; <listcomp>, <genexpr> and <lambda> frames, a function that map
              or sorted's key called; a recursion's [Previous line repeated 996 more times]),
              placed where it was raised; raise X from e sets __cause__, an error raised while
              handling another gets __context__, and an uncaught chained one is shown after the
              error it came from, with CPython's "The above exception was the direct cause ...".
              An uncaught exception group is followed by CPython's boxes of its members
              (+-+---- 1 ----), each with the traceback and chain it was raised with, in the
              terminal and the notebook alike; a generator may yield inside a try with except*.
            Built-ins: print len range repr str int float bool list tuple dict set frozenset sorted
              reversed enumerate zip map filter min max sum abs round pow divmod any all iter next
              isinstance issubclass type hasattr getattr setattr delattr callable hash id ord chr
              hex oct bin format dir vars (the object's live __dict__; without an argument, the
              running scope's names) super object property
              staticmethod classmethod. list[int], dict[str, int] print as written
              (types.GenericAlias, for annotations); int | None, int | str are types.UnionType
              (isinstance(x, int | str)); a script's __file__ is its absolute path.
            At the prompt, as Python's: _ is the last value shown; exit() and quit() end the session
              as :quit does (in a pipe and a script too; exit(3) ends it with status 3); help()
              points here; help(f) of a function prints its help, and of your own class, object or
              method, and of a built-in type's method (help(str.split)), what CPython's pydoc prints.
            Files (read only): open(path) and open(path, "rb") (read, readline, readlines, for line
              in f, next(f) (a file is its own iterator), seek, tell, with; its OSError has errno, strerror, filename), gzip.open(path) ("rt" for text), gzip.decompress, gzip.compress; bytes and
              bytearray (b'\\x00', indexing, slicing, decode, hex, fromhex, split, join, strip, ...),
              str.encode, int.from_bytes, int.to_bytes; memoryview(b) (format 'B': slices share the
              memory, tolist, tobytes, hex, release, with; writes reach a bytearray, which cannot
              change size while a view of it is live: BufferError); struct (pack, unpack, unpack_from,
              iter_unpack, calcsize, Struct; @ = < > ! and x c b B ? h H i I l L q Q n N f d s);
              np.frombuffer(buf, dtype=np.uint8, offset=16): hw0's parse_mnist runs unchanged.
              os: only paths and reading: os.path.join exists isfile isdir basename dirname
              splitext split abspath normpath getsize expanduser, os.getcwd, os.listdir,
              os.walk, os.cpu_count, os.environ, os.getenv. pathlib.Path: / name stem suffix parent parts exists is_file
              is_dir iterdir glob rglob read_text read_bytes open resolve (its writing methods are
              refused); open, gzip.open and os.path take a Path. dataclasses: @dataclass (order=, frozen=, eq=, repr=, init=,
              kw_only=, slots=), field(default=, default_factory=, repr=, compare=, init=, kw_only=), KW_ONLY, fields, asdict, astuple,
              replace, is_dataclass, FrozenInstanceError. inspect: signature (Parameter, Signature),
              getfullargspec, getdoc, getsource, getsourcelines, getfile, getmembers, cleandoc, isfunction, ismethod,
              isclass, ismodule, isbuiltin, isroutine, isgeneratorfunction, unwrap. globals(): the session's names, live;
              locals(): a function's names now (a new dict).
              input(prompt) shows the prompt and reads a line: the terminal's (Ctrl-D: EOFError),
              a pipe's next line, a script's stdin, a notebook's input box (input_request).
              pickle: dumps, loads, dump and load on io.BytesIO or open(path, "rb") (loading runs no
              code: only data, NumPy arrays as the nn tutorial's mnist.pkl.gz, and the session's classes);
              torch.save(obj, buf) and torch.load(buf) with
              buf = io.BytesIO() (and torch.load(path) of a .pt file); torch.save(obj, path) keeps it in the
              session's memory (nothing written; torch.load(path) reads it back); tempfile is refused (no files written);
              import matplotlib and torchvision are CPython's ModuleNotFoundError with a hint line (no plots;
              MNIST ships as mnist()).
            Not supported (each is an error that names it): async/await, a yield inside and/or,
              a if c else b or a lambda, writing files (open(path, "w"),
              Path.write_text, os.remove, os.makedirs), commands (os.system, subprocess), exec/eval,
              subclassing torch.Tensor, complex, bytes (bool, range: CPython's TypeError),
              metaclasses (class C(metaclass=M)),
              modules other than those listed.
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
            Autograd follows PyTorch 1.13 (float64):
              - requires_grad: tensors are made with requires_grad=False unless asked
                (tensor(v, requires_grad=True), x.requires_grad_()); a result requires grad iff an
                operand does and grad mode is on; leaves are tensors you made (x.is_leaf), results
                have a grad_fn named as PyTorch's (MulBackward0, MeanBackward0; grad_fn.next_functions).
                The lecture's shorthand stays: x1 = 2 at the top level is an input number (a leaf
                that requires grad) that is otherwise a Python int; n += 1 rebinds it, it can bound
                a range, index a list or be a dict key. Its graph is arithmetic among numbers
                (x1*x2, ln(x1)); beside a tensor it is the Python number PyTorch would see, a
                constant (mean = 0.5; x - mean has no grad_fn).
              - y.backward() ADDS dy/dx into x.grad of every leaf (the same .grad tensor, in place)
                and frees the graph: a second backward through nodes that saved tensors fails
                unless retain_graph=True. y.backward(v) for a non-scalar y; inputs=[...] to choose.
              - torch.autograd.grad(outputs, inputs, grad_outputs, retain_graph, create_graph,
                allow_unused) returns a tuple; the bare grad(y, x) is the lecture's tool: a
                differentiable tensor (grad(grad(y, x), x) works), a tuple for grad(y, [x1, x2]),
                never frees, fails for an unused x unless allow_unused=True.
              - In place: x.add_(1), x += 1, x[0] = 5, x.zero_() change x itself and raise
                x._version. A leaf that requires grad refuses in grad mode (use with no_grad():,
                the manual SGD idiom); a backward through a node whose saved tensor changed since
                fails with PyTorch's message. x.data shares x's values (p.data.mul_(3) changes p),
                x.detach() shares values and version; x.data = t replaces the values.
              - Views share their base's values and version: x[0], x[:, 1], x.view(...),
                reshape (when it can), flatten, squeeze/unsqueeze, t(), .T, .mT, transpose,
                permute, expand, the rows of `for row in x`. Writing into a view changes x and
                the other way round; in grad mode the base records CopySlices and the view shows
                AsStridedBackward0, as in PyTorch. x.t_(), transpose_, swapdims_, squeeze_ and
                unsqueeze_ give x a new layout in place (same storage, version + 1, TBackward1,
                UnsqueezeBackward1, ... in the graph). A view of a leaf that requires grad refuses
                in-place changes; an expanded view refuses writes; x.t().view(6) fails where no
                strides fit (reshape copies then); contiguous() copies only what is not.
              - Only leaves keep .grad; y.retain_grad() keeps a non-leaf's.
              - relu's and abs's derivatives stay in the graph with create_graph (their derivative
                is 0, requires_grad is True); max's, clamp's and where's are constants, as PyTorch's.
              - with no_grad(): (or :set grad off, torch.set_grad_enabled(False)) records nothing.
              - :set anomaly on (like torch.autograd.detect_anomaly) reports the first node whose
                value or gradient becomes nan or inf, with its vi, op, inputs and statement.
            The commands :trace, :forward, :reverse and :grad work on any live graph (also after a
            backward freed it) and never change .grad; :backward y accumulates without freeing.
            They name a module's weights by the path that reaches them from a variable: m[0].weight,
            net.fc1.bias (a variable of its own, w = m[0].weight, names it w).
            Limits: a tensor over --max-elements (default 100 million) is refused before it is
            allocated; Ctrl-C stops any evaluation; a failed input leaves every variable, tensor
            (values, .grad, versions), module, optimizer and random generator as it was.
            --format json is strict JSON: nan and infinities are the strings "nan", "inf", "-inf".
            After x.data = ... under a graph, its JSON lists the inputs that changed in
            "changed_since_computed" and marks each node from before "recorded_before_change": true.
            Where needle (CMU 10-414) differs: needle's backward ASSIGNS node.grad instead of
            accumulating, and always builds the gradient graph: so does y.backward() when y is a
            needle tensor (import needle as ndl; ndl.Tensor(...)), see :help torch.
            """;

    static final String TORCH = """
            import torch gives PyTorch's names with PyTorch 1.13's semantics (see :help autograd):
              torch.tensor/zeros/ones/full/eye/arange/linspace/rand/randn/randint/*_like/stack/cat,
              vstack/hstack/column_stack, x.type_as(y), torch.Tensor.tanh(x) (every method through
              the class), isinstance(opt, torch.optim.Optimizer),
              the math (torch.exp(x) is x.exp()), dim=/keepdim= everywhere, x.max(dim=1) as
              (values, indices), torch.sort/argsort/topk, flip, repeat, gather/scatter/scatter_,
              index_add/index_copy/index_fill/scatter_add (and index_add_, ... in place),
              cummax/cummin, fmax/fmin, nan_to_num, ravel, fliplr/flipud/rot90, tensor_split/
              hsplit/vsplit/dsplit, dstack/row_stack, take/take_along_dim, broadcast_tensors,
              kron, tensordot, inner, ger/outer, vdot, addmv/addbmm/baddbmm, cross/linalg.cross,
              bitwise_and/or/xor/not, bitwise_left/right_shift (& | ~ << >>), argwhere, aminmax, msort, histc, histogram,
              isneginf/isposinf/signbit/isreal, sgn, fix, positive, float_power, heaviside,
              diag_embed, diagflat, block_diag, cartesian_prod, combinations, vander,
              logcumsumexp, trapz/trapezoid/cumulative_trapezoid, bernoulli/bernoulli_,
              quantile/nanquantile, nanmean, cov,
              corrcoef, isin, result_type/promote_types/can_cast, is_nonzero, unique_consecutive,
              matrix_power, linalg.matrix_exp/matrix_exp, slogdet/logdet, linalg.multi_dot/chain_matmul, adjoint, dist,
              cosine_similarity/pairwise_distance, copysign, ldexp, narrow_copy, conj,
              select_scatter/slice_scatter/diagonal_scatter, masked_scatter, index_put,
              scatter_reduce (sum, prod, mean, amax, amin),
              torch.autograd.gradcheck, f"{loss}" of a
              0-d tensor formats its item() (f"{loss:>7f}"), in-place methods (add_, mul_, zero_,
              clamp_, the f_ form of each elementwise f, put_, resize_, ...), boolean and integer indexing, torch.no_grad/enable_grad/
              set_grad_enabled (with, a decorator, or __enter__()/__exit__(None, None, None)
              called by name), torch.inference_mode() (tensors made inside: t.is_inference();
              torch.is_inference_mode_enabled()), torch's operators with NumPy's axis=/keepdims=/a=
              as 1.13's parser (x.any(axis=1); not x.norm or F.softmax), 1.13's dim rules (dim=() is
              every dim, a repeated dim or all(dim=(0, 1)) is its error), dtype= cast first (cumprod,
              softmax), np.asarray(t) sharing t's memory,
              torch.autograd (grad, backward (by position or keyword), Function,
              set_detect_anomaly/detect_anomaly (a NaN gradient fails the pass),
              functional.jacobian/hessian/jvp/vjp/hvp), torch.nn (Module to subclass, Parameter,
              Linear, Sequential, ReLU, MSELoss, L1Loss, CrossEntropyLoss, BCELoss, BCEWithLogitsLoss,
              SmoothL1Loss(beta=), HuberLoss(delta=), ...,
              with PyTorch's keyword names; cross_entropy/nll_loss take weight=, ignore_index=,
              label_smoothing= and probability targets, a weighted mean dividing by the targets'
              weights; Conv2d, MaxPool2d, AvgPool2d, AdaptiveAvgPool2d, AdaptiveMaxPool2d
              (return_indices), Flatten, Unfold, Fold, MaxPool3d, AvgPool3d, AdaptiveAvgPool3d, AdaptiveMaxPool3d,
              Conv1d, Conv3d, MaxPool1d, AvgPool1d, AdaptiveAvgPool1d, AdaptiveMaxPool1d, LPPool1d/2d, RNN, LSTM, GRU
              (num_layers, batch_first, bidirectional, dropout; (output, h_n) / (output, (h_n,
              c_n)), a PackedSequence of torch.nn.utils.rnn: pad_sequence, pack_padded_sequence,
              pack_sequence, pad_packed_sequence), RNNCell, LSTMCell, GRUCell, MultiheadAttention
              (attn_mask, key_padding_mask, batch_first), TransformerEncoderLayer,
              TransformerEncoder, TransformerDecoderLayer, TransformerDecoder, Transformer
              (generate_square_subsequent_mask), BatchNorm1d/2d, LayerNorm, Embedding,
              EmbeddingBag (sum/mean/max, offsets, per_sample_weights), LeakyReLU,
              GELU(approximate='tanh'), ELU, SELU, CELU, SiLU, Softplus(beta=, threshold=),
              Hardtanh, ReLU6), torch.nn.functional
              (conv2d, max_pool2d, avg_pool2d, conv1d, conv3d, conv_transpose1d/2d/3d, lp_pool1d/2d, max_pool1d, avg_pool1d,
              adaptive_avg_pool1d, adaptive_max_pool1d, adaptive_max_pool2d, adaptive_max_pool3d, unfold, fold, batch_norm, layer_norm, embedding,
              embedding_bag, relu(inplace=True), relu_, threshold, glu, pairwise_distance (and nn.Threshold,
              nn.GLU, nn.PairwiseDistance; inplace=True of relu, elu, selu, celu, silu,
              hardtanh, relu6 and their nn layers changes the input, as PyTorch's),
              leaky_relu, gelu, elu, selu, celu, silu, softplus, hardtanh, relu6, cosine_similarity,
              normalize, kl_div (reduction='batchmean', log_target=), pad (constant, reflect,
              replicate, circular), ...; nn.CosineSimilarity, nn.KLDivLoss), PReLU, Mish,
              Hardswish, Hardsigmoid, Softshrink, Hardshrink, Softsign, Tanhshrink, Softmin,
              Softmax2d, ZeroPad2d, ConstantPad1d/2d/3d, ReflectionPad1d/2d/3d, ReplicationPad1d/2d/3d,
              Unflatten, ParameterList, ParameterDict, GroupNorm, InstanceNorm1d/2d,
              ConvTranspose1d/2d/3d, Dropout1d, Dropout2d, LocalResponseNorm, Bilinear, PixelShuffle,
              PixelUnshuffle, Upsample/F.interpolate (nearest, nearest-exact, area, linear, bilinear, bicubic, trilinear;
              antialias=True for bilinear and bicubic), BatchNorm3d, MarginRankingLoss,
              HingeEmbeddingLoss, CosineEmbeddingLoss, TripletMarginLoss, PoissonNLLLoss,
              GaussianNLLLoss, SoftMarginLoss, MultiLabelSoftMarginLoss, MultiMarginLoss,
              MultiLabelMarginLoss (and their F. forms; _Loss to subclass), RReLU/F.rrelu,
              LazyLinear, LazyConv1d/2d/3d, LazyConvTranspose1d/2d/3d, LazyBatchNorm1d/2d (sizes
              from the first call),
              Embedding.from_pretrained(weights, freeze=True), m.reset_parameters(),
              torch.nn.utils.parameters_to_vector/vector_to_parameters,
              torch.testing.assert_close, torch.distributions.constraints, x.fill_diagonal_/unfold/sum_to_size/addmm_/renorm/random_/apply_/map_,
              x.H/mH, m.get_buffer, m._parameters,
              m._buffers, torch.erf, torch.xlogy,
              torch.linalg.inv/det/solve (a singular matrix is torch.linalg.LinAlgError),
              torch.optim.SGD/Adam/AdamW/RMSprop/Adagrad/Adadelta/Adamax/NAdam/RAdam/ASGD/Rprop/LBFGS
              (optimizer.state_dict()/load_state_dict()/state: a checkpoint kept in memory;
              step(closure); add_param_group({...})), torch.optim.Optimizer to subclass
              (super().__init__(params, defaults), self.param_groups, self.state[p], your step()),
              and SGD/Adam/... subclassed (class Clipped(torch.optim.Adam) with an __init__ of its
              own calling super().__init__(params, lr=lr); a step() calling super().step(closure)),
              torch.optim.lr_scheduler (StepLR, MultiStepLR, ExponentialLR,
              CosineAnnealingLR, LambdaLR, MultiplicativeLR, LinearLR, ConstantLR, PolynomialLR,
              OneCycleLR, CyclicLR, CosineAnnealingWarmRestarts, SequentialLR, ChainedScheduler,
              _LRScheduler to subclass with a get_lr(); get_last_lr(): call scheduler.step() after
              optimizer.step(); ReduceLROnPlateau: sch.step(val_loss); verbose=True prints
              PyTorch's "Adjusting learning rate of group 0 to 1.0000e-01."; any Optimizer
              subclass), nn.init.trunc_normal_/
              orthogonal_/sparse_/eye_/dirac_, torch.pdist, torch.atleast_1d/2d/3d,
              torch.set_printoptions(precision=2, sci_mode=False, threshold=, edgeitems=,
              linewidth=, profile="short"/"full"/"default"), torch.nn.utils.clip_grad_norm_/
              clip_grad_value_/weight_norm/spectral_norm (and remove_...),
              t.register_hook(fn) (fn(grad) may return a replacement;
              handle.remove()), y.grad_fn.register_prehook(fn(grad_outputs)) and
              y.grad_fn.register_hook(fn(grad_inputs, grad_outputs)) (a returned tuple replaces
              them; PyTorch 1.13's order), y.grad_fn(grad) applies the node's backward,
              model.register_forward_hook(fn(module, input, output)) and
              register_forward_pre_hook(fn(module, input)) (a returned value replaces the output
              or input; handle.remove()), register_full_backward_hook(fn(module, grad_input,
              grad_output)) and register_backward_hook, grad_fn.next_functions with PyTorch's nodes (linear is
              AddmmBackward0 of bias, x and TBackward0; 1 / x is MulBackward0 over ReciprocalBackward0;
              a batch @ w is UnsafeViewBackward0 over MmBackward0 over ReshapeAliasBackward0, as 1.13),
              the graph as PyTorch shows it: a node is one object for its life (y.grad_fn is
              y.grad_fn; next_functions give the nodes themselves), node.metadata (a dict kept
              with the node), node.name(), and its saved values under 1.13's names and types,
              listed by dir(): grad_fn._saved_self/_saved_other/_saved_result (_saved_mat2, ...),
              and for the common nodes the numbers, sizes and options (_saved_exponent,
              _saved_alpha, _saved_dim, _saved_self_sym_sizes, _saved_reduction, _saved_stride,
              _saved_result1, ...; a negative int64 shown unsigned, as 1.13 does); saved tensors
              are freed by backward without retain_graph (PyTorch's RuntimeError), cumprod, nonzero,
              diag, tril/triu, isclose/allclose, addmm, meshgrid(indexing=), einsum, torch.device,
              torch.linalg.norm/vector_norm/matrix_norm ('fro', ±1, ±inf, ±2, 'nuc'),
              torch.linalg.cholesky/eigvalsh/svdvals (differentiable), cond, matrix_rank, torch.cdist,
              torch.linalg.eigh/svd/qr and torch.svd/qr: PyTorch's named tuples from the LAPACK
              routines PyTorch calls (its signs), each output differentiable alone or together,
              torch.linalg.pinv/torch.pinverse and torch.linalg.lstsq (its four drivers),
              torch.linalg.solve_triangular, cholesky_solve/cholesky_inverse, torch.cholesky,
              torch.linalg.lu/lu_factor/lu_factor_ex (LAPACK's getrf, differentiable),
              median/nanmedian (lower median; with dim: values, indices), kthvalue,
              mode (PyTorch's indices among ties), x.exponential_(lambd),
              lr_scheduler's last_epoch= (resuming needs initial_lr in param_groups),
              torch.bincount, torch.distributions: Normal, Bernoulli, Categorical, Uniform, Multinomial (sample, rsample with
              gradients, log_prob, entropy, cdf, mean, stddev, variance; PyTorch's seeded draws),
              Exponential, Gamma, Beta, Dirichlet, Poisson (log_prob, entropy, mean, variance;
              sampling only Exponential), Laplace, LogNormal, Geometric, Binomial, OneHotCategorical,
              Independent, MultivariateNormal (gradients to loc), expand, enumerate_support,
              perplexity, sample_n, support, arg_constraints, kl_divergence(p, q),
              asin/acos/atan, sinh/cosh, asinh/acosh/atanh (arcsin, ...), exp2, erfc, erfinv,
              lgamma, digamma, polygamma(n, x), logit(x, eps), sinc, frac, deg2rad/rad2deg,
              torch.special (expit, psi, gammaln, ndtr, entr, i0/i0e/i1/i1e, ...), torch.i0, torch.nextafter, torch.autograd.gradgradcheck, tile,
              repeat_interleave, lerp, addcmul/addcdiv (and _), clamp_min/clamp_max, trace, diff,
              movedim/moveaxis/swapdims, unflatten, hypot, logaddexp, tril_indices/triu_indices,
              searchsorted/bucketize,
              torch.atan2, torch.logspace(start, end, steps, base=), torch.roll(x, shifts, dims),
              torch.std_mean/var_mean (one call, std's arguments), torch.unique(sorted=,
              return_inverse=, return_counts=, dim=), nn.ModuleDict, old tutorials' names:
              Variable(t, requires_grad=True) (t detached, sharing its values), torch.FloatTensor/
              DoubleTensor/LongTensor/IntTensor(data or sizes), x.type(torch.LongTensor); F.softmax(x) and
              nn.Softmax() without dim warn and choose PyTorch's implicit dim,
              torch.finfo/iinfo, torch.fmod, x.round(decimals=) (round(x) of a tensor is
              PyTorch's TypeError), the integer types torch.int32/int16/int8/uint8 (dtype=, x.int(),
              x.short(), x.char(), x.byte(), torch.from_numpy) promoted and wrapping around as PyTorch's,
              torch.utils.data (Dataset and IterableDataset to subclass,
              TensorDataset, Subset, ConcatDataset, ChainDataset, random_split, SequentialSampler,
              RandomSampler, SubsetRandomSampler, WeightedRandomSampler, BatchSampler, DataLoader
              with batch_size/shuffle/sampler/batch_sampler/drop_last/collate_fn, batching tensors,
              NumPy arrays and scalars, numbers, str, dicts and tuples as default_collate does);
              m.get_submodule("0"), m.state_dict(keep_vars=True). x.shape is a torch.Size (a tuple); dir(x) lists a tensor's names
              (x.__add__(1) is x + 1). Tensors print as PyTorch prints them,
              and once torch is imported the prompt echoes them so too (>>> x gives tensor(...)).
            torch.manual_seed(n) gives PyTorch's numbers: rand, randn, randint, randperm,
              uniform_/normal_, nn.Linear's and nn.init's weights, dropout masks, DataLoader
              shuffles and random_split draw as PyTorch's CPU generator does; draws for the
              default float32 are rounded to float32 as PyTorch's are (torch.rand(1).item(), and
              randn of 16+ elements has the bits of PyTorch's AVX2 kernel);
              g = torch.Generator().manual_seed(2147483647) is a generator of its own, taken by
              generator=g (rand, randn, randint, randperm, normal, multinomial, uniform_,
              normal_, DataLoader, random_split); torch.normal(mean, std, size) (or tensor mean/
              std) and torch.multinomial(p, n, replacement=) draw PyTorch's numbers too;
              torch.get_rng_state()/set_rng_state(s) and g.get_state()/g.set_state(s) are PyTorch's
              5056-byte states (uint8 tensors); torch.randint_like(x, low, high)
            What differs from PyTorch:
              - float64 is the only floating type: float32/float16 requests are accepted and
                computed in float64 (in-place draws into a float64-asked tensor take PyTorch's
                float64 stream); int32 and smaller are int64; there is no GPU, as on PyTorch's CPU
                build: torch.cuda.is_available() and torch.backends.mps.is_available() are False,
                torch.device("cuda") can be named, x.cuda(), model.cuda(), .to("cuda") and
                device="cuda" fail with "AssertionError: Torch not compiled with CUDA enabled";
                torch.cuda's seeding and the torch.backends.cudnn flags are accepted;
                torch.cuda.amp.GradScaler and CUDA autocast warn and disable themselves, and
                torch.autocast("cpu") sets its flags but changes no float64 number, as PyTorch's;
                torch.jit.script(m) warns and returns m itself, run eagerly; torch.jit.trace and
                torch.jit.save/load are refused).
              - after import torch, Python's sum/min/max iterate a tensor over its first dimension
                (sum(m) of a matrix: the sum of its rows), as in PyTorch; before, they reduce it whole.
              - grad_fn._saved_result is the output tensor itself (PyTorch: an equal tensor,
                another object); a saved dim is in range (1.13 shows a negative one as its
                unsigned 64-bit value); no _raw_saved_ objects, and the less common nodes show
                their saved tensors only (README: the graph as PyTorch shows it).
              - Last bits: sums and means add in PyTorch's CPU order (its cascade of 4-lane
                vectors), exp/tanh/erf/sin/cos/tan/asin/acos/atan/atan2/sinh/cosh/pow are SLEEF's as PyTorch's, linspace, sigmoid and the tanh and
                sigmoid gradients are rounded as 1.13's kernels round them; matrix products, mv and
                dot add up as OpenBLAS's dgemm/dgemv/ddot kernels do; float64 randn uses glibc's
                cos/sin/log as PyTorch's; BatchNorm and LayerNorm outputs and gradients follow
                1.13's CPU kernels; a value's gradients
                from several uses are added in PyTorch's order (newest node first); the gradients of gelu,
                silu, softplus, elu, group norm, softmax/log_softmax and linalg's
                inv/solve (OpenBLAS in PyTorch) can still differ in the last bit or two.
              - torch.sort is stable (stable=True's order) and topk(sorted=False) gives them sorted;
                so does unique(sorted=False) (PyTorch's order comes from a hash set);
                torch.FloatTensor makes a float64 tensor (float32 is computed in float64), so
                isinstance(x, torch.FloatTensor) holds for every floating tensor; std_mean's two
                results are two nodes (PyTorch's one StdMeanBackward0 node is shared).
              - LSTM refuses proj_size;
                Embedding refuses scale_grad_by_freq and sparse (each refused by name, not
                ignored).
              - DataLoader runs in this process (num_workers is ignored; get_worker_info() is None).
              - optimizer.state_dict() and optimizer.state hold copies of the buffers (PyTorch's
                share them, and an in-memory checkpoint needs copy.deepcopy there); a scheduler's
                load_state_dict() restores its counters and rates, not a LambdaLR's functions.
              - Tensors hold float64 values: int64 tensors are exact up to 2^53 (their arithmetic
                wraps around on overflow, as PyTorch's); a Python int beyond int64 is refused
                ("Overflow when unpacking long"), as PyTorch refuses it.
              - Views share data as in PyTorch (see :help autograd; x.diagonal(), unbind, chunk,
                split are views too) and x.stride()/storage_offset() are PyTorch's, except that a
                view's size-1 dim gets a contiguous layout's stride; data_ptr() and
                untyped_storage() do not exist; x.numpy() and torch.from_numpy share data with the
                NumPy array (see :help numpy). torch functions take out= (torch.add(a, b, out=c)).
              - The inspection commands (:trace, :reverse, ...) show a tensor changed in place
                under no_grad after the graph was built with its current values, and say so in a
                warning (PyTorch's backward refuses where the graph saved it).
            Where needle (import needle as ndl, and the bare names nn., optim.) differs:
              - ndl.Tensor(data) requires grad unless requires_grad=False (torch.tensor does not);
                dtype="float32" (or float32 data) holds float32 values and ops on it round each
                result to float32 as NumPy does (sums and matmuls accumulate in float64 first);
                ndl.init and ndl.nn make float32 tensors, as needle's (dtype="float64" asks for
                float64). A needle tensor (and all
                computed from it) is needle's class: prints as needle.Tensor([[1. 2.]]), has
                needle's attributes (shape as a tuple, op, inputs, realize_cached_data(),
                cached_data sharing its data, numpy() also while it requires grad, detach(),
                is_leaf(), sum(axes), reshape, broadcast_to, transpose(axes)); x.op is needle's op
                class (EWiseAdd, AddScalar, MulScalar, Negate, MatMul, Summation, ...) with
                gradient(out_grad, node); a - b is EWiseAdd(a, Negate(b)); == is identity.
              - x.backward(out_grad=None) of a needle tensor ASSIGNS the leaves' .grad (no
                accumulation) and records the gradients as graphs (x.grad.backward() works);
                ndl.autograd.find_topo_sort([y]) lists y's graph, inputs first;
                ndl.autograd.TENSOR_COUNTER counts the needle tensors alive (after a collection).
              - ndl.init (rand, randn, constant, ones, zeros, randb, one_hot, xavier_*, kaiming_*
                with needle's signatures) gives needle tensors from NumPy's generator; ndl.nn's
                layers hold needle parameters; ndl.data is hw2's: DataLoader(dataset, batch_size,
                shuffle) giving needle tensors, NDArrayDataset, MNISTDataset(images, labels,
                transforms) (the course's data/t10k-* names read the shipped test set),
                RandomFlipHorizontal(p), RandomCrop(padding).
              - ndl.ops (also ndl.NAME) has needle's functions: add, multiply, divide, power,
                add_scalar, mul_scalar, divide_scalar, power_scalar, negate, exp, log, relu, tanh,
                sigmoid, logsoftmax, matmul, reshape, broadcast_to, summation(a, axes),
                logsumexp(a, axes), stack(tensors, axis) and transpose(a, axes=None), which swaps
                the LAST TWO axes; ndl.cpu() is the one device (device= is accepted); the op
                classes construct ops: ndl.ops.EWiseAdd()(a, b), PowerScalar(2)(x),
                Summation(axes=(1,))(x); x.data = t may change x's shape, as needle's setter.
              - A student's own op (hw1, hw2's LogSumExp): class MySquare(TensorOp) from
                needle.autograd (also Op, TensorTupleOp, Value) with compute(self, a) on NumPy
                arrays and gradient(self, out_grad, node) on needle tensors (one, or a tuple per
                input); MySquare()(x) is a node of the graph (:trace shows MySquare(v1)) and
                backward() calls its gradient_as_tuple. A TensorTupleOp cannot be called (no
                TensorTuple), and no forward mode (:forward) through such an op.
              - ndl.nn.BatchNorm1d has running_mean/running_var, Sequential its modules, and a
                user's nn.Module subclass can be one of a Sequential's layers.
              - nn.Linear stores its weight as (in, out) and computes x W + b; torch.nn.Linear's
                weight is (out, in): x Wᵀ + b. needle's bias is (1, out), PyTorch's (out,).
              - optim.SGD's momentum is needle's average u = βu + (1−β)g (form="pytorch" for
                PyTorch's); torch.optim.SGD is PyTorch's u = βu + (1−τ)g with nesterov, dampening.
              - needle's opt.reset_grad() sets grads to None; torch's zero_grad() zeroes them in
                place (1.13's set_to_none=False).
              - bare sum(x, axis=1), max(x, axis=...) reduce as needle/NumPy (max without indices);
                x.max(dim=1) and torch.max(x, 1) return (values, indices) as PyTorch.
            """;

    /** What holds whatever is typed or piped: the README's Robustness section, each line shown by a test. */
    static final String LIMITS = """
            Whatever is typed, piped or loaded, adjoint answers and the session goes on:
            Errors   never a Java stack trace or class name. A bug of adjoint's own says it is an
                     internal error; please report it with the input (:save FILE keeps it).
                     A failed input changes nothing: variables, tensors
                     (.data, .grad, requires_grad), modules, optimizers, random generators, lists,
                     dicts and objects are put back: a loop that fails on its 6th step is undone
                     whole (Python keeps the first 5), and the prompt, a pipe and a notebook say
                     so after the error ("note: what this input did before the error was undone").
                     An input stopped by Ctrl-C keeps what it did, as in Python, and :save keeps
                     it after a comment saying it was interrupted.
            Ctrl-C   stops any evaluation or command: loops, a long matmul, randn(100000000), sum()
                     over range(10**12), :trace/:grad/:graph on a graph of millions of nodes.
                     In Python code it is Python's KeyboardInterrupt, at the prompt and in a
                     script alike: except KeyboardInterrupt: catches it, finally: runs; one
                     nobody catches ends a script, -e or pipe with exit status 130.
                     --timeout SECONDS stops scripts, -e and pipes (nothing catches it), and then
                     nothing more runs (exit 124).
            Memory   a tensor over --max-elements (default 100 million) is refused before it is
                     allocated (a RuntimeError, a NumPy array's a MemoryError, as PyTorch and NumPy
                     fail when memory runs out); so are MNIST files, jacobian/hessian results and lists of a range
                     over it. A command on a huge graph (:replay, :reverse, :jacobian, :trace
                     --format json, :graph --out) first weighs nodes x bytes against the free memory
                     and says what it would need instead of running out. A loop that grows a graph
                     until the heap is nearly full of it fails with a MemoryError and is undone.
                     Hashing (dict keys, sets, hash()) stops at 10,000,000 items counted each time
                     they occur, comparing (==, <, in, sort) at 100,000,000, as repr() stops at
                     100,000,000 characters (a MemoryError).
            Output   every reply is bounded and says what it left out: tables over 200 rows show
                     their first and last 100, long text its first 300 and last 200 lines (--all
                     shows everything); :graph of more than 40 nodes is a layer summary, made from
                     the graph in a few bytes a node, with a repeating loop body as one line.
            Files    a script (FILE, :load) is a regular UTF-8 text file of at most 10,000,000 bytes;
                     a folder, FIFO, device or binary file is refused by name, and an error never
                     shows a line of a file not named .adj or .py. :save and :graph --out write
                     regular files only (never a device, FIFO or symbolic link, even with --force),
                     through a temporary file renamed into place; replacing a file needs --force;
                     a write that fails says why as Python would ([Errno 13] Permission denied).
                     File names take 'quotes', "quotes" and ~.
            Input    a paste without bracketed paste is read whole, drawn once when its keys
                     stop coming, and a long block costs time linear in its length; a piped line over 1,000,000 characters is skipped with an error;
                     a piped block that fails takes its indented lines with it (one error); error
                     messages are cut to 1,000 characters and show control characters as \\xNN.
            History  the prompt reads at most the last 4 MB and 10,000 entries of its history file;
                     a torn, huge, or unusable one (a folder, a FIFO, /dev/full) is reported once
                     and never stops the prompt.
            JSON     --format json is strict JSON: nan and infinities are "nan", "inf", "-inf".
            """;

    static final String JUPYTER = """
            adjoint is also a Jupyter kernel: the same session in a notebook.
              scripts/adjoint --install-kernel --user     then pick "adjoint" in Jupyter
              (--prefix DIR for a virtualenv; --precision/--format/--ascii go into the kernelspec;
              it builds the jar, which a kernel never does: run it again after changing the sources)
              examples/lecture.ipynb                     the lecture's walkthrough, outputs saved
            A cell holds statements, blocks and :commands, split as a script is; as in IPython it
            shows the value of its last statement if that is an expression (not those in loops),
            as the prompt echoes it (:help syntax; a tensor shown in adjoint's display also as a
            table; functions, classes and containers as IPython's pretty printer shows them:
            <function __main__.f(a, b=2)>, __main__.P, a long list an item a line), and every
            command's report. Reports come as
            HTML tables, LaTeX (typeset by MathJax), JSON and, for :graph, an SVG picture (with
            --format json/markdown also as JSON / a Mermaid chart); progress()
            is a bar updated in place. An error names its Python type (NameError, SyntaxError, ...)
            and, as IPython, where in the cell: "Cell In[5], line 17", the line and a caret.
            Tab completes and Shift-Tab shows :help NAME, as here; the stop button interrupts a cell
            as Ctrl-C does and the session goes on. Of IPython's own lines, NAME? shows :help NAME (NAME??
            a function's source, as IPython's Signature/Source/Type),
            %matplotlib does nothing, %load_ext autoreload and %autoreload 2 are accepted (adjoint
            reloads no module: restart the kernel after editing one), %time, %%time, %timeit and
            %%timeit time code as IPython does, %who and %whos list the notebook's names as IPython does;
            %run [-i] [-n] FILE ARGS runs a Python file as __main__ and keeps its names, as IPython's;
            %pwd, %env (NAME, NAME=VALUE) and %%capture [NAME] (IPython's CapturedIO) as IPython's;
            %%writefile is refused: code run in adjoint writes no files (a notebook is a program);
            display(x, ...) shows values without an import, as IPython's; a shell escape (!pip install
            torch) and %pip are skipped with a note and the cell goes on (adjoint runs no commands);
            other magics are refused.
            A ';' ending a cell's last expression hides its value, as in IPython. _repr_html_ (and
            _repr_markdown_, _repr_latex_, _repr_svg_, _repr_png_) of your objects and IPython.display's
            HTML, Markdown, Latex, Math, SVG and Image show as those MIME types; In[n], Out[n], _n,
            __ and ___ are IPython's history names; input() asks with the front-end's input box;
            an error in functions shows IPython's frames (Cell In[4], line 2, in f(x)), a chained one
            the error before it first ("The above exception was the direct cause ..."). At the terminal
            these lines are what they are at Python's prompt: a SyntaxError.
            """;

    private static final String NEEDLE = """
            import needle as ndl gives CMU 10-414's needle, over the engine PyTorch's names use, with
            needle's rules (README, section needle):
              tensors: ndl.Tensor(data, dtype=None, requires_grad=True) (a list, a NumPy array, a tensor);
                its type is NumPy's: float64 for a list, float32 for dtype="float32" or a float32 array;
                what is computed from a float32 tensor stays float32 as NumPy 1.24 computes it;
                printed as needle's needle.Tensor([[1. 2.]]); type() is needle.autograd.Tensor
              attributes: shape (a tuple), dtype, requires_grad, grad, data (x.data = t takes any shape),
                op (EWiseAdd, AddScalar, MulScalar, Negate, MatMul, Summation, ...: scalar,
                gradient(out_grad, node), gradient_as_tuple), inputs, is_leaf(), numpy(), detach(),
                cached_data, realize_cached_data(), sum(axes), reshape, broadcast_to, transpose(axes)
              backward(out_grad=None) ASSIGNS .grad as needle does (no accumulation) and records the
                gradients as graphs: x.grad.backward() differentiates again; == compares identity
              ops (ndl.ops and ndl): add multiply divide power add_scalar mul_scalar divide_scalar
                power_scalar negate exp log relu tanh sigmoid logsoftmax matmul reshape broadcast_to
                summation(a, axes=None) logsumexp(a, axes=None) stack(tensors, axis) transpose(a, axes=None);
                the op classes are constructors: ndl.ops.EWiseAdd()(a, b), PowerScalar(2)(x),
                Summation(axes=(1,))(x); ndl.cpu() is the one device
              your own op: class MySquare(TensorOp) (from needle.autograd) with compute(self, a)
                on NumPy arrays and gradient(self, out_grad, node); MySquare()(x) is a node of the graph
                (:trace shows MySquare(v1)); a gradient of the wrong shape or count is a ValueError
              ndl.autograd: find_topo_sort(nodes), TENSOR_COUNTER (live needle tensors), Op, TensorOp, Value
              ndl.init: rand randn constant ones zeros randb one_hot zeros_like ones_like,
                xavier_uniform/normal(fan_in, fan_out, gain=1.0), kaiming_uniform/normal(fan_in, fan_out);
                float32 by default, drawn from NumPy's generator (np.random.seed(n) first)
              ndl.nn: Module, Parameter, Linear, ReLU, Tanh, Sigmoid, Sequential, SoftmaxLoss,
                BatchNorm1d, LayerNorm1d, Dropout, Residual, Flatten, Identity (float32 parameters;
                Linear and the norms take device= and dtype=); ndl.optim: SGD, Adam
              ndl.data: Dataset, DataLoader(dataset, batch_size=1, shuffle=False), NDArrayDataset,
                MNISTDataset(image_filename, label_filename, transforms=None) (the t10k files of
                "data/..." are shipped), Transform, RandomFlipHorizontal(p=0.5), RandomCrop(padding=3)
            Not there: TensorTuple and TensorTupleOp calls (write a TensorOp); forward mode (:forward)
              through your own op (it has no tangent rule).
            """;

    private static final String NUMPY = """
            import numpy as np gives NumPy's arrays, without gradients (a NumPy array is no tensor),
            printed as NumPy 1.24 prints them and failing with NumPy's messages:
              types: float64 (default), float32, int64, int8 int16 int32, uint8 uint16 uint32 uint64,
                bool (a.dtype, a.astype(np.uint8), dtype=np.uint8 or 'u1'); integers wrap around
                (uint8 250 + 10 is 4) and promote as NumPy 1.24 (uint8 array + 1 stays uint8)
              making: np.array/asarray, zeros, ones, empty, full, *_like, arange, linspace,
                eye(n, m, k=), identity
              operators: + - * / // % ** @ == != < <= > >= & | ~ with broadcasting, += in place
              ufuncs: exp exp2 log log2 log10 log1p sqrt square abs sign sin cos tan tanh floor ceil,
                arcsin arccos arctan sinh cosh arcsinh arccosh arctanh deg2rad/radians rad2deg/degrees,
                maximum minimum clip where isnan isinf isfinite add subtract multiply divide power,
                arctan2 hypot fmod mod remainder floor_divide divmod copysign nextafter logaddexp
                logaddexp2 float_power heaviside cbrt fabs rint trunc fix sinc spacing signbit
                reciprocal positive fmax fmin bitwise_and/or/xor invert logical_and/or/xor/not,
                ldexp equal not_equal less less_equal greater greater_equal,
                nan_to_num (nan=, posinf=, neginf=, copy=);
                out= writes into an array (np.add(a, b, out=c)); the two-argument ones have
                reduce (axis=, keepdims=), accumulate, outer and at (np.add.at(g, idx, 1))
              reductions (axis=, keepdims=): sum mean max min ptp prod std var argmax argmin all any
                cumsum, cumprod, median, percentile, quantile (method= linear, lower, higher, nearest,
                midpoint, hazen, weibull, median_unbiased, normal_unbiased), nanmedian, nanpercentile,
                nanquantile, gradient (spacing, axis=, edge_order=), nansum nanprod
                nanmean nanvar nanstd nanmax nanmin nanargmax nanargmin nancumsum nancumprod,
                average (weights=, returned=)
              sequences: diff (n=, axis=, prepend=, append=), ediff1d, trapz, trace, take, around,
                interp, polyval, polyfit (w=), convolve and correlate (mode=), cross, logspace, geomspace, histogram (bins=,
                range=, weights=, density=), cov, corrcoef
              floating-point errors: RuntimeWarning "divide by zero encountered in divide" (and
                invalid value, overflow) once per line, as NumPy; np.seterr, np.geterr, np.errstate
                (ignore, warn, raise: FloatingPointError, print)
              searching: nonzero (a.nonzero()), argwhere, flatnonzero, where(cond), count_nonzero (axis=),
                unique (return_index=, return_inverse=, return_counts=, axis=)
              sets: intersect1d (return_indices=), union1d, setdiff1d, setxor1d, in1d, isin (invert=)
              shapes: reshape (-1), .T, transpose, squeeze, expand_dims, flatten, ravel (order=), concatenate,
                stack, vstack/row_stack, hstack, dstack, column_stack, split, array_split, hsplit, vsplit,
                broadcast_to, broadcast_arrays, resize (np.resize repeats; a.resize fills zeros in place), flip, flipud,
                fliplr, rot90, moveaxis, swapaxes, diagonal, atleast_1d/2d/3d, roll (axis=), tile,
                repeat, sort, argsort (axis=), partition, argpartition, diag, tri, tril, triu (k=), meshgrid (indexing=,
                sparse=), fromfunction, indices, np.r_[1:4, 0, a], np.c_[a, b], np.ix_, np.mgrid[0:3, 0:2],
                np.ogrid; dot, matmul, outer, kron, tensordot (axes=); a.shape, a.ndim, a.size
              functions over arrays: np.vectorize(f, otypes=), np.apply_along_axis(f, axis, a, *args),
                np.piecewise(x, [conditions], [values or functions]); np.poly1d(coefficients) (call, + - *,
                ** n, / number, p(q), deriv, integ, p[k], roots, NumPy's printing), np.roots (real
                roots), np.polyder, polyint (k=), polyadd, polysub, polymul, polydiv
              by index arrays: bincount (minlength=, weights=), choose, take_along_axis,
                unravel_index (order=), ravel_multi_index, select, lexsort, inner, vdot, isscalar;
                in place: put (mode=), place, putmask
              np.lib.stride_tricks.sliding_window_view (axis=): a read-only view of the windows
              limits: np.finfo(np.float32).eps (max, min, tiny, resolution), np.iinfo(np.uint8).max
              subscripts: a[1, 2], a[:, 1:], a[None], a[...], a[[0, 2]], a[a > 0], Z[range(n), y],
                and assignment to them; slices and .T are views sharing the array's data, as in NumPy
              views: a.view(), a.base, a.flags.owndata, a.strides; a.ravel() is a view when it can be
              values: a.tolist(), a.item(), float(a), len(a), for row in a, for v in a.flat,
                a.flat = v (v's values repeated)
              printing: np.set_printoptions (precision, suppress, threshold, edgeitems, linewidth,
                floatmode, sign, nanstr, infstr, formatter), np.get_printoptions, with np.printoptions(...)
              scalars: a.sum(), a.mean(), a[0], np.argmax(a) are NumPy's scalars (numpy.float64,
                int64, bool_, float32): a.mean().round(2), .item(), .astype(int), .dtype, .shape,
                np.float64(x).is_integer(); they print, format (f"{a.mean():.3f}"), index a list
                and convert (float(s), int(s)) as Python's numbers
              checks: np.allclose, isclose, array_equal, np.testing.assert_allclose,
                assert_array_equal, assert_array_almost_equal, assert_almost_equal (decimal=),
                assert_equal (dicts key by key, lists item by item; NumPy's AssertionError text)
              np.linalg: norm (ord= 1, 2, inf, -inf, 0, p; matrix 'fro', 1, inf, 2, -2, 'nuc'; axis=),
                det, inv, solve (one matrix; LinAlgError for a singular one), qr (mode=; NumPy's signs),
                svd (U, S, Vh; hermitian=), eigh, eigvalsh, eig, eigvals (real eigenvalues), lstsq, pinv,
                matrix_rank, matrix_power, cholesky: svd/eigh/eig/cholesky on the system's LAPACK, as NumPy
                calls it (NumPy's signs);
                np.searchsorted (side=, sorter=), np.digitize (right=); np.einsum ('ij,jk->ik', 'ii',
                implicit output, '...ij,...jk'); np.pad (pad_width=; constant_values=,
                mode= edge, reflect, symmetric (reflect_type=), wrap, maximum, minimum, mean,
                median (stat_length=), linear_ramp (end_values=), empty), a.tobytes(),
                np.diag (k=), a.astype(t, copy=False), np.cumsum (dtype=), np.fromiter,
                np.ndenumerate, np.ndindex, np.nditer (flags=['multi_index', 'external_loop',
                'c_index'], op_flags=['readwrite'], None outputs, it.finished/iternext(), with),
                a.flags.writeable = False, a.setflags(write=),
                np.shares_memory, np.may_share_memory
              files (read only): np.load (.npy; .npz: d.files, d["x"], with), np.loadtxt (delimiter=,
                skiprows=, usecols=, dtype=, comments=, unpack=, ndmin=, max_rows=, converters=),
                np.genfromtxt (skip_header=, missing values as nan, filling_values=), np.fromfile;
                np.save/savetxt/savez are refused (programs write no files)
              np.random: seed rand randn random uniform normal randint (dtype=np.uint8 ...) shuffle
                permutation choice (replace=False, p=), standard_normal, exponential,
                standard_exponential, lognormal, laplace, poisson, binomial, multinomial, beta, gamma,
                standard_gamma, chisquare, noncentral_chisquare, f, noncentral_f, standard_t,
                standard_cauchy, weibull, pareto, power, logistic, gumbel, rayleigh, wald, triangular,
                geometric, negative_binomial, dirichlet, multivariate_normal (parameters may be arrays),
                get_state, set_state, RandomState(seed) (np.random.mtrand.RandomState):
                NumPy's legacy generator bit for bit (a seed gives NumPy's numbers); needle's
                initialisers and the bare rand/randn share it (torch.* draws from PyTorch's)
              rng = np.random.default_rng(seed): NumPy's Generator (PCG64) bit for bit: random,
                integers (dtype=, endpoint=), uniform, choice (replace=, p=), permutation, shuffle,
                permuted (axis=), bytes, poisson, binomial, multinomial, geometric, laplace, logistic,
                gumbel, triangular, beta, normal, standard_normal, exponential, standard_exponential,
                lognormal, standard_gamma, gamma, chisquare, standard_t, standard_cauchy, f,
                noncentral_chisquare, noncentral_f, rayleigh, weibull, wald, pareto, power,
                logseries, negative_binomial, zipf, hypergeometric, dirichlet,
                multivariate_normal (method=) (NumPy's ziggurat and its tables);
                rng.bit_generator.state, np.random.PCG64, np.random.Generator,
                np.random.SeedSequence (an int or a list of ints; generate_state); vonmises is
                refused by name
              tensors: torch.tensor(a), ndl.Tensor(a) copy; torch.from_numpy(a), torch.as_tensor(a)
                and t.numpy() share the data, as in PyTorch (t.numpy() of a tensor that requires
                grad is an error outside no_grad); t + a is NumPy's arithmetic given back as a
                tensor, a + t a TypeError (but a / t works), as PyTorch 1.13 beside NumPy 1.24
            Not there: float16, complex, string and object arrays (a TypeError names them);
              complex eigenvalues of np.linalg.eig/eigvals; stacks of matrices; float32 lstsq, pinv,
              matrix_rank, polyfit (det/inv/solve of 3 x 3 and larger, qr, lstsq, pinv, polyfit may
              differ from LAPACK's in the last digits); fft, np.save (no writes); float32 is
              computed in float64 and rounded after each operation, sums in float32 in NumPy's
              pairwise order (a last float32 digit of exp, log, ... may differ from NumPy's).
            """;

    /** Topic name to text. */
    static final java.util.Map<String, String> ALL = new java.util.LinkedHashMap<>();

    static {
        ALL.put("syntax", SYNTAX);
        ALL.put("python", python());
        ALL.put("functions", FUNCTIONS);
        ALL.put("autograd", AUTOGRAD);
        ALL.put("limits", LIMITS);
        ALL.put("torch", TORCH);
        ALL.put("numpy", NUMPY);
        ALL.put("needle", NEEDLE);
        ALL.put("jupyter", JUPYTER);
    }
}
