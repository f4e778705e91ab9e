package dev.adjoint.kernel;

import java.util.Optional;

/**
 * Ends the kernel when the process that started it (Jupyter) is gone, as ipykernel's parent
 * poller does: a front-end killed with SIGKILL never sends shutdown_request, and an orphaned JVM
 * would keep its memory and ports. Watches the parent process (as it was when the kernel began,
 * so a parent that dies during start-up is noticed too), and JPY_PARENT_PID when set.
 */
final class ParentWatch {
    private static final long PERIOD_MS = 1000;

    private ParentWatch() {}

    static void start(Runnable onOrphaned) {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        Optional<ProcessHandle> jupyter = Optional.ofNullable(System.getenv("JPY_PARENT_PID"))
                .flatMap(ParentWatch::parsePid).flatMap(ProcessHandle::of);
        if (parent.isEmpty() && jupyter.isEmpty()) return;
        Thread t = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(PERIOD_MS);
                } catch (InterruptedException e) {
                    return;
                }
                boolean reparented = parent.isPresent() && !ProcessHandle.current().parent().map(parent.get()::equals).orElse(false);
                if (reparented || parent.map(p -> !p.isAlive()).orElse(false) || jupyter.map(p -> !p.isAlive()).orElse(false)) {
                    onOrphaned.run();
                    return;
                }
            }
        }, "adjoint-parent-watch");
        t.setDaemon(true);
        t.start();
    }

    private static Optional<Long> parsePid(String s) {
        try {
            return Optional.of(Long.parseLong(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
