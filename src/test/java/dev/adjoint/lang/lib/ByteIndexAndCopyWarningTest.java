package dev.adjoint.lang.lib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.session.Session;
import dev.adjoint.testing.WarningsOutput;
import org.junit.jupiter.api.Test;

/**
 * The deprecation warnings PyTorch 1.13 gives at the caller's line, once per line (texts recorded
 * from /usr/bin/python3 with torch 1.13): a uint8 index (a mask), a uint8 mask assigned one value
 * (masked_fill_'s), and torch.tensor of a tensor. Program 411 checks the values.
 */
class ByteIndexAndCopyWarningTest {
    private static final String INDEX = "UserWarning: indexing with dtype torch.uint8 is now deprecated, please use a dtype torch.bool instead."
            + " (Triggered internally at  ./aten/src/ATen/native/IndexingUtils.h:27.)";
    private static final String FILL = "UserWarning: masked_fill_ received a mask with dtype torch.uint8, this behavior is now deprecated,"
            + "please use a mask with dtype torch.bool instead. (Triggered internally at  ./aten/src/ATen/native/TensorAdvancedIndexing.cpp:1646.)";
    private static final String COPY = "UserWarning: To copy construct from a tensor, it is recommended to use sourceTensor.clone().detach()"
            + " or sourceTensor.clone().detach().requires_grad_(True), rather than torch.tensor(sourceTensor).";

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
}
