package dev.adjoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.Autograd;
import dev.adjoint.autograd.Graph;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.LangError;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.TrackedNumber;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 in the session: Python's values next to the lecture's input numbers, a failed input
 * leaving mutable values as they were, adjoint's errors caught by Python's exception names, and
 * the features adjoint does not run named in their errors. (What prints exactly as CPython prints
 * is the conformance suite's, ConformanceTest.)
 */
class PythonTest extends SessionHarness {
    @Test
    void inputNumbersArePythonNumbersWithANode() {
        run("x1 = 2\nx2 = 5\ny = ln(x1) + x1*x2 - sin(x2)\nk = type(x1).__name__\nd = {x1: 'two'}\nq = x1 // 2\nn = [10, 20, 30][x1]");
        assertThat(session.lookup("x1")).isInstanceOf(TrackedNumber.class);
        assertThat(((TrackedNumber) session.lookup("x1")).value()).isEqualTo(2L);
        assertThat(session.lookup("k")).isEqualTo("int");
        assertThat(tensor("q").isLeaf()).isTrue(); // // gives a plain number (no useful gradient), bound as a fresh input
        assertThat(((TrackedNumber) session.lookup("q")).value()).isEqualTo(1L);
        assertThat(value("n")).isEqualTo(30.0);
        assertThat(((dev.adjoint.lang.PyDict) session.lookup("d")).get(2L)).isEqualTo("two"); // hashed as the int 2
        Tensor y = tensor("y");
        assertThat(Graph.topologicalOrder(y).stream().filter(t -> !t.isLeaf()).count()).isEqualTo(5);
        assertThat(Autograd.grad(y, List.of(tensor("x1")), null, false).get(0).item()).isEqualTo(5.5);
        run("print(x1, y, x1 / 4, type(y).__name__)");
        assertThat(out.printed).containsExactly("2 11.652071455223084 0.5 float");
    }

    @Test
    void onlyPlainNumbersBoundAtTheTopLevelAreInputs() {
        run("b = True\ns = 'x'\nl = [1, 2]\nt = (1, 2)\ndef f():\n    local = 3\n    return local\n\nr = f()\nfor i in range(2): pass\n");
        assertThat(session.lookup("b")).isEqualTo(true);
        assertThat(session.lookup("l")).isInstanceOf(PyList.class);
        assertThat(session.lookup("t")).isEqualTo(List.of(1L, 2L));
        assertThat(session.lookup("r")).isInstanceOf(TrackedNumber.class); // a number returned and bound at the top level
        assertThat(session.lookup("i")).isEqualTo(1L); // loop variables stay plain
    }

    @Test
    void aLoopOfTrackedNumbersBuildsAGraphAndAugmentedAssignmentDoesNot() {
        run("w = 1.0\nfor i in range(5): w = w - 0.1 * (2 * w)\n");
        assertThat(Graph.topologicalOrder(tensor("w")).size()).isGreaterThan(10);
        assertThat(value("w")).isEqualTo(0.32768); // as CPython computes it
        run("n = 0\nfor i in range(5): n += i\n");
        assertThat(tensor("n").isLeaf()).isTrue();
        assertThat(value("n")).isEqualTo(10.0);
    }

    @Test
    void dataUpdatesMoveTheNumberWithTheNode() {
        run("x = 5\nfor step in range(3):\n    y = (x - 3) ** 2\n    g = grad(y, x)\n    x.data = x.data - 0.25 * g.data\n");
        assertThat(value("x")).isEqualTo(3.25);
        run("print(x)");
        assertThat(out.printed).containsExactly("3.25");
    }

    @Test
    void aFailedInputLeavesListsDictsSetsAndObjectsAsTheyWere() {
        run("l = [1, 2]\nd = {'a': 1}\ns = {1}\nclass C:\n    k = 1\n\nc = C()\nc.v = [5]\nnested = [[1], {'x': [2]}]");
        LangError e = error("l.append(3)\nl[0] = 9\nd['b'] = 2\ndel d['a']\ns.add(2)\nc.v.append(6)\nc.w = 1\nC.k = 2\n"
                + "nested[0].append(0)\nnested[1]['x'].pop()\nl.sort(reverse=True)\nundefined_name");
        assertThat(e).hasMessageStartingWith("NameError: name 'undefined_name' is not defined");
        run("print(l, d, s, c.v, hasattr(c, 'w'), C.k, nested)");
        assertThat(out.printed).containsExactly("[1, 2] {'a': 1} {1} [5] False 1 [[1], {'x': [2]}]");
    }

    @Test
    void adjointsErrorsAreCaughtByPythonsNames() {
        run("x = tensor([1.0, 2.0])\nlog = []\n"
                + "try:\n    x.backward()\nexcept RuntimeError as e:\n    log.append('runtime')\n"
                + "try:\n    tensor([1, 2]) + tensor([1, 2, 3])\nexcept RuntimeError:\n    log.append('shapes')\n"
                + "try:\n    [1][5]\nexcept IndexError:\n    log.append('index')\n"
                + "try:\n    {}['k']\nexcept LookupError as e:\n    log.append(repr(e))\n"
                + "try:\n    1 / 0\nexcept ArithmeticError:\n    log.append('zero')\n"
                + "try:\n    sin('a')\nexcept TypeError:\n    log.append('type')\n"
                + "try:\n    nope\nexcept NameError:\n    log.append('name')\n"
                + "try:\n    x.nope\nexcept AttributeError:\n    log.append('attribute')\n"
                + "try:\n    int('x')\nexcept ValueError:\n    log.append('value')\n");
        run("print(log)");
        assertThat(out.printed).containsExactly("['runtime', 'shapes', 'index', \"KeyError('k')\", 'zero', 'type', 'name', 'attribute', 'value']");
    }

    @Test
    void closingADroppedGeneratorThatRaisesIsReportedAndIgnoredAsCPythonDoes() {
        // CPython prints "Exception ignored in: <generator object ...>" and its traceback on stderr, and goes on
        run("def bad():\n    try:\n        yield 1\n    finally:\n        raise KeyError('k')\n\n"
                + "def stubborn():\n    while True:\n        try:\n            yield 1\n        except GeneratorExit:\n            pass\n\n"
                + "for v in bad():\n    break\n\nfor v in stubborn():\n    break\n\nprint('after')");
        assertThat(String.join("\n", out.printed)).matches("Exception ignored in: <generator object bad at 0x\\p{XDigit}+>\nKeyError: 'k'\n"
                + "Exception ignored in: <generator object stubborn at 0x\\p{XDigit}+>\nRuntimeError: generator ignored GeneratorExit\nafter");
    }

    @Test
    void uncaughtErrorsSayTheirTypeAndStandAtTheCaret() {
        LangError e = error("d = {}\nd['missing']");
        assertThat(e).hasMessage("KeyError: 'missing'");
        assertThat(e.span().line()).isEqualTo(2);
        e = error("raise ValueError('bad input')");
        assertThat(e).hasMessage("ValueError: bad input");
        assertThat(error("class E(Exception): pass\n\nraise E('x')")).hasMessage("E: x");
    }

    /** del [a, b] deletes each name, as del a, b does (found by the fuzzer once del took a list). */
    @Test
    void delOfAListDeletesEachName() {
        run("a = 1\nb = 2\nc = 3\ndel [a, b]");
        assertThat(error("a")).hasMessageStartingWith("NameError: name 'a' is not defined");
        assertThat(error("b")).hasMessageStartingWith("NameError: name 'b' is not defined");
        assertThat(value("c")).isEqualTo(3);
    }

    /** An int past the memory limit of lists and arrays is refused before it is computed, as a list over the limit is (CPython would try and run out of memory). */
    @Test
    void anIntOverTheMemoryLimitIsAMemoryErrorBeforeItIsComputed() {
        assertThat(error("x = 2 ** 10**10")).hasMessage("MemoryError: the result of ** would be an int of 10,000,000,001 bits, over the limit of 2,147,483,647 bits (--max-elements)");
        assertThat(error("x = 1 << 10**10")).hasMessageStartingWith("MemoryError: the result of << would be an int of 10,000,000,001 bits");
        assertThat(error("import math\nx = math.factorial(10**9)")).hasMessageStartingWith("MemoryError: the result of factorial() would be an int of 28,454,657,829 bits");
        run("x = 3 ** 10**6\ny = x % 1000");
        assertThat(value("y")).isEqualTo(1);
    }

    @Test
    void whatIsNotSupportedIsNamed() {
        assertThat(error("async def f(): pass")).hasMessage("`async def` is not supported (adjoint runs no coroutines)");
        assertThat(error("class C(complex): pass")).hasMessage("subclassing the built-in type 'complex' is not supported");
        assertThat(error("import torch\nclass T(torch.Tensor): pass")).hasMessage("subclassing torch.Tensor is not supported"); // never an empty object
        assertThat(error("import functools\nclass P(functools.partial): pass")).hasMessage("subclassing functools.partial is not supported");
        assertThat(error("import pickle\nclass L(list): pass\npickle.dumps(L([1]))")) // its list would be lost: refused, never an empty object back
                .hasMessage("pickling an object of a subclass of a built-in type ('L' is a subclass of 'list') is not supported");
        // a metaclass is refused when the class statement runs (not when the script is parsed), at its keyword
        LangError meta = error("class Meta:\n    pass\n\nclass T(object, metaclass=Meta):\n    pass\n");
        assertThat(meta).hasMessage("a metaclass other than type (metaclass=Meta) is not supported");
        assertThat(meta.span().line()).isEqualTo(4);
        assertThat(meta.span().column()).isEqualTo(17);
        assertThat(error("open('f.txt', 'w')")).hasMessage("PermissionError: open(..., 'w'): adjoint does not write files from programs; "
                + "reading is allowed (open(path) or open(path, 'rb')), and :save writes the session's inputs");
        LangError e = error("import sklearn"); // pandas, with a hint of its own, is in LectureTyposTest
        assertThat(e.getMessage()).startsWith("ModuleNotFoundError: No module named 'sklearn'\nhint: adjoint offers: ").contains("math");
        assertThat(e.span().column()).isEqualTo(1);
        // the first lines of tutorials: CPython's message, then one line of what adjoint offers instead
        assertThat(error("from torchvision import datasets")).hasMessageStartingWith("ModuleNotFoundError: No module named 'torchvision'\nhint: ")
                .hasMessageContaining("mnist()");
        assertThat(error("import matplotlib.pyplot as plt")).hasMessageStartingWith("ModuleNotFoundError: No module named 'matplotlib'\nhint: ")
                .hasMessageContaining("no plots");
    }

    @Test
    void bigIntsAndFloatsPrintAsPython() {
        run("print(2 ** 100, 1/3, 1e16, 1e-5, 0.1 + 0.2, 10 ** 20 // 7, -7 // 2, -7 % 3, round(2.675, 2), 3.0)");
        assertThat(out.printed).containsExactly("1267650600228229401496703205376 0.3333333333333333 1e+16 1e-05 0.30000000000000004 "
                + "14285714285714285714 -4 2 2.67 3.0");
        assertThat(error("x = 10 ** 5000\nprint(x)").getMessage()).startsWith("ValueError: Exceeds the limit (4300 digits)");
    }

    @Test
    void theEchoShowsPythonValuesAsPythonsReplAndNodesInAdjointsDisplay() {
        run("x1 = 2\ny = x1 / 3\n1/3\n[1, 'a', None]\ny\n(x1, 0.5)\n{'k': (1,)}");
        assertThat(out.shown).hasSize(5);
        assertThat(out.shownText().get(0)).isEqualTo("0.3333333333333333");
        assertThat(out.shownText().get(1)).isEqualTo("[1, 'a', None]");
        assertThat(out.shownText().get(4)).isEqualTo("{'k': (1,)}");
    }

    @Test
    void importingAPackageImportsItsSubmodulesAsItsInitDoes() {
        run("import needle as ndl\nkinds = [type(getattr(ndl, n)).__name__ for n in ('nn', 'optim', 'init', 'data')]\nlin = ndl.nn.Linear");
        assertThat((List<Object>) session.lookup("kinds")).containsExactly("module", "module", "module", "module");
        run("import needle.nn as nn2\nsame = nn2 is ndl.nn");
        assertThat(session.lookup("same")).isEqualTo(true);
        run("import math\nhas = hasattr(math, 'nn')\nnames = dir(math)");
        assertThat(session.lookup("has")).isEqualTo(false);
        assertThat((List<Object>) session.lookup("names")).contains("__name__", "pi", "sqrt").doesNotContain("__init__"); // a module's names, not its type's
    }

    @Test
    void underscoreIsTheLastValueShownAsAtPythonsPrompt() {
        assertThat(error("_")).hasMessageStartingWith("NameError: name '_' is not defined");
        run("6 * 7\nx = _ + 1\nNone\ny = _");
        assertThat(value("x")).isEqualTo(43.0);
        assertThat(value("y")).isEqualTo(42.0); // None is not shown, so it does not replace `_`
        run("_ = 'mine'\n1 + 1\nz = _");
        assertThat(session.lookup("z")).isEqualTo("mine"); // a variable named _ hides it, as in Python
    }

    /**
     * S17: help() of a library class is pydoc's head of it, as CPython prints it (/usr/bin/python3,
     * torch 1.13: help(torch.optim.NAdam) ...), without the list of members that follows there.
     */
    @Test
    void helpOfALibraryClassIsPydocsHead() {
        run("import torch\nfrom torch.utils.data import DataLoader\nhelp(torch.optim.NAdam)\nhelp(DataLoader)\nhelp(torch.optim.lr_scheduler.OneCycleLR)");
        String text = String.join("\n", out.printed);
        assertThat(text).startsWith("Help on class NAdam in module torch.optim.nadam:\n\nclass NAdam(torch.optim.optimizer.Optimizer)\n |  NAdam(params, lr=0.002, betas=(")
                .contains(" |  Implements NAdam algorithm.\n", "  https://openreview.net/forum?id=OM0jvwB8jIp57ZJjtNEZ\n\nHelp on class DataLoader in module torch.utils.data.dataloader:\n\nclass DataLoader(typing.Generic)\n |  DataLoader(dataset: torch.ut",
                        "Help on class OneCycleLR in module torch.optim.lr_scheduler:\n\nclass OneCycleLR(_LRScheduler)\n |  OneCycleLR(optimizer, max_lr, tot",
                        " |      https://arxiv.org/abs/1708.07120\n")
                .doesNotContain("Method resolution order");
    }

    @Test
    void helpPrintsAndNeverWaitsForInput() {
        run("help()");
        assertThat(String.join("\n", out.printed)).contains(":help python");
        out.printed.clear();
        run("help(len)\ndef area(w, h=1):\n    \"\"\"The area.\"\"\"\n    return w * h\n\nhelp(area)");
        // help(len) as CPython 3.11 prints it (scripts/fixtures/library_texts.py)
        assertThat(out.printed).contains("Help on built-in function len in module builtins:", "len(obj, /)", "    Return the number of items in a container.",
                "area(w, h=1)", "    The area.");
        run("e = repr(exit)\nq = str(quit)\nh = repr(help)");
        assertThat(session.lookup("e")).isEqualTo("Use exit() or Ctrl-D (i.e. EOF) to exit");
        assertThat(session.lookup("q")).isEqualTo("Use quit() or Ctrl-D (i.e. EOF) to exit");
        assertThat(session.lookup("h")).isEqualTo("Type help() for interactive help, or help(object) for help about object.");
    }

    @Test
    void exitKeepsWhatTheInputDidAndSaysWithWhichStatus() {
        LangError e = error("kept = 1\nexit(3)");
        assertThat(dev.adjoint.lang.Exceptions.exitOf(e)).isEqualTo(new dev.adjoint.lang.Exceptions.Exit(3, null));
        assertThat(session.lookup("kept")).isNotNull();
        assertThat(dev.adjoint.lang.Exceptions.exitOf(error("quit()"))).isEqualTo(new dev.adjoint.lang.Exceptions.Exit(0, null));
        assertThat(dev.adjoint.lang.Exceptions.exitOf(error("raise SystemExit('bye')"))).isEqualTo(new dev.adjoint.lang.Exceptions.Exit(1, "bye"));
        assertThat(dev.adjoint.lang.Exceptions.exitOf(error("1 / 0"))).isNull();
    }

    @Test
    void aFailedInputTakesBackItsRandomDraws() {
        run("import random\nrandom.seed(1)\nfirst = random.random()\nrandom.seed(1)");
        assertThat(error("lost = [random.random() for _ in range(3)]\n1 / 0")).hasMessageStartingWith("ZeroDivisionError");
        run("again = random.random()");
        assertThat(value("again")).isEqualTo(value("first")).isEqualTo(0.13436424411240122); // CPython's first number after seed(1)
    }

    @Test
    void tqdmWithoutDescShowsNoLabelAndAdjointsOwnBarNamesItself() {
        run("from tqdm import tqdm\nfor i in tqdm(range(2)): pass\nfor i in tqdm(range(2), desc='epoch 1'): pass\nfor i in progress(range(2)): pass\n");
        assertThat(out.progressLabels).containsExactly("", "epoch 1", "progress");
    }

    @Test
    void isBetweenSmallIntsSeesTheIntNotTheTrackedNumbersNode() {
        // a top-level number is tracked (it has a node), but `is` is about the int: CPython's small ints are one object
        run("count = 0\nk = 3\nprint(count is 0, k is 3, k is not 3, k is k)");
        assertThat(out.printed).containsExactly("<stdin>:3: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?",
                "<stdin>:3: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?",
                "<stdin>:3: SyntaxWarning: \"is not\" with a literal. Did you mean \"!=\"?", "True True False True"); // CPython's compiler warns
    }
}
