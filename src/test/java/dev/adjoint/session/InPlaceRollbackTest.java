package dev.adjoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A failed input puts back what PyTorch-style in-place changes did: values, gradients, versions, nodes, optimizer state. */
class InPlaceRollbackTest extends SessionHarness {
    @Test
    void inPlaceChangesOfAFailedInputAreUndone() {
        run("import torch\nw = torch.tensor([1.0, 2.0], requires_grad=True)\nloss = (w * w).sum()\nloss.backward()\ng = w.grad");
        assertThat(error("with torch.no_grad():\n    w -= 0.1 * w.grad\nw.grad.zero_()\nw.data.mul_(10)\nw[0] = 5\nnope\n")).isNotNull();
        assertThat(tensor("w").value().toArray()).containsExactly(1, 2);
        assertThat(tensor("w").version()).isZero();
        assertThat(tensor("g").value().toArray()).containsExactly(2, 4);
        assertThat(tensor("w").grad()).isSameAs(tensor("g"));
    }

    @Test
    void aRecordedChangeOfANonLeafIsUndoneWithItsNode() {
        run("import torch\nx = torch.tensor([1.0, 2.0], requires_grad=True)\ny = x * 2");
        String before = tensor("y").op().torchName(tensor("y"));
        assertThat(error("y.add_(1)\ny.exp_()\nundefined_name")).isNotNull();
        assertThat(tensor("y").op().torchName(tensor("y"))).isEqualTo(before);
        assertThat(tensor("y").value().toArray()).containsExactly(2, 4);
        run("y.sum().backward()");
        assertThat(tensor("x").grad().value().toArray()).containsExactly(2, 2);
    }

    @Test
    void anOptimizerStepOfAFailedInputIsUndone() {
        run("import torch\nw = torch.tensor([1.0, -2.0], requires_grad=True)\nopt = torch.optim.Adam([w], lr=0.1)\n"
                + "(w ** 2).sum().backward()\nopt.step()");
        double[] after = tensor("w").value().toArray();
        assertThat(error("opt.step()\nopt.param_groups[0]['lr'] = 5\nnope")).isNotNull();
        assertThat(tensor("w").value().toArray()).containsExactly(after);
        run("opt.step()\nv = w.detach().clone()");
        run("w2 = torch.tensor([1.0, -2.0], requires_grad=True)\nopt2 = torch.optim.Adam([w2], lr=0.1)\n"
                + "(w2 ** 2).sum().backward()\nopt2.step()\nopt2.step()");
        assertThat(tensor("v").value().toArray()).containsExactly(tensor("w2").value().toArray());
    }
}
