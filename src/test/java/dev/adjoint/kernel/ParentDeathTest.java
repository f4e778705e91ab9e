package dev.adjoint.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kernel whose parent is killed (a front-end that crashed, kill -9) ends by itself instead of lingering. */
@Tag("slow")
class ParentDeathTest {
    @Test
    void theKernelEndsWhenItsParentIsKilled(@TempDir Path dir) throws Exception {
        int[] ports = freePorts(5);
        Path conn = dir.resolve("kernel-test.json");
        Files.writeString(conn, String.format("{\"ip\": \"127.0.0.1\", \"transport\": \"tcp\", \"shell_port\": %d, \"iopub_port\": %d,"
                + " \"stdin_port\": %d, \"control_port\": %d, \"hb_port\": %d, \"signature_scheme\": \"hmac-sha256\","
                + " \"key\": \"a0436f6c-1916-498b-8eb9-e81ab9368e84\"}", ports[0], ports[1], ports[2], ports[3], ports[4]));
        List<String> java = JupyterClients.javaCommand();
        String command = "'" + String.join("' '", java) + "' --kernel '" + conn + "' 2>'" + dir.resolve("err.txt") + "' & wait";
        Process parent = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ProcessHandle kernel = null;
        try {
            kernel = awaitChild(parent.toHandle());
            assertThat(kernel).as("the kernel process started").isNotNull();
            awaitListening(ports[4]); // the heartbeat port is bound: the kernel is up
            parent.destroyForcibly(); // SIGKILL: no shutdown_request, no chance to clean up
            assertThat(parent.waitFor(30, TimeUnit.SECONDS)).isTrue();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (kernel.isAlive() && System.nanoTime() < until) Thread.sleep(100);
            assertThat(kernel.isAlive()).as("the orphaned kernel ended; its stderr: " + Files.readString(dir.resolve("err.txt")) + kernel.info() + " parent " + kernel.parent()).isFalse();
        } finally {
            if (kernel != null) kernel.destroyForcibly();
            parent.destroyForcibly();
        }
    }

    static ProcessHandle awaitChild(ProcessHandle parent) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            Optional<ProcessHandle> child = parent.children().findFirst();
            if (child.isPresent()) return child.get();
            Thread.sleep(50);
        }
        return null;
    }

    static void awaitListening(int port) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < until) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the kernel never bound its heartbeat port " + port);
    }

    static int[] freePorts(int n) throws IOException {
        ServerSocket[] sockets = new ServerSocket[n];
        int[] ports = new int[n];
        try {
            for (int i = 0; i < n; i++) {
                sockets[i] = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                ports[i] = sockets[i].getLocalPort();
            }
        } finally {
            for (ServerSocket s : sockets) if (s != null) s.close();
        }
        return ports;
    }
}
