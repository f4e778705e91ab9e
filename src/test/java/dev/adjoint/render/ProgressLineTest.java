package dev.adjoint.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The progress line of the terminal's bar and the notebook's display. */
class ProgressLineTest {
    final ProgressLine epoch = new ProgressLine("epoch 12", 59, 100, 5_000);

    @Test
    void theBarFitsTheTerminalAndAsciiUsesNoOtherSymbols() {
        String line = epoch.text(true, 60);
        assertThat(line.length()).isLessThanOrEqualTo(57);
        assertThat(line).startsWith("epoch 12  59% [").contains(" 59/100 (0:00:05 / 0:00:03)").matches("\\p{ASCII}*");
        assertThat(epoch.text(false, 120).length()).isEqualTo(117); // and 2 for ^C
        assertThat(epoch.text(false, 30)).startsWith("epoch 12  59%").doesNotContain("│");
    }

    @Test
    void theHtmlSaysWhatTheTextSaysAroundTheBrowsersBar() {
        assertThat(epoch.html()).contains("epoch 12  59% <progress value=\"59\" max=\"100\"", "</progress>  59/100 (0:00:05 / 0:00:03)</div>");
        assertThat(new ProgressLine("<b>", 0, 3, 0).html()).contains("&lt;b&gt;   0% <progress", " 0/3 (0:00:00 / ?)");
    }

    @Test
    void anEmptyLabelShowsNoneAsTqdmWithoutDescAndTheCountNeverPassesTheTotal() {
        assertThat(new ProgressLine("", 7, 5, 1_000).text(true, 80)).startsWith("100% [=====").contains(" 5/5 (0:00:01 / 0:00:00)");
    }
}
