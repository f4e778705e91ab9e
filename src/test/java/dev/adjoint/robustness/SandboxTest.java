package dev.adjoint.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.ShellHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README, Security: "the language has no way to run host commands or reach the network", and
 * files are touched only by the commands and functions it names. Each way Python has to reach the
 * host fails with a located error, touches nothing, and the session goes on.
 */
class SandboxTest extends ShellHarness {
    @Test
    void noInputReachesTheHost(@TempDir Path dir) {
        Path file = dir.resolve("made");
        String f = "'" + file + "'";
        String[] inputs = {"import os", "import subprocess", "import socket", "import shutil", "import pathlib", "import io",
            "import ctypes", "import importlib", "import urllib.request", "from os import system", "__import__('os')",
            "exec('x = 1')", "eval('1 + 1')", "compile('1', 'f', 'eval')", "open(" + f + ", 'w')", "globals()", "breakpoint()",
            "import torch\ntorch.save(torch.ones(2), " + f + ")", "import numpy as np\nnp.save(" + f + ", np.ones(2))",
            "import numpy as np\nnp.savetxt(" + f + ", np.ones(2))", "import sys\nsys.modules['os']"};
        for (String input : inputs) {
            take(err);
            boolean ok = run(input).ok();
            String e = take(err);
            assertThat(ok).as(input).isFalse();
            assertThat(e).as(input).contains("error").doesNotContain("internal error", "Exception", "dev.adjoint");
        }
        assertThat(Files.exists(file)).isFalse();
        assertThat(run("6 * 7").ok()).isTrue();
    }
}
