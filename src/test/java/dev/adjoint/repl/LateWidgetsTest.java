package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.jline.reader.LineReader;
import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prompt's line reader makes jline's ~150 built-in widgets (a method reference each, linked at
 * its first run: ~40 ms of the prompt's start) after the prompt shows, and its tables of widgets
 * are then exactly jline's, with the prompt's own widgets over them.
 */
class LateWidgetsTest {
    @TempDir
    Path dir;

    private static Terminal terminal() throws Exception {
        return new ExternalTerminal("widgets", "xterm-256color", new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8);
    }

    /** name -> what the widget says it is (jline's built-ins say ".name"). */
    private static Map<String, String> described(Map<String, Widget> widgets) {
        Map<String, String> names = new TreeMap<>();
        widgets.forEach((name, widget) -> names.put(name, widget.toString()));
        return names;
    }

    @Test
    void theBuiltInWidgetsAreMadeWhenFirstNeededNotWithTheReader() throws Exception {
        try (Terminal terminal = terminal()) {
            Shell shell = new Shell(ShellOptions.defaults());
            PasteReader reader = ReplLoop.newReader(terminal, shell, shell::isComplete, true, dir.resolve("history"));
            assertThat(reader.widgetsMade()).as("made with the reader and its own widgets").isFalse();
            for (String hook : LateWidgets.HOOKS) assertThat(reader.getWidgets().get(hook)).isNull();
            assertThat(reader.widgetsMade()).as("made to answer readLine's hooks").isFalse();
            assertThat(reader.getWidgets().get(LineReader.ACCEPT_LINE)).hasToString("." + LineReader.ACCEPT_LINE);
            assertThat(reader.widgetsMade()).isTrue();
        }
    }

    @Test
    void theTablesAreJlinesWithThePromptsWidgetsOverThem() throws Exception {
        try (Terminal terminal = terminal()) {
            Map<String, String> jline = described(new LineReaderImpl(terminal).getWidgets());
            Shell shell = new Shell(ShellOptions.defaults());
            PasteReader reader = ReplLoop.newReader(terminal, shell, shell::isComplete, true, dir.resolve("history"));
            reader.makeWidgets();
            assertThat(described(reader.getBuiltinWidgets())).isEqualTo(jline);
            Map<String, String> prompts = described(reader.getWidgets());
            assertThat(prompts).containsAllEntriesOf(jline);
            assertThat(prompts.keySet()).filteredOn(name -> !jline.containsKey(name))
                    .containsExactlyInAnyOrder("adjoint-indent-or-complete", "adjoint-typed-space", "adjoint-level-backspace");
        }
    }

    /** readLine asks for its hooks before it draws the prompt: the table answers them from what was put, as jline has none built in. */
    @Test
    void jlineHasNoBuiltInHook() throws Exception {
        try (Terminal terminal = terminal()) {
            assertThat(new LineReaderImpl(terminal).getBuiltinWidgets()).doesNotContainKeys(LateWidgets.HOOKS.toArray(String[]::new));
        }
    }

    @Test
    void aWidgetPutBeforeTheBuiltInsAreMadeReplacesTheBuiltIn() throws Exception {
        try (Terminal terminal = terminal()) {
            Shell shell = new Shell(ShellOptions.defaults());
            PasteReader reader = ReplLoop.newReader(terminal, shell, shell::isComplete, true, dir.resolve("history"));
            Widget mine = () -> true;
            reader.getWidgets().put(LineReader.BEEP, mine);
            reader.getWidgets().put(LineReader.CALLBACK_INIT, mine);
            assertThat(reader.getWidgets().get(LineReader.CALLBACK_INIT)).isSameAs(mine);
            assertThat(reader.widgetsMade()).isFalse();
            assertThat(reader.getWidgets().get(LineReader.BEEP)).isSameAs(mine);
            assertThat(reader.getBuiltinWidgets().get(LineReader.BEEP)).hasToString("." + LineReader.BEEP);
        }
    }
}
