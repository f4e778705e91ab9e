package dev.adjoint.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** Z68: why a write failed, as CPython's OSError words it, never by adjoint's temporary file. */
class OsErrorTextTest {
    @Test
    void errnoAndStrerrorAsCPythonShowsThem() {
        assertThat(OsErrorText.of(new NoSuchFileException("/proc/.foo.adj.adjoint-1.tmp"))).isEqualTo("[Errno 2] No such file or directory");
        assertThat(OsErrorText.of(new AccessDeniedException("/x/.t.tmp"))).isEqualTo("[Errno 13] Permission denied");
        assertThat(OsErrorText.of(new FileSystemException("/x/.t.tmp", null, "Read-only file system"))).isEqualTo("[Errno 30] Read-only file system");
        assertThat(OsErrorText.of(new IOException("No space left on device"))).isEqualTo("[Errno 28] No space left on device");
        assertThat(OsErrorText.of(new FileSystemException("/x/.t.tmp"))).isEqualTo("the system gave no reason").doesNotContain(".tmp");
        assertThat(OsErrorText.of(new IOException("dot failed: syntax error"))).isEqualTo("dot failed: syntax error");
    }
}
