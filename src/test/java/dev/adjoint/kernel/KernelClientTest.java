package dev.adjoint.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel against the real jupyter_client (Debian's python3-jupyter-client, which .ci/run
 * installs): src/test/python/kernel_client.py starts it from a kernelspec as a notebook server
 * would, runs cells, asks is_complete, complete, inspect and history, interrupts a running loop by
 * message and by SIGINT, sends forged and unsigned messages, restarts and shuts down; it reports
 * what it saw as JSON, and this test checks it.
 */
@Tag("slow")
class KernelClientTest {
    /** y of the lecture echoed once the notebook has imported a module (IPython.display): Python's repr, CPython's math.log(2) + 2*5 - math.sin(5). */
    private static final String Y_AFTER_AN_IMPORT = "11.652071455223084\n";

    static JsonObject seen;

    @BeforeAll
    static void drive(@TempDir Path dir) throws Exception {
        assumeTrue(JupyterClients.haveJupyterClient(), "jupyter_client is not installed for " + JupyterClients.PYTHON + " (apt-get install python3-jupyter-client)");
        int code = JupyterClients.run(dir, List.of(JupyterClients.PYTHON, Path.of("src/test/python/kernel_client.py").toAbsolutePath().toString()),
                dir.resolve("out.json"), dir.resolve("err.txt"), 10);
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(code).as("client script exit code (-1: still running after 10 minutes); stderr:\n" + err).isZero();
        seen = JsonParser.parseString(Files.readString(dir.resolve("out.json"), StandardCharsets.UTF_8)).getAsJsonObject();
        assertThat(err).as("the kernel never shows a Java stack trace").doesNotContain("\tat ", "Exception in thread");
    }

    static JsonArray iopub(String cell) {
        return seen.getAsJsonObject(cell).getAsJsonArray("iopub");
    }

    static JsonObject reply(String cell) {
        return seen.getAsJsonObject(cell).getAsJsonObject("reply");
    }

    /** The concatenated text of the cell's stdout stream messages. */
    static String stdout(String cell) {
        StringBuilder sb = new StringBuilder();
        for (JsonElement m : iopub(cell)) {
            JsonObject o = m.getAsJsonObject();
            if (o.get("type").getAsString().equals("stream") && o.getAsJsonObject("content").get("name").getAsString().equals("stdout"))
                sb.append(o.getAsJsonObject("content").get("text").getAsString());
        }
        return sb.toString();
    }

    /** The text/plain of everything the cell showed (display_data and execute_result), in order. */
    static String shown(String cell) {
        StringBuilder sb = new StringBuilder();
        for (JsonElement m : iopub(cell)) {
            JsonObject o = m.getAsJsonObject();
            String type = o.get("type").getAsString();
            if (type.equals("display_data") || type.equals("execute_result"))
                sb.append(o.getAsJsonObject("content").getAsJsonObject("data").get("text/plain").getAsString()).append('\n');
        }
        return sb.toString();
    }

    static List<JsonObject> ofType(String cell, String type) {
        List<JsonObject> found = new ArrayList<>();
        for (JsonElement m : iopub(cell)) {
            JsonObject o = m.getAsJsonObject();
            if (o.get("type").getAsString().equals(type)) found.add(o.getAsJsonObject("content"));
        }
        return found;
    }

    @Test
    void kernelInfoNamesTheLanguageAndItsPythonLikeSyntax() {
        JsonObject info = seen.getAsJsonObject("kernel_info");
        assertThat(info.get("protocol_version").getAsString()).startsWith("5.");
        assertThat(info.get("implementation").getAsString()).isEqualTo("adjoint");
        JsonObject lang = info.getAsJsonObject("language_info");
        assertThat(lang.get("name").getAsString()).isEqualTo("adjoint");
        assertThat(lang.get("file_extension").getAsString()).isEqualTo(".adj");
        assertThat(lang.getAsJsonObject("codemirror_mode").get("name").getAsString()).isEqualTo("python");
        assertThat(info.get("banner").getAsString()).contains("adjoint", ":help");
        assertThat(info.getAsJsonArray("help_links")).isNotEmpty();
    }

    @Test
    void aCellRunsStatementsAndCommandsAndShowsTheLastReportAsItsResult() {
        assertThat(reply("walkthrough").get("status").getAsString()).isEqualTo("ok");
        assertThat(stdout("walkthrough")).isEmpty();
        List<JsonObject> shownValues = ofType("walkthrough", "display_data");
        assertThat(shownValues).hasSize(1); // y's value, before the report that ends the cell
        assertThat(shownValues.get(0).getAsJsonObject("data").get("text/plain").getAsString()).isEqualTo("11.652");
        List<JsonObject> results = ofType("walkthrough", "execute_result");
        assertThat(results).hasSize(1);
        String plain = results.get(0).getAsJsonObject("data").get("text/plain").getAsString();
        assertThat(plain).contains("v3    ln v1        0.693", "v7    v6 \u2212 v5     11.652", "y = v7 = 11.652");
        assertThat(results.get(0).get("execution_count").getAsInt()).isEqualTo(reply("walkthrough").get("execution_count").getAsInt());
        JsonObject data = results.get(0).getAsJsonObject("data");
        assertThat(data.keySet()).contains("text/html", "text/latex", "application/json");
        assertThat(data.get("text/html").getAsString()).contains("<table", "<td", "11.652");
        assertThat(data.getAsJsonObject("application/json").get("target").getAsString()).isEqualTo("y");
    }

    @Test
    void printsArriveAsStreamMessagesInOrderBeforeTheReport() {
        assertThat(stdout("prints")).isEqualTo("hello\n0\n1\n2\n");
        List<JsonObject> results = ofType("prints", "execute_result");
        assertThat(results).hasSize(1);
        assertThat(results.get(0).getAsJsonObject("data").get("text/plain").getAsString())
                .contains("\u2202y/\u2202x1 = 5.5").contains("\u2202y/\u2202x2 = 1.716");
        JsonArray all = iopub("prints");
        assertThat(all.get(all.size() - 1).getAsJsonObject().get("type").getAsString()).isEqualTo("execute_result");
    }

    @Test
    void aProgressBarIsOneDisplayUpdatedInPlace() {
        List<JsonObject> displays = ofType("progress", "display_data");
        List<JsonObject> updates = ofType("progress", "update_display_data");
        assertThat(displays).hasSize(1);
        assertThat(updates).isNotEmpty();
        String id = displays.get(0).getAsJsonObject("transient").get("display_id").getAsString();
        for (JsonObject u : updates) assertThat(u.getAsJsonObject("transient").get("display_id").getAsString()).isEqualTo(id);
        JsonObject last = updates.get(updates.size() - 1).getAsJsonObject("data");
        assertThat(last.get("text/plain").getAsString()).startsWith("steps 100%").contains("3/3");
        assertThat(last.get("text/html").getAsString()).contains("<progress value=\"3\" max=\"3\"");
        assertThat(ofType("progress", "execute_result").get(0).getAsJsonObject("data").get("text/plain").getAsString()).isEqualTo("2");
    }

    @Test
    void aTensorValueIsAlsoATable() {
        JsonObject data = ofType("tensor", "execute_result").get(0).getAsJsonObject("data");
        assertThat(data.get("text/plain").getAsString()).contains("1").contains("4");
        assertThat(data.get("text/html").getAsString()).contains("<table", "shape (2, 2)", ">4</td>");
    }

    @Test
    void anErrorEndsTheCellWithItsLineNumberAndCaretAndKeepsWhatRanBefore() {
        JsonObject r = reply("error");
        assertThat(r.get("status").getAsString()).isEqualTo("error");
        assertThat(r.get("ename").getAsString()).isEqualTo("NameError"); // Python's type, as except catches it
        assertThat(r.get("evalue").getAsString()).isEqualTo("name 'nosuchname' is not defined");
        List<String> traceback = new ArrayList<>();
        r.getAsJsonArray("traceback").forEach(e -> traceback.add(e.getAsString().replaceAll("\u001b\\[[0-9;]*m", ""))); // colours as in the terminal
        int count = r.get("execution_count").getAsInt();
        assertThat(traceback).containsSubsequence("Cell In[" + count + "], line 2", "      1 q = 1", "----> 2 w = nosuchname + 1",
                "      3 q2 = 3", "", "NameError: name 'nosuchname' is not defined"); // as IPython: the name marked by colour, no caret line
        assertThat(String.join("\n", traceback)).doesNotContain("at dev.", "Exception", "java.");
        assertThat(ofType("error", "error")).hasSize(1);
        assertThat(shown("after_error")).isEqualTo("1\n"); // q = 1 ran; q2 = 3 after the error did not
    }

    /** #148: input() asks the front-end with an input_request (allow_stdin); without it, IPython's StdinNotImplementedError. */
    @Test
    void inputAsksTheFrontEndOnTheStdinChannel() {
        JsonObject request = seen.getAsJsonObject("input").getAsJsonObject("input_request");
        assertThat(request.get("prompt").getAsString()).isEqualTo("Your name: ");
        assertThat(request.get("password").getAsBoolean()).isFalse();
        assertThat(stdout("input")).isEqualTo("asking\nhi Ada\n");
        JsonObject refused = reply("input_not_allowed");
        assertThat(refused.get("ename").getAsString()).isEqualTo("StdinNotImplementedError");
        assertThat(refused.get("evalue").getAsString()).isEqualTo("raw_input was called, but this frontend does not support input requests.");
    }

    @Test
    void isCompleteFollowsThePrompt() {
        JsonObject c = seen.getAsJsonObject("is_complete");
        assertThat(c.getAsJsonObject("x = 1").get("status").getAsString()).isEqualTo("complete");
        assertThat(c.getAsJsonObject("for i in range(3):").get("status").getAsString()).isEqualTo("incomplete");
        assertThat(c.getAsJsonObject("for i in range(3):").get("indent").getAsString()).isEqualTo("    ");
        assertThat(c.getAsJsonObject("for i in range(3):\n    print(i)").get("status").getAsString()).isEqualTo("incomplete");
        assertThat(c.getAsJsonObject("for i in range(3):\n    print(i)\n").get("status").getAsString()).isEqualTo("complete");
        assertThat(c.getAsJsonObject("f(1,").get("status").getAsString()).isEqualTo("incomplete");
        assertThat(c.getAsJsonObject(":trace y").get("status").getAsString()).isEqualTo("complete");
        assertThat(c.getAsJsonObject("x = = 1").get("status").getAsString()).isEqualTo("invalid");
        assertThat(c.getAsJsonObject("f(1))").get("status").getAsString()).isEqualTo("invalid");
        assertThat(c.getAsJsonObject("for i in range(3)").get("status").getAsString()).isEqualTo("invalid"); // no line can add its colon, as IPython says
        assertThat(c.getAsJsonObject("def f(:").get("status").getAsString()).isEqualTo("invalid"); // T17: IPython 8.5's answer (no text mends it)
    }

    /** IPython shows only a cell's last top-level expression: not those in a loop, nor earlier ones. */
    @Test
    void aCellShowsTheValueOfItsLastStatementOnly() {
        assertThat(reply("last_expression").get("status").getAsString()).isEqualTo("ok");
        assertThat(shown("last_expression")).isEqualTo("40\n");
    }

    /** #59: the magics students paste at a notebook's top run as in IPython; an unknown one is IPython's UsageError. */
    @Test
    void magicsAnswerAsIPythonAnswers() {
        assertThat(reply("magics").get("status").getAsString()).isEqualTo("ok");
        assertThat(stdout("magics")).startsWith("CPU times: user ").contains("\nWall time: ");
        assertThat(shown("magics")).isEqualTo("42\n");
        assertThat(reply("unknown_magic").get("ename").getAsString()).isEqualTo("UsageError");
        assertThat(reply("unknown_magic").get("evalue").getAsString()).isEqualTo("Line magic function `%foo` not found.");
        assertThat(shown("pasted_prompts")).isEqualTo("42\n"); // #134: the tutorial's >>> prompts come off, as in IPython
    }

    /** #58: a ';' ending the cell's last expression hides it and leaves `_` alone, as IPython's display hook. */
    @Test
    void aSemicolonHidesTheLastValue() {
        assertThat(reply("semicolon").get("status").getAsString()).isEqualTo("ok");
        assertThat(iopub("semicolon").toString()).doesNotContain("execute_result");
        assertThat(shown("underscore_after_semicolon")).isEqualTo("40\n");
    }

    /** Tester T9: display() returns None and shows each value as display_data: a cell ending in display(...) has no Out[n] (IPython 8). */
    @Test
    void aCellEndingInDisplayHasNoResult() {
        assertThat(iopub("display_last").toString()).doesNotContain("execute_result");
        assertThat(shown("display_last")).isEqualTo("5\n1\n2\n");
        assertThat(shown("underscore_after_display")).isEqualTo("40\n"); // _ is still the last result, as IPython's display hook leaves it
    }

    static List<String> matches(String code) {
        List<String> m = new ArrayList<>();
        seen.getAsJsonObject("complete").getAsJsonObject(code).getAsJsonArray("matches").forEach(e -> m.add(e.getAsString()));
        return m;
    }

    @Test
    void completeOffersVariablesCommandsOptionsAndAttributes() {
        assertThat(matches("x")).contains("x1", "x2");
        assertThat(matches(":tr")).containsExactly(":trace");
        assertThat(matches(":trace y --fo")).containsExactly("--format");
        assertThat(matches("y.gr")).contains("y.grad");
        JsonObject opt = seen.getAsJsonObject("complete").getAsJsonObject(":trace y --fo");
        assertThat(opt.get("cursor_start").getAsInt()).isEqualTo(9);
        assertThat(opt.get("cursor_end").getAsInt()).isEqualTo(13);
    }

    /** Module names after `import ` and `from ` as at the prompt, also on a cell's later line; a module's names after `from M import `. */
    @Test
    void completeOffersModulesAfterImport() {
        assertThat(matches("import to")).contains("torch", "torch.nn").allMatch(m -> m.startsWith("torch"));
        assertThat(matches("x = 1\nimport nu")).contains("numpy", "numbers").allMatch(m -> m.startsWith("nu"));
        JsonObject second = seen.getAsJsonObject("complete").getAsJsonObject("x = 1\nimport nu");
        assertThat(second.get("cursor_start").getAsInt()).isEqualTo("x = 1\nimport ".length());
        assertThat(matches("from torch import n")).contains("nn").doesNotContain("not", "next", "np");
    }

    @Test
    void inspectShowsTheHelpOfTheNameUnderTheCursor() {
        JsonObject i = seen.getAsJsonObject("inspect");
        assertThat(i.getAsJsonObject(":trace").get("found").getAsBoolean()).isTrue();
        assertThat(i.getAsJsonObject(":trace").getAsJsonObject("data").get("text/plain").getAsString()).startsWith(":trace [y]");
        assertThat(i.getAsJsonObject("y = sin").getAsJsonObject("data").get("text/plain").getAsString()).startsWith("sin(x)");
        assertThat(i.getAsJsonObject("nosuchthing").get("found").getAsBoolean()).isFalse();
    }

    @Test
    void historyListsTheCellsAsTriples() {
        JsonArray h = seen.getAsJsonObject("history").getAsJsonArray("history");
        assertThat(h.size()).isEqualTo(16); // the sixteen cells run before it
        JsonArray first = h.get(0).getAsJsonArray();
        assertThat(first.get(1).getAsInt()).isEqualTo(1);
        assertThat(first.get(2).getAsString()).startsWith("x1 = 2\n");
    }

    @Test
    void anInterruptStopsTheLoopAndTheSessionGoesOn() {
        assertThat(seen.get("heartbeat_while_running").getAsBoolean()).isTrue();
        for (String cell : List.of("interrupted", "signalled")) {
            assertThat(reply(cell).get("status").getAsString()).as(cell).isEqualTo("error");
            assertThat(reply(cell).get("ename").getAsString()).as(cell).isEqualTo("KeyboardInterrupt");
        }
        assertThat(shown("after_interrupt")).isEqualTo(Y_AFTER_AN_IMPORT);
        assertThat(shown("after_signal")).isEqualTo(Y_AFTER_AN_IMPORT);
    }

    @Test
    void forgedAndUnsignedMessagesAreRefusedAndTheKernelGoesOn() {
        assertThat(seen.get("forged_answered").getAsBoolean()).isFalse();
        assertThat(seen.get("unsigned_answered").getAsBoolean()).isFalse();
        assertThat(reply("after_forged").get("evalue").getAsString()).contains("'forged' is not defined");
        assertThat(reply("after_unsigned").get("evalue").getAsString()).contains("'unsigned' is not defined");
        assertThat(shown("alive_after_forged")).isEqualTo(Y_AFTER_AN_IMPORT);
    }

    @Test
    void restartStartsAFreshSessionAndShutdownEndsTheProcess() {
        assertThat(reply("after_restart").get("evalue").getAsString()).contains("'y' is not defined");
        assertThat(seen.get("shutdown_exit_code").isJsonNull()).as("the kernel ended by itself").isFalse();
        assertThat(seen.get("shutdown_exit_code").getAsInt()).isZero();
    }
}
