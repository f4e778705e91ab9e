package dev.adjoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An input's log records only what existed before the input (so a training loop's tensors are freed
 * as it drops them), and a failed input is still undone exactly: the parameters, their gradients,
 * the optimizer's moments and a graph an earlier input built and this one freed.
 */
class NeedleTrainingRollbackTest extends SessionHarness {
    private static final String SETUP = "import needle as ndl\nimport needle.nn as nn\nimport numpy as np\n"
            + "X = ndl.Tensor(np.arange(12.0).reshape(4, 3) / 10, dtype='float32')\ny = ndl.Tensor([0, 1, 1, 0])\n";
    private static final String LOOP = "for i in range(3):\n    opt.reset_grad()\n    loss = nn.SoftmaxLoss()(model(X), y)\n"
            + "    loss.backward()\n    opt.step()\n";

    private static String model(String name, String opt) {
        return "np.random.seed(0)\n" + name + " = nn.Linear(3, 2)\n" + opt + " = ndl.optim.Adam(" + name + ".parameters(), lr=0.1)\n";
    }

    @Test
    void aFailedTrainingLoopPutsBackWeightsGradientsAndMoments() {
        run(SETUP + model("model", "opt") + LOOP);
        run("w = model.weight");
        double[] weight = tensor("w").value().toArray();
        assertThat(error(LOOP + "nope")).isNotNull();
        assertThat(tensor("w").value().toArray()).containsExactly(weight);
        run(LOOP + "after = model.weight.numpy()");
        // the same six steps in one go, on a second model: the same weights only if the moments were put back too
        run(model("model", "opt") + LOOP + LOOP + "again = model.weight.numpy()\nsame = bool((after == again).all())");
        assertThat(session.lookup("same")).isEqualTo(true);
    }

    @Test
    void aGraphAnEarlierInputBuiltIsUsableAgainAfterAFailedBackward() {
        run("import torch\nx = torch.tensor([1.0, 2.0], requires_grad=True)\nz = (x * x).sum()");
        assertThat(error("z.backward()\nnope")).isNotNull();
        run("z.backward()\ng = x.grad");
        assertThat(tensor("g").value().toArray()).containsExactly(2, 4);
        assertThat(error("z.backward()").getMessage()).contains("backward through the graph a second time");
    }

    @Test
    void aTrainingLoopLeavesNoTensorOfItsEarlierStepsAlive() {
        run(SETUP + model("model", "opt") + "start = ndl.autograd.TENSOR_COUNTER\n" + LOOP.replace("range(3)", "range(30)")
                + "grown = ndl.autograd.TENSOR_COUNTER - start");
        assertThat(value("grown")).isLessThan(40); // one step's tensors (a step makes about 20), not thirty steps'
    }
}
