package dev.adjoint.lang.lib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.session.Session;
import dev.adjoint.testing.WarningsOutput;
import org.junit.jupiter.api.Test;

/**
 * The warnings PyTorch 1.13 gives about how it is used (texts recorded from /usr/bin/python3 with
 * torch 1.13): at the caller's line, once per line, for a uint8 index (a mask), a uint8 mask
 * assigned one value (masked_fill_'s), torch.tensor of a tensor and the .grad of a non-leaf; once
 * a session from inside torch for backward with create_graph. Programs 411 and 412 check the values.
 */
class TorchUsageWarningsTest {
    private static final String INDEX = "UserWarning: indexing with dtype torch.uint8 is now deprecated, please use a dtype torch.bool instead."
            + " (Triggered internally at  ./aten/src/ATen/native/IndexingUtils.h:27.)";
    private static final String FILL = "UserWarning: masked_fill_ received a mask with dtype torch.uint8, this behavior is now deprecated,"
            + "please use a mask with dtype torch.bool instead. (Triggered internally at  ./aten/src/ATen/native/TensorAdvancedIndexing.cpp:1646.)";
    private static final String COPY = "UserWarning: To copy construct from a tensor, it is recommended to use sourceTensor.clone().detach()"
            + " or sourceTensor.clone().detach().requires_grad_(True), rather than torch.tensor(sourceTensor).";

    private static final String CREATE_GRAPH = "UserWarning: Using backward() with create_graph=True will create a reference cycle between the"
            + " parameter and its gradient which can cause a memory leak. We recommend using autograd.grad when creating the graph to avoid this."
            + " If you have to use this function, make sure to reset the .grad fields of your parameters to None after use to break the cycle and"
            + " avoid the leak. (Triggered internally at  ./torch/csrc/autograd/engine.cpp:1059.)";

    private final Session s = new Session();
    private final WarningsOutput out = new WarningsOutput();

    @Test
    void aByteIndexWarnsAtEachLineThatUsesOne() {
        s.eval("import torch\nm = torch.tensor([1, 0, 1], dtype=torch.uint8)\nx = torch.arange(3)\nfor i in range(2):\n    y = x[m]\nx[m] = 5\nx[m] = torch.tensor([7, 8])\nz = x[m.bool()]", out);
        assertThat(out.stderr.toString()).isEqualTo("<stdin>:5: " + INDEX + "\n<stdin>:6: " + FILL + "\n<stdin>:7: " + INDEX + "\n");
        assertThat(s.eval("x.tolist()", out).value().orElseThrow().toString()).isEqualTo("[7, 1, 8]");
    }

    @Test
    void torchTensorOfATensorWarnsButOfAListOfTensorsDoesNot() {
        s.eval("import torch\nt = torch.tensor([1.0, 2.0], requires_grad=True)\na = torch.tensor(t)\nb = torch.tensor([t[0], t[1]])\nc = torch.tensor(t.detach())", out);
        assertThat(out.stderr.toString()).isEqualTo("<stdin>:3: " + COPY + "\n<stdin>:5: " + COPY + "\n");
        assertThat(s.eval("a.requires_grad", out).value()).contains(false);
    }

    @Test
    void backwardWithCreateGraphWarnsOnceASessionAndAutogradGradNever() {
        s.eval("import torch\nx = torch.tensor([1.0, 2.0], requires_grad=True)\ng, = torch.autograd.grad((x ** 2).sum(), x, create_graph=True)\n"
                + "(x ** 2).sum().backward()", out);
        assertThat(out.engine).isEmpty();
        s.eval("(x ** 2).sum().backward(create_graph=True)\ntorch.autograd.backward([(x ** 3).sum()], create_graph=True)", out);
        assertThat(out.engine).containsExactly(CREATE_GRAPH);
    }

    @Test
    void aNonLeafGradWarnsAtEachLineThatReadsIt() {
        s.eval("import torch\nx = torch.ones(2, requires_grad=True)\ny = x * 2\ndef f():\n    return y.grad\nf()\nf()\nprint(y.grad)\ny.retain_grad()\nprint(y.grad)", out);
        String text = "UserWarning: The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad attribute won't be populated"
                + " during autograd.backward(). If you indeed want the .grad field to be populated for a non-leaf Tensor, use .retain_grad() on the"
                + " non-leaf Tensor. If you access the non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. See"
                + " github.com/pytorch/pytorch/pull/30531 for more informations. (Triggered internally at  ./build/aten/src/ATen/core/TensorBody.h:480.)";
        assertThat(out.stderr.toString()).isEqualTo("<stdin>:5: " + text + "\n<stdin>:8: " + text + "\n");
        assertThat(out.engine).isEmpty();
    }
}
