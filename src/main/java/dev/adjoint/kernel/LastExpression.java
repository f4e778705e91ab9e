package dev.adjoint.kernel;

import dev.adjoint.command.InputRunner;
import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Lexer;
import dev.adjoint.lang.Parser;
import dev.adjoint.lang.Stmt;
import dev.adjoint.lang.Token;
import dev.adjoint.lang.TokenCategory;
import dev.adjoint.lang.TokenType;
import java.util.List;
import java.util.Optional;

/**
 * Which value a cell shows, as IPython decides (ast_node_interactivity "last_expr"): only the
 * value of the cell's last statement, when that is an expression statement at the top level. An
 * expression inside a loop, or one followed by more statements ({@code p.grad.zero_()} in a
 * training cell, {@code a; b} shows only b), shows nothing; at the prompt each one is shown, as
 * Python's prompt does. Commands are not Python statements: they show their reports wherever they
 * stand, so the walkthrough's {@code y} then {@code :trace y} shows both. A {@code ;} ending that
 * expression ({@code plt.plot(xs);}, {@code loss.backward();}) hides its value, as IPython's
 * display hook does; {@code %time EXPR} on the last line shows EXPR's value, as IPython's magic
 * returns it.
 */
final class LastExpression {
    private LastExpression() {}

    /** The shown value: the {@code expression}-th top-level expression statement (from 1) of input {@code input}. */
    record Shown(int input, int expression) {
        static final Shown NONE = new Shown(-1, 0);

        /** The ordinal of the expression statement input {@code i} shows, 0 for none. */
        int in(int i) {
            return i == input ? expression : 0;
        }
    }

    /** The value the cell of these inputs shows. */
    static Shown of(List<InputRunner.Input> inputs) {
        for (int i = inputs.size() - 1; i >= 0; i--) {
            String text = inputs.get(i).text();
            if (text.stripLeading().startsWith(":")) continue; // a command
            Optional<IPythonLine> ipython = IPythonLine.of(text);
            if (ipython.isPresent()) {
                if (!ipython.get().timesAStatement()) return Shown.NONE; // a magic's value is None
                text = ipython.get().args();
            }
            int shown = shownIn(text);
            if (shown < 0) continue; // comments only
            return shown == 0 ? Shown.NONE : new Shown(i, shown);
        }
        return Shown.NONE;
    }

    /**
     * The ordinal of the top-level expression statement of {@code text} that shows its value: its
     * last statement's, if that is an expression not ended by ';'; 0 for none; -1 when the text
     * has no statement.
     */
    static int shownIn(String text) {
        List<Stmt> statements;
        try {
            statements = Parser.parse(text);
        } catch (LangError | StackOverflowError e) {
            return 0; // it fails when it runs, and shows its error
        }
        if (statements.isEmpty()) return -1;
        if (!(statements.get(statements.size() - 1) instanceof Stmt.Expression) || endsWithSemicolon(text)) return 0;
        int expressions = 0;
        for (Stmt s : statements) if (s instanceof Stmt.Expression) expressions++;
        return expressions;
    }

    /** Whether the input's last token, past comments and layout, is ';' (IPython's DisplayHook.semicolon_at_end_of_expression). */
    private static boolean endsWithSemicolon(String text) {
        List<Token> tokens = Lexer.tokenize(text); // it parsed, so it lexes; strict lexing keeps no comments
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.type().category() == TokenCategory.LAYOUT) continue;
            return t.type() == TokenType.SEMICOLON;
        }
        return false;
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
