package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.Test;

class AdjointCompleterTest {
    final AdjointCompleter completer = new AdjointCompleter(() -> List.of(":trace", ":grad", "x1", "x2", "sin"));

    List<String> complete(String buffer) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, AdjointParser.words(buffer, buffer.length()), candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void commandNames() {
        assertThat(complete(":tr")).contains(":trace", ":grad", ":forward", ":quit");
    }

    @Test
    void formatsAfterFormatOption() {
        assertThat(complete(":trace y --format ")).containsExactly("text", "markdown", "latex", "json");
    }

    @Test
    void optionsAndNamesAfterACommand() {
        assertThat(complete(":forward y ")).contains("--format", "wrt", "dir").doesNotContain(":trace", "x1");
        assertThat(complete(":forward y wrt ")).contains("x1", "x2").doesNotContain("--format");
    }

    @Test
    void namesAndKeywordsInAnExpression() {
        assertThat(complete("y = s")).contains("x1", "sin", "for", "True").doesNotContain(":trace", "--format");
    }

    @Test
    void attributesAfterADot() {
        assertThat(complete("x1.gr")).contains("x1.grad", "x1.shape", "x1.backward");
    }

    /** Session 4 (py, item 3): `import nu` offered nothing and `from torch import n` offered the session's names. */
    @Test
    void moduleNamesAfterImportAndFromAndTheModulesNamesAfterFromImport() {
        assertThat(complete("import nu")).contains("numpy", "collections", "numpy.random").doesNotContain("x1", "for");
        assertThat(complete("import math, it")).contains("itertools");
        assertThat(complete("from coll")).contains("collections");
        assertThat(complete("from collections import de")).contains("defaultdict", "deque", "Counter").doesNotContain("x1", "numpy");
        assertThat(complete("from torch import n")).contains("nn", "no_grad").doesNotContain("x1", "not");
        assertThat(complete("from numpy import (random, li")).contains("linalg", "array");
        assertThat(complete("for x in it")).contains("x1").doesNotContain("itertools"); // not an import line
    }

    @Test
    void failingNameSourceNeverBreaksCompletion() {
        AdjointCompleter broken = new AdjointCompleter(() -> {
            throw new IllegalStateException("boom");
        });
        List<Candidate> candidates = new ArrayList<>();
        broken.complete(null, AdjointParser.words("x", 1), candidates);
        assertThat(candidates).isNotEmpty(); // keywords still
    }

    /** Issue 14, item 4: completion asks the command specs, the module namespaces and the tensor method table. */
    @Test
    void completionCannotGoStale() {
        Shell shell = new Shell(ShellOptions.defaults());
        StringWriter sink = new StringWriter();
        for (String in : List.of("x1 = 2", "y = x1 * 3", "s = 'text'", "model = nn.Linear(2, 3)"))
            shell.run(in, null, 1, new PrintWriter(sink), new PrintWriter(sink));
        AdjointCompleter c = new AdjointCompleter(shell);
        assertThat(complete(c, "nn.")).contains("nn.Linear", "nn.ReLU", "nn.Sequential").doesNotContain("nn.grad", "nn.T");
        assertThat(complete(c, "optim.")).contains("optim.SGD", "optim.Adam").doesNotContain("optim.shape");
        assertThat(complete(c, "init.")).isNotEmpty().allMatch(s -> s.startsWith("init.")).doesNotContain("init.data");
        assertThat(complete(c, "x1.")).contains("x1.is_leaf", "x1.retain_grad", "x1.zero_", "x1.grad", "x1.backward");
        assertThat(complete(c, "model.")).contains("model.parameters").doesNotContain("model.T");
        assertThat(complete(c, ":trace ")).contains("x1", "y").doesNotContain("s", "model", "sin", "ln");
        assertThat(complete(c, ":help ")).contains("jacobian", "replay", "step", "trace", "syntax", "autograd");
        assertThat(complete(c, ":set ")).contains("precision", "notation", "anomaly");
        assertThat(complete(c, ":set notation ")).containsExactly("cmu", "baydin");
        assertThat(complete(c, ":step ")).containsExactly("forward", "reverse");
        assertThat(complete(c, ":jacobian y --mode ")).containsExactly("forward", "reverse");
        assertThat(complete(c, ":grad y --format ")).containsExactly("text", "markdown", "latex", "json");
        for (String command : new dev.adjoint.command.Commands().names())
            assertThat(complete(c, ":")).as("every command is offered").contains(command);
    }

    /** A new user's trial: after a dot, a Python value offers its own methods and an object its attributes, never a tensor's. */
    @Test
    void pythonValuesOfferTheirOwnMembers() {
        Shell shell = new Shell(ShellOptions.defaults());
        StringWriter sink = new StringWriter();
        for (String in : List.of("import math", "d = {'a': 1}", "s = 'text'", "xs = [1, 2]",
                "class Dog:\n    def __init__(self):\n        self.age = 3\n    def bark(self):\n        return 1\n", "rex = Dog()"))
            shell.run(in, null, 1, new PrintWriter(sink), new PrintWriter(sink));
        AdjointCompleter c = new AdjointCompleter(shell);
        assertThat(complete(c, "d.")).contains("d.keys", "d.items", "d.get").doesNotContain("d.grad", "d.T");
        assertThat(complete(c, "s.")).contains("s.upper", "s.split").doesNotContain("s.grad", "s.__len__");
        assertThat(complete(c, "xs.")).contains("xs.append", "xs.sort").doesNotContain("xs.shape");
        assertThat(complete(c, "rex.")).contains("rex.age", "rex.bark").doesNotContain("rex.T", "rex.__init__");
        assertThat(complete(c, "math.")).contains("math.sqrt", "math.pi").doesNotContain("math.grad");
    }

    private static List<String> complete(AdjointCompleter c, String buffer) {
        List<Candidate> candidates = new ArrayList<>();
        c.complete(null, AdjointParser.words(buffer, buffer.length()), candidates);
        return candidates.stream().map(Candidate::value).toList();
    }
}
