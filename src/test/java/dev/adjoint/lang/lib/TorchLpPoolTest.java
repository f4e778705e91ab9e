package dev.adjoint.lang.lib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.ShellHarness;
import org.junit.jupiter.api.Test;

/**
 * F.lp_pool1d/lp_pool2d, a composite of engine ops written in the library: its gradients (first
 * and second order) against central differences of its values, for whole and fractional p, strides
 * and ceil_mode, each entry within 1e-6 relative.
 */
class TorchLpPoolTest extends ShellHarness {
    private static final String DIFFERENCES = """
            import torch
            import torch.nn.functional as F
            torch.set_default_dtype(torch.float64)
            torch.manual_seed(7)
            def worst(f, x):
                x = x.detach().requires_grad_()
                seed = torch.randn(f(x).shape)
                g, = torch.autograd.grad((f(x) * seed).sum(), x)
                h, flat, bad = 1e-6, x.detach().reshape(-1), 0.0
                for i in range(flat.numel()):
                    up, down = flat.clone(), flat.clone()
                    up[i] += h
                    down[i] -= h
                    numeric = ((f(up.reshape(x.shape)) - f(down.reshape(x.shape))) * seed).sum().item() / (2 * h)
                    bad = max(bad, abs(numeric - g.reshape(-1)[i].item()) / (1e-6 + abs(numeric)))
                return bad
            cases = [lambda x: F.lp_pool1d(x, 2, 3), lambda x: F.lp_pool1d(x, 3, 2, 1), lambda x: F.lp_pool1d(x, 2.5, 4, 2, True),
                     lambda x: F.lp_pool1d(x, 1, 2)]
            cases2 = [lambda x: F.lp_pool2d(x, 2, 2), lambda x: F.lp_pool2d(x, 3, (2, 3), 1), lambda x: F.lp_pool2d(x, 1.5, 2, (1, 2), True)]
            x1, x2 = torch.rand(2, 3, 9) + 0.2, torch.rand(2, 2, 5, 6) + 0.2
            errors = [worst(f, x1) for f in cases] + [worst(f, x2) for f in cases2]
            def gradient(x):
                x = x if x.requires_grad else x.requires_grad_()
                return torch.autograd.grad(F.lp_pool1d(x, 2, 3).pow(3).sum(), x, create_graph=True)[0]
            second = worst(gradient, x1)
            """;

    @Test
    void lpPoolGradientsAreTheCentralDifferences() {
        assertThat(run(DIFFERENCES).ok()).as(take(err)).isTrue();
        assertThat(printed("print(max(errors) < 1e-6, len(errors))")).isEqualTo("True 7\n");
        assertThat(printed("print(second < 1e-6)")).isEqualTo("True\n");
    }

    @Test
    void itsNodeIsPowAndTheLayersReprIsPyTorchs() {
        run(DIFFERENCES);
        assertThat(printed("print(type(F.lp_pool2d(x2.requires_grad_(), 2, 2).grad_fn).__name__)")).isEqualTo("PowBackward0\n");
        assertThat(printed("print(torch.nn.LPPool1d(2, 3, stride=2), torch.nn.LPPool2d(1.5, (2, 3)))"))
                .isEqualTo("LPPool1d(norm_type=2, kernel_size=3, stride=2, ceil_mode=False) LPPool2d(norm_type=1.5, kernel_size=(2, 3), stride=None, ceil_mode=False)\n");
    }
}
