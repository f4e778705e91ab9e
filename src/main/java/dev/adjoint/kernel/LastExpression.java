package dev.adjoint.kernel;

import dev.adjoint.command.InputRunner;
import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Parser;
import dev.adjoint.lang.Stmt;
import java.util.List;

/**
 * Which values a cell shows, as IPython decides (ast_node_interactivity "last_expr"): only the
 * value of the cell's last statement, when that is an expression statement at the top level. An
 * expression inside a loop, or one followed by more statements ({@code p.grad.zero_()} in a
 * training cell), shows nothing; at the prompt each one is shown, as Python's prompt does.
 * Commands are not Python statements: they show their reports wherever they stand, so the
 * walkthrough's {@code y} then {@code :trace y} shows both.
 */
final class LastExpression {
    private LastExpression() {}

    /** The index of the input whose expression value the cell shows, or -1 for none. */
    static int of(List<InputRunner.Input> inputs) {
        for (int i = inputs.size() - 1; i >= 0; i--) {
            String text = inputs.get(i).text();
            if (text.stripLeading().startsWith(":")) continue; // a command
            List<Stmt> statements;
            try {
                statements = Parser.parse(text);
            } catch (LangError | StackOverflowError e) {
                return -1; // it fails when it runs, and shows its error
            }
            if (statements.isEmpty()) continue; // comments only
            return statements.get(statements.size() - 1) instanceof Stmt.Expression ? i : -1;
        }
        return -1;
    }

    /** Whether the code parses: the inputs of a cell that are not commands are Python. */
    static boolean parses(List<InputRunner.Input> inputs) {
        for (InputRunner.Input input : inputs) {
            if (input.text().stripLeading().startsWith(":") || IPythonLine.of(input.text()).isPresent()) continue; // a command, %magic or name?
            try {
                Parser.parse(input.text());
            } catch (LangError | StackOverflowError e) {
                return false;
            }
        }
        return true;
    }
}
