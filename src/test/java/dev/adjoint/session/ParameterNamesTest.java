package dev.adjoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A module's weights in a trace are named by the path that reaches them (finding #132), not "input". */
class ParameterNamesTest extends SessionHarness {
    private List<String> inputLabels(String target) {
        Trace t = session.trace(session.target(Arg.of(target)), Trace.Order.DEPTH, Trace.Numbering.CMU);
        return t.nodes().stream().filter(TraceNode::isInput).map(TraceNode::label).toList();
    }

    @Test
    void sequentialLayersAreNamedByIndex() {
        run("import torch\nm = torch.nn.Sequential(torch.nn.Linear(4, 3), torch.nn.ReLU(), torch.nn.Linear(3, 2))\n"
                + "loss = torch.nn.functional.cross_entropy(m(torch.ones(2, 4)), torch.tensor([0, 1]))");
        assertThat(inputLabels("loss")).containsExactly("m[0].weight", "m[0].bias", "m[2].weight", "m[2].bias");
    }

    @Test
    void attributesAndModuleListsOfAStudentsModule() {
        run("""
                import torch
                import torch.nn as nn
                class Net(nn.Module):
                    def __init__(self):
                        super().__init__()
                        self.fc1 = nn.Linear(2, 2)
                        self.blocks = nn.ModuleList([nn.Linear(2, 1)])
                    def forward(self, x):
                        return self.blocks[0](self.fc1(x))
                net = Net()
                y = net(torch.ones(1, 2)).sum()""");
        assertThat(inputLabels("y")).containsExactly("net.fc1.weight", "net.fc1.bias", "net.blocks[0].weight", "net.blocks[0].bias");
    }

    @Test
    void aVariableOfItsOwnWinsUntilItIsRebound() {
        run("import torch\nm = torch.nn.Linear(2, 1)\nw = m.weight\ny = m(torch.ones(1, 2)).sum()");
        assertThat(inputLabels("y")).containsExactly("w", "m.bias");
        run("w = 3");
        assertThat(inputLabels("y")).containsExactly("m.weight", "m.bias");
    }

    @Test
    void aModuleNoLongerBoundNamesNothing() {
        run("import torch\nm = torch.nn.Linear(2, 1)\ny = m(torch.ones(1, 2)).sum()\nm = None");
        assertThat(inputLabels("y")).containsExactly("v1", "v2");
    }
}
