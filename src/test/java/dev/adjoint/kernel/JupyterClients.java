package dev.adjoint.kernel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a real Jupyter client (Debian's Python tools) against the kernel as this test JVM runs it. */
final class JupyterClients {
    static final String PYTHON = "/usr/bin/python3";

    private JupyterClients() {}

    static boolean haveJupyterClient() {
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import jupyter_client, zmq").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The kernel as this test's JVM runs: the same java and class path (no launcher, no jar to build). */
    static List<String> javaCommand() {
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.adjoint.repl.Main"));
    }

    /**
     * Installs the kernelspec 'adjoint' under {@code dir}, runs {@code command} in {@code dir} with
     * Jupyter looking there, stdout and stderr to the given files; returns its exit code, -1 if it
     * did not end within {@code minutes}.
     */
    static int run(Path dir, List<String> command, Path stdout, Path stderr, long minutes) throws IOException, InterruptedException {
        Path data = dir.resolve("share").resolve("jupyter");
        KernelSpec.write(data.resolve("kernels").resolve("adjoint"), javaCommand());
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        pb.environment().put("JUPYTER_PATH", data.toString());
        pb.environment().put("JUPYTER_RUNTIME_DIR", dir.resolve("runtime").toString());
        Process p = pb.start();
        if (p.waitFor(minutes, TimeUnit.MINUTES)) return p.exitValue();
        p.descendants().forEach(ProcessHandle::destroyForcibly); // the kernel it started, too
        p.destroyForcibly();
        return -1;
    }
}
