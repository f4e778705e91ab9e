package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;
import org.junit.jupiter.api.Test;

/** The prompt's terminal is set up as jline would set it up, only with less work at start-up. */
class TerminalSetupTest {
    /** The terminal types jline bundles a description of (org/jline/utils/*.caps). */
    static final List<String> BUNDLED = List.of("ansi", "dumb", "dumb-color", "rxvt", "rxvt-basic", "rxvt-unicode",
            "rxvt-unicode-256color", "screen", "screen-256color", "windows", "windows-256color", "windows-conemu", "windows-vtp",
            "xterm", "xterm-256color");

    @Test
    void aBundledDescriptionIsReadAsJlineReadsIt() {
        for (String type : BUNDLED) {
            assertThat(ReplLoop.bundledInfoCmp(type)).as(type).isNotNull().isEqualTo(InfoCmp.getDefaultInfoCmp(type));
        }
    }

    @Test
    void anUnknownTypeOrAPathHasNoBundledDescription() {
        assertThat(ReplLoop.bundledInfoCmp("no-such-terminal")).isNull();
        assertThat(ReplLoop.bundledInfoCmp("")).isNull();
        assertThat(ReplLoop.bundledInfoCmp("../utils/xterm")).isNull();
    }

    @Test
    void theEncodingGivenIsTheOneJlineWouldChoose() {
        assertThat(ReplLoop.withEncoding(TerminalBuilder.builder()).computeEncoding()).isEqualTo(TerminalBuilder.builder().computeEncoding());
    }
}
