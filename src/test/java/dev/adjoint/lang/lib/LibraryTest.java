package dev.adjoint.lang.lib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.LangError;
import dev.adjoint.session.Output;
import dev.adjoint.session.Session;
import dev.adjoint.testing.QuietOutput;
import java.util.List;
import org.junit.jupiter.api.Test;

/** needle's nn, optim, init and data, used from the language. */
class LibraryTest {
    private final Session s = new Session();
    private final Output out = QuietOutput.INSTANCE;

    private double number(String expr) {
        s.eval("__v = " + expr, out);
        return dev.adjoint.lang.Values.toDouble(s.lookup("__v"));
    }

    /** Four points, two classes, separable by the sign of the first feature. */
    private void data() {
        s.eval("X = const([[1, 0.5], [2, -1], [-1, 0.3], [-2, -0.5]])", out);
        s.eval("y = const([1, 1, 0, 0])", out);
        s.eval("ds = Dataset(X, y)", out);
    }

    @Test
    void trainingWithSgdLowersTheLoss() {
        data();
        s.eval("seed(0)", out);
        s.eval("model = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 2))", out);
        s.eval("loss_fn = nn.SoftmaxLoss()", out);
        s.eval("opt = optim.SGD(model.parameters(), lr=0.5)", out);
        double before = number("loss_fn(model(X), y)");
        s.eval("""
                for epoch in range(30):
                    for xb, yb in DataLoader(ds, batch_size=2):
                        opt.reset_grad()
                        loss = loss_fn(model(xb), yb)
                        loss.backward()
                        opt.step()
                """, out);
        double after = number("loss_fn(model(X), y)");
        assertThat(after).isLessThan(before / 10);
        assertThat(number("len(model.parameters())")).isEqualTo(4);
        assertThat(number("len(model)")).isEqualTo(3);
    }

    @Test
    void adamAndModulesByAttribute() {
        data();
        s.eval("seed(1)", out);
        s.eval("lin = nn.Linear(2, 2)", out);
        assertThat(s.lookup("lin")).isInstanceOf(ModuleValue.class);
        s.eval("w = lin.weight", out);
        assertThat(((Tensor) s.lookup("w")).shape()).containsExactly(2, 2);
        s.eval("b = lin.bias", out);
        assertThat(((Tensor) s.lookup("b")).shape()).containsExactly(1, 2);
        s.eval("opt = optim.Adam(lin.parameters(), lr=0.1)", out);
        s.eval("opt.lr = 0.05", out);
        assertThat(number("opt.lr")).isEqualTo(0.05);
        s.eval("for i in range(50): opt.zero_grad(); l = nn.SoftmaxLoss()(lin(X), y); l.backward(); opt.step()", out);
        assertThat(number("l")).isLessThan(0.2);
        s.eval("lin.eval()", out);
        assertThat(s.lookup("__missing")).isNull();
        s.eval("t = lin.training", out);
        assertThat(s.lookup("t")).isEqualTo(false);
    }

    @Test
    void loaderIsSizedAndWalkedLazily() {
        data();
        assertThat(number("len(DataLoader(ds, batch_size=3))")).isEqualTo(2);
        assertThat(number("len(ds)")).isEqualTo(4);
        s.eval("n = 0\nfor xb, yb in DataLoader(ds, batch_size=3, shuffle=True, seed=0): n = n + len(yb)\n\n", out);
        assertThat(number("n")).isEqualTo(4);
    }

    @Test
    void initializersHaveNeedlesScale() {
        s.eval("seed(0)", out);
        s.eval("W = init.kaiming_uniform(784, 100)", out);
        Tensor w = (Tensor) s.lookup("W");
        assertThat(w.requiresGrad()).isFalse(); // SPEC 2: as needle's init, no longer an input by being bound to a name
        assertThat(w.shape()).containsExactly(784, 100);
        // needle: bound = gain * sqrt(3 / fan_in) with gain sqrt(2) for relu
        double bound = Math.sqrt(2) * Math.sqrt(3.0 / 784);
        for (double v : w.value().toArray()) assertThat(Math.abs(v)).isLessThanOrEqualTo(bound);
    }

    @Test
    void mistakesAreClearMessages() {
        data();
        s.eval("lin = nn.Linear(2, 2)", out);
        assertThatThrownBy(() -> s.eval("lin.wieght", out)).isInstanceOf(LangError.class).hasMessageContaining("Did you mean: 'weight'");
        assertThatThrownBy(() -> s.eval("optim.SGD(3)", out)).hasMessageContaining("model.parameters()");
        assertThatThrownBy(() -> s.eval("nn.Sequential(nn.ReLU(), 3)", out)).hasMessageContaining("must be a module");
        assertThatThrownBy(() -> s.eval("lin(X, X)", out)).hasMessageContaining("takes 1 positional argument");
        assertThatThrownBy(() -> s.eval("mnist(\"/nonexistent/a.gz\", \"/nonexistent/b.gz\")", out)).isInstanceOf(LangError.class).hasMessageContaining("OSError: /nonexistent/a.gz");
        assertThatThrownBy(() -> s.eval("optim.SGD(lin.parameters(), form=\"adam\")", out)).hasMessageContaining("SGD()");
    }

    /** needle's notebooks: a user module subclassing nn.Module and a user dataset subclassing data.Dataset (issue 10). */
    @Test
    void userModulesAndDatasetsSubclassNeedlesClasses() {
        s.eval("""
                import needle as ndl
                import needle.nn as nn
                seed(0)
                class Net(nn.Module):
                    def __init__(self):
                        super().__init__()
                        self.layers = [nn.Linear(4, 3), nn.ReLU()]
                        self.head = nn.Linear(3, 2)
                        self.scale = nn.Parameter(ndl.Tensor([1.0, 2.0]))
                    def forward(self, x):
                        for layer in self.layers:
                            x = layer(x)
                        return self.head(x) * self.scale

                net = Net()
                n_params = len(net.parameters())
                out_shape = tuple(net(ones(5, 4)).shape)
                net.eval()
                was_training = net.training
                opt = ndl.optim.SGD(net.parameters(), lr=0.1)
                before = net.scale.numpy().tolist()
                loss = net(ones(5, 4)).sum()
                loss.backward()
                opt.step()
                moved = net.scale.numpy().tolist() != before
                """, out);
        assertThat(number("n_params")).isEqualTo(5); // weight and bias of two Linear layers, and scale
        assertThat(s.lookup("out_shape")).isEqualTo(List.of(5L, 2L));
        assertThat(s.lookup("was_training")).isEqualTo(false);
        assertThat(s.lookup("moved")).isEqualTo(true);
        s.eval("""
                class Squares(ndl.data.Dataset):
                    def __init__(self, n):
                        super().__init__()
                        self.n = n
                    def __getitem__(self, i):
                        return ones(3) * i, i * i
                    def __len__(self):
                        return self.n

                shapes = [(tuple(X.shape), y.numpy().tolist()) for X, y in ndl.data.DataLoader(Squares(5), batch_size=2)]
                plain = len(Dataset(ones(4, 2), zeros(4)))
                text = repr(shapes)
                """, out);
        assertThat(s.lookup("text")).isEqualTo("[((2, 3), [0.0, 1.0]), ((2, 3), [4.0, 9.0]), ((1, 3), [16.0])]");
        assertThat(number("plain")).isEqualTo(4); // Dataset(X, y) itself stays adjoint's dataset of tensors
        assertThatThrownBy(() -> s.eval("class Bad(nn.Module):\n    pass\n\nBad()(1)", out)).isInstanceOf(LangError.class)
                .hasMessageStartingWith("NotImplementedError");
    }
}
