package dev.adjoint.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.session.Arg;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a command line splits into words, and where each word stands (for carets). */
class WordsTest {
    private static List<String> words(String line) {
        return Words.split(line).stream().map(Arg::text).toList();
    }

    @Test
    void blanksSeparateWords() {
        assertThat(words("  :trace   y  --format json ")).containsExactly(":trace", "y", "--format", "json");
        assertThat(words(":trace\u2003y\ty")).containsExactly(":trace", "y", "y");
        assertThat(words("")).isEmpty();
    }

    @Test
    void aCommaJoinsTheWordsOnEitherSide() {
        assertThat(words(":grad y wrt x, d")).containsExactly(":grad", "y", "wrt", "x, d");
        assertThat(words(":forward y dir x1=1 , x2=1 --check")).containsExactly(":forward", "y", "dir", "x1=1 , x2=1", "--check");
        assertThat(words(":grad y wrt x ,d")).containsExactly(":grad", "y", "wrt", "x ,d");
        assertThat(words(":grad y wrt x, ")).containsExactly(":grad", "y", "wrt", "x,");
    }

    @Test
    void bracketsKeepAValueOneWord() {
        assertThat(words(":replay y x=[1, 2, 3] z=(4, [5, 6])")).containsExactly(":replay", "y", "x=[1, 2, 3]", "z=(4, [5, 6])");
        assertThat(words(":trace y) z")).containsExactly(":trace", "y)", "z");
        assertThat(words(":trace x ] z")).containsExactly(":trace", "x", "]", "z");
        assertThat(words(":replay y x=[1, 2")).containsExactly(":replay", "y", "x=[1, 2");
    }

    @Test
    void quotesKeepBlanksAndBracketsInAWord() {
        assertThat(words(":save 'my file.adj' --force")).containsExactly(":save", "'my file.adj'", "--force");
        assertThat(words(":save \"a \\\" b\" x")).containsExactly(":save", "\"a \\\" b\"", "x");
        assertThat(words(":save 'a (b.adj' x")).containsExactly(":save", "'a (b.adj'", "x");
        assertThat(words(":save 'open to the end")).containsExactly(":save", "'open to the end");
        assertThat(words(":save ~/dir/my'file x'.adj")).containsExactly(":save", "~/dir/my'file x'.adj");
    }

    @Test
    void anyOtherCharacterBelongsToItsWord() {
        assertThat(words(":save notes#1.adj --force")).containsExactly(":save", "notes#1.adj", "--force");
        assertThat(words(":save a.adj x#y")).containsExactly(":save", "a.adj", "x#y");
    }

    /** A word that starts with '#' starts a comment, as README's examples write them (finding Z23). */
    @Test
    void aHashStartingAWordStartsAComment() {
        assertThat(words(":grad y # why")).containsExactly(":grad", "y");
        assertThat(words(":vars # list")).containsExactly(":vars");
        assertThat(words(":check y   #reverse mode")).containsExactly(":check", "y");
        assertThat(words(":replay y x=[1, #2] # c")).containsExactly(":replay", "y", "x=[1, #2]");
        assertThat(words(":save '#a.adj' # c")).containsExactly(":save", "'#a.adj'");
        assertThat(words(":save $HOME/a-b.v2.adj \\x")).containsExactly(":save", "$HOME/a-b.v2.adj", "\\x");
    }

    @Test
    void eachWordKnowsWhereItStands() {
        List<Arg> w = Words.split("  :trace   y\n  z, w");
        assertThat(w).extracting(a -> a.span().offset()).containsExactly(2, 11, 15);
        assertThat(w).extracting(a -> a.span().length()).containsExactly(6, 1, 4);
        assertThat(w).extracting(a -> a.span().line()).containsExactly(1, 1, 2);
        assertThat(w).extracting(a -> a.span().column()).containsExactly(3, 12, 3);
    }
}
