package dev.adjoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.lang.LangError;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15, item 6: a failed input changes nothing reachable from the session. Each case is a
 * setup, an input that changes things and then fails, and a probe that prints what the change
 * would have touched: the probe must print exactly what it prints when the failed input never ran.
 */
@org.junit.jupiter.api.extension.ExtendWith(NoStdout.class)
class RollbackTest {
    record Case(String name, String setup, String failing, String probe) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String MODEL = """
            seed(0)
            model = nn.Linear(3, 2)
            x = randn(4, 3)
            """;

    static List<Case> cases() {
        return List.of(
                new Case("module weights and grads after backward and an SGD step", MODEL + "opt = optim.SGD(model.parameters(), lr=0.1)\n",
                        "loss = model(x).sum(); loss.backward(); opt.step(); undefined",
                        "print(model.weight)\nprint(model.weight.grad)\n"),
                new Case("SGD momentum buffers", MODEL + "opt = optim.SGD(model.parameters(), lr=0.1, momentum=0.9)\n"
                        + "loss = model(x).sum()\nloss.backward()\nopt.step()\nopt.reset_grad()\n",
                        "loss = model(x).sum(); loss.backward(); opt.step(); undefined",
                        "loss = model(x).sum()\nloss.backward()\nopt.step()\nprint(model.weight)\n"),
                new Case("Adam moments and step count", MODEL + "opt = optim.Adam(model.parameters(), lr=0.1)\n",
                        "loss = model(x).sum(); loss.backward(); opt.step(); undefined",
                        "opt.reset_grad()\nloss = model(x).sum()\nloss.backward()\nopt.step()\nprint(model.weight)\n"),
                new Case("a seeded DataLoader's shuffle", """
                        ds = Dataset(arange(0, 8))
                        loader = DataLoader(ds, batch_size=8, shuffle=True, seed=3)
                        """,
                        "for b in loader:\n    pass\nundefined\n",
                        "for b in loader:\n    print(b[0])\n"),
                new Case("the session's generator through a shuffling DataLoader", """
                        seed(1)
                        ds = Dataset(arange(0, 8))
                        loader = DataLoader(ds, batch_size=8, shuffle=True)
                        """,
                        "for b in loader:\n    pass\nundefined\n",
                        "for b in loader:\n    print(b[0])\nprint(rand(2))\n"),
                new Case("a lazy module's first call: its class, sizes, weights and the generator", "import torch\ntorch.manual_seed(3)\nlz = torch.nn.LazyLinear(2)\n",
                        "lz(torch.ones(1, 3)); undefined",
                        "print(type(lz).__name__, lz, lz.weight)\nprint(lz(torch.ones(1, 4)), lz)\n"),
                new Case("PyTorch's generator: draws, a seed and the default dtype", "import torch\ntorch.manual_seed(3)\n",
                        "a = torch.randn(5); torch.set_default_dtype(torch.float64); torch.manual_seed(9); undefined",
                        "print(torch.rand(2).tolist())\nprint(torch.randn(3).tolist())\n"),
                new Case("a torch DataLoader's shuffle", """
                        import torch
                        from torch.utils.data import DataLoader, TensorDataset
                        torch.manual_seed(0)
                        loader = DataLoader(TensorDataset(torch.arange(8.)), batch_size=8, shuffle=True)
                        """,
                        "for b in loader:\n    pass\nundefined\n",
                        "for b in loader:\n    print(b[0].tolist())\n"),
                new Case("a module's training flag", MODEL, "model.eval(); undefined", "print(model.training)\n"),
                new Case("batch norm running statistics", "seed(0)\nbn = nn.BatchNorm1d(3)\nx = randn(4, 3)\n",
                        "y = bn(x); undefined", "bn.eval()\nprint(bn(x))\n"),
                new Case("an optimizer's learning rate", MODEL + "opt = optim.SGD(model.parameters(), lr=0.1)\n",
                        "opt.lr = 0.5; undefined", "print(opt.lr)\n"),
                new Case("tensors three tuples deep", "w = tensor([1.0, 2.0])\nt = (((w,),),)\n",
                        "t[0][0][0].data = tensor([5.0, 5.0]); undefined",
                        "print(w)\nprint(t[0][0][0])\n"));
    }

    private static String transcript(String... inputs) {
        Session s = new Session();
        RecordingOutput out = new RecordingOutput();
        StringBuilder sb = new StringBuilder();
        for (String in : inputs) {
            try {
                s.eval(in, out);
            } catch (LangError e) {
                sb.append("error: ").append(e.getMessage()).append('\n');
            }
        }
        for (String p : out.printed) sb.append(p).append('\n');
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aFailedInputLeavesNothingBehind(Case c) {
        String clean = transcript(c.setup(), c.probe());
        String afterFailure = transcript(c.setup(), c.failing(), c.probe());
        assertThat(clean).doesNotContain("error:");
        assertThat(afterFailure).as(c.name()).isEqualTo("error: NameError: name 'undefined' is not defined\n" + clean);
    }
}
