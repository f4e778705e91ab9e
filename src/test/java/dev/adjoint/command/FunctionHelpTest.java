package dev.adjoint.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.lang.BuiltinHelp;
import dev.adjoint.lang.Builtins;
import dev.adjoint.repl.Shell;
import dev.adjoint.repl.ShellOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** :help NAME has an example for every function of the language, and the examples run. */
class FunctionHelpTest {
    /** Examples that need files or data from an earlier example (none since mnist() is shipped). */
    private static final Set<String> NOT_RUN = Set.of();

    @Test
    void everyBuiltinHasAnEntry() {
        Set<String> missing = new java.util.TreeSet<>(Builtins.table().keySet());
        missing.removeAll(BuiltinHelp.all().keySet());
        assertThat(missing).as("builtins without :help (add them to lang/BuiltinHelp)").isEmpty();
    }

    @Test
    void examplesRun() {
        for (var e : BuiltinHelp.all().entrySet()) {
            if (NOT_RUN.contains(e.getKey()) || !Builtins.table().containsKey(e.getKey())) continue;
            Shell shell = new Shell(ShellOptions.defaults());
            StringWriter out = new StringWriter(), err = new StringWriter();
            String example = e.getValue().example();
            String[] inputs = example.contains("\n") ? new String[] {example + "\n"} : example.split("; ");
            for (String in : inputs) {
                Shell.Outcome o = shell.run(in, null, 1, new PrintWriter(out), new PrintWriter(err));
                assertThat(o.ok()).as(e.getKey() + ": " + in + "\n" + err).isTrue();
            }
        }
    }

    /**
     * T17: :help of a NumPy or PyTorch name gives its own signature (recorded from torch 1.13's
     * docstrings): bound in the session (torch.ones after import torch) or not (mse_loss, F.cross_entropy).
     */
    @Test
    void helpOfALibrarysNameGivesItsOwnSignature() {
        Shell shell = new Shell(ShellOptions.defaults());
        assertThat(said(shell, ":help mse_loss")).startsWith("torch.nn.functional.mse_loss:\n    mse_loss(input, target, size_average=None, reduce=None, reduction='mean')");
        assertThat(said(shell, ":help F.cross_entropy")).startsWith("torch.nn.functional.cross_entropy:\n    cross_entropy(input: torch.Tensor, target: torch.Tensor");
        said(shell, "import torch");
        assertThat(said(shell, ":help torch.ones")).startsWith("ones(*size, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False) -> Tensor\n");
    }

    /** T17: needle, a whole section of the README, is a topic of :help too, and what it names is there. */
    @Test
    void needleIsATopic() {
        Shell shell = new Shell(ShellOptions.defaults());
        String text = said(shell, ":help needle");
        assertThat(text).startsWith("import needle as ndl gives CMU 10-414's needle").contains("backward(out_grad=None) ASSIGNS .grad");
        assertThat(said(shell, ":help")).contains(":help needle");
        said(shell, "import needle as ndl");
        for (String name : java.util.List.of("ndl.nn.Residual", "ndl.optim.Adam", "ndl.data.RandomCrop", "ndl.init.kaiming_normal",
                "ndl.autograd.find_topo_sort", "ndl.ops.logsumexp", "ndl.cpu"))
            assertThat(said(shell, "print(" + name + " is not None)")).as(name).isEqualTo("True\n");
    }

    /** What {@code input} printed; it reported no error. */
    private static String said(Shell shell, String input) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        shell.run(input, null, 1, new PrintWriter(out), new PrintWriter(err));
        assertThat(err.toString()).as(input).isEmpty();
        return out.toString();
    }

    @Test
    void helpShowsTheExample() {
        Shell shell = new Shell(ShellOptions.defaults());
        StringWriter out = new StringWriter(), err = new StringWriter();
        shell.run(":help sin", null, 1, new PrintWriter(out), new PrintWriter(err));
        assertThat(out.toString()).isEqualTo("sin(x)\n\nsine, elementwise; ∂/∂x = cos x\n  >>> x2 = 5\n  >>> sin(x2)\n");
        out.getBuffer().setLength(0);
        shell.run(":help no_grad", null, 1, new PrintWriter(out), new PrintWriter(err));
        assertThat(out.toString()).contains("  >>> with no_grad():\n  ...     z = x * 3\n");
        assertThat(err.toString()).isEmpty();
    }
}
