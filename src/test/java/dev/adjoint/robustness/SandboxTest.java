package dev.adjoint.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.ShellHarness;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README, Security: programs read the files they name (open, gzip.open, os.path's queries, as
 * hw0's parse_mnist does) but have no way to write a file, run a host command or reach the network;
 * files are otherwise touched only by the commands and functions the README names. Each way Python
 * has to write or reach the host fails with a located error, touches nothing, and the session goes on.
 */
class SandboxTest extends ShellHarness {
    @Test
    void noInputWritesAFileOrReachesTheHost(@TempDir Path dir) {
        Path file = dir.resolve("made");
        String f = "'" + file + "'";
        String[] inputs = {"import subprocess", "import socket", "import shutil", "import io\nio.open(" + f + ", 'w')", "import io\nio.FileIO(" + f + ", 'w')",
            "import logging\nlogging.FileHandler(" + f + ")", "import logging\nlogging.basicConfig(filename=" + f + ")", "import ctypes",
            // importlib imports what an import statement does (adjoint's modules, the user's .py files) and no more
            "import importlib\nimportlib.import_module('subprocess')", "import importlib\nimportlib.import_module('os').system('ls')", "import urllib.request", "import tempfile", "from os import system",
            "import pickle\npickle.loads(b\"cos\\nsystem\\n(S'touch " + file + "'\\ntR.\")", "import pickle\npickle.loads(b\"cbuiltins\\neval\\n(S'1'\\ntR.\")",
            "import pickle\npickle.loads(b\"cbuiltins\\nopen\\n(S'" + file + "'\\nS'w'\\ntR.\")", "import os\nos.system('touch ' + " + f + ")",
            "import os\nos.popen('ls')", "import os\nos.makedirs(" + f + ")", "import os\nos.mkdir(" + f + ")", "import os\nos.remove(" + f + ")",
            "import os\nos.rename(" + f + ", " + f + ")", "__import__('os').system('ls')", "exec(\"open(" + f + ", 'w')\")",
            "eval(\"__import__('shutil')\")", "exec(compile('import socket', 'f', 'exec'))", "exec('import os\\nos.remove(" + f.replace("'", "\\'") + ")', {})", "open(" + f + ", 'w')", "open(" + f + ", 'a')", "open(" + f + ", 'x')",
            "open(" + f + ", 'wb')", "open(" + f + ", 'r+')", "import gzip\ngzip.open(" + f + ", 'wb')", "open('/dev/zero', 'rb')",
            "open(" + f + ")", "breakpoint()",
            "import numpy as np\nnp.save(" + f + ", np.ones(2))", "import numpy as np\nnp.savetxt(" + f + ", np.ones(2))",
            "import numpy as np\nnp.savez(" + f + ", x=np.ones(2))", "import numpy as np\nnp.savez_compressed(" + f + ", np.ones(2))",
            "import numpy as np\nnp.ones(2).tofile(" + f + ")",
            "import sys\nsys.modules['os']", "from pathlib import Path\nPath(" + f + ").write_text('x')",
            "from pathlib import Path\nPath(" + f + ").write_bytes(b'x')", "from pathlib import Path\nPath(" + f + ").mkdir()",
            "from pathlib import Path\nPath(" + f + ").touch()", "from pathlib import Path\nwith Path(" + f + ").open('w') as out: pass"};
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

    @Test
    void refusalsSayWhy(@TempDir Path dir) {
        String f = "'" + dir.resolve("out.txt") + "'";
        run("import os");
        take(err);
        assertThat(run("open(" + f + ", 'w')").ok()).isFalse();
        assertThat(take(err)).contains("PermissionError", "adjoint does not write files from programs");
        assertThat(run("from pathlib import Path\nPath(" + f + ").write_text('x')").ok()).isFalse();
        assertThat(take(err)).contains("PermissionError: Path.write_text(): adjoint does not write files from programs");
        assertThat(run("os.system('ls')").ok()).isFalse();
        assertThat(take(err)).contains("module 'os' has no attribute 'system'", "adjoint does not run commands or change files");
    }

    @Test
    void torchSaveToAPathKeepsItInTheSessionsMemoryAndSaysSo(@TempDir Path dir) {
        String f = "'" + dir.resolve("cifar_net.pth") + "'";
        assertThat(run("import torch\ntorch.save(torch.ones(2), " + f + ")").ok()).isTrue();
        assertThat(take(err)).contains("UserWarning: torch.save(obj, " + f + ") is kept in this session's memory, not written to disk");
        assertThat(run("print(torch.load(" + f + "))").ok()).isTrue();
        assertThat(take(out)).contains("tensor([1., 1.])");
        assertThat(run("torch.save(torch.zeros(1), " + f + ")").ok()).isTrue();
        assertThat(take(err)).as("said once a path").isEmpty();
        assertThat(Files.exists(dir.resolve("cifar_net.pth"))).isFalse();
    }

    @Test
    void programsReadTheFilesTheyName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "one\ntwo\n");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("data.gz")))) {
            gz.write(new byte[] {0, 0, 8, 3, 42});
        }
        String d = "'" + dir + "'";
        assertThat(printed("import os, gzip, struct\nprint(sorted(os.listdir(" + d + ")), os.path.exists(os.path.join(" + d + ", 'notes.txt')))"))
                .isEqualTo("['data.gz', 'notes.txt'] True\n");
        assertThat(printed("with open(os.path.join(" + d + ", 'notes.txt')) as f:\n    print(f.read().split())")).isEqualTo("['one', 'two']\n");
        assertThat(printed("with gzip.open(os.path.join(" + d + ", 'data.gz')) as f:\n    print(struct.unpack('>IB', f.read()))"))
                .isEqualTo("(2051, 42)\n");
        assertThat(printed("from pathlib import Path\nprint(Path(" + d + ", 'notes.txt').read_text().split(), sorted(p.name for p in Path(" + d
                + ").glob('*.gz')))")).isEqualTo("['one', 'two'] ['data.gz']\n");
        assertThat(new String(Files.readAllBytes(dir.resolve("notes.txt")), StandardCharsets.UTF_8)).isEqualTo("one\ntwo\n");
    }
}
