package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.api.Test;

/** The prompt's own reading of a terminal description gives exactly what jline's InfoCmp.parseInfoCmp gives. */
class TerminalCapabilitiesTest {
    /** The three tables a parse fills, or the exception it threw. */
    private record Parsed(Set<Capability> bools, Map<Capability, Integer> ints, Map<Capability, String> strings, Class<?> failure) {}

    /** One way to fill the three tables from a description. */
    private interface Parse {
        void into(String description, Set<Capability> bools, Map<Capability, Integer> ints, Map<Capability, String> strings);
    }

    private static Parsed parsed(String description, Parse parse) {
        Set<Capability> bools = EnumSet.noneOf(Capability.class);
        Map<Capability, Integer> ints = new EnumMap<>(Capability.class);
        Map<Capability, String> strings = new EnumMap<>(Capability.class);
        try {
            parse.into(description, bools, ints, strings);
            return new Parsed(bools, ints, strings, null);
        } catch (RuntimeException e) {
            return new Parsed(null, null, null, e.getClass());
        }
    }

    private static Parsed jline(String description) {
        return parsed(description, InfoCmp::parseInfoCmp);
    }

    private static Parsed ours(String description) {
        return parsed(description, TerminalCapabilities::parse);
    }

    @Test
    void everyBundledDescriptionReadsAsJlineReadsIt() {
        for (String type : TerminalSetupTest.BUNDLED) {
            String description = InfoCmp.getDefaultInfoCmp(type);
            Parsed expected = jline(description);
            assertThat(expected.failure()).as(type).isNull();
            assertThat(expected.strings()).as(type).isNotEmpty();
            assertThat(ours(description)).as(type).isEqualTo(expected);
        }
    }

    @Test
    void theNamesAreJlinesTable() {
        assertThat(TerminalCapabilities.byName()).isEqualTo(InfoCmp.getCapabilitiesByName());
    }

    @Test
    void itemsAtTheEdgesOfJlinesPatternReadTheSame() {
        List<String> lines = List.of(
                "xterm|a terminal,",
                "\tam, bce,, ,\t, xenl,",
                "\tcols#0x50, it#010, lines#0, pairs#32767,",
                "\tkf1=\\EOP, flash=\\E[?5h$<100/>\\E[?5l, smso=a\\,b, rmso=x=y,",
                "\tbel=^G, cr=^M  ,   cub1=^H",
                "\tel=\\E[K, ed=\\E[J$tail",
                "\tunknown_name, nope#12, nada=1, $,  $x, hpa=a$b$c",
                "");
        String description = String.join("\n", lines);
        Parsed expected = jline(description);
        assertThat(expected.failure()).isNull();
        assertThat(ours(description)).isEqualTo(expected);
        assertThat(jline("x,\n\tcols#8x,")).isEqualTo(ours("x,\n\tcols#8x,")); // both refuse the number
    }

    /**
     * Seeded random descriptions made of known and unknown names, numbers, strings, blanks, '$', '\,'
     * and missing commas. 400 of them (jline's parse, ~3 ms each, is the cost): with the tests above,
     * they tell apart every changed parse that 3,000 did (seven hand-made mutants of
     * TerminalCapabilities: the four that 3,000 random descriptions caught, they catch within the first
     * 30; the one found only at the 1,206th, the edges test catches; the other two neither did).
     */
    @Test
    void randomDescriptionsReadTheSame() {
        Random random = new Random(16);
        List<String> names = new ArrayList<>(TerminalCapabilities.byName().keySet());
        names.sort(null);
        String[] pieces = {"", " ", "\t", "$", "\\,", "=", "#", "x", "\\E[", "%p1%d", "0", "0x1f", "017", "9"};
        for (int n = 0; n < 400; n++) {
            StringBuilder text = new StringBuilder("name|description,\n");
            int lineCount = 1 + random.nextInt(4);
            for (int l = 0; l < lineCount; l++) {
                int items = random.nextInt(6);
                for (int i = 0; i < items; i++) {
                    text.append(pieces[random.nextInt(3)]);
                    text.append(random.nextInt(5) == 0 ? "zz" + random.nextInt(3) : names.get(random.nextInt(names.size())));
                    switch (random.nextInt(3)) {
                        case 0 -> text.append('#').append(pieces[10 + random.nextInt(4)]);
                        case 1 -> {
                            text.append('=');
                            for (int k = random.nextInt(4); k > 0; k--) text.append(pieces[random.nextInt(pieces.length)]);
                        }
                        default -> { }
                    }
                    text.append(pieces[random.nextInt(3)]);
                    if (i < items - 1 || random.nextInt(4) != 0) text.append(',');
                }
                text.append('\n');
            }
            String description = text.toString();
            assertThat(ours(description)).as(description).isEqualTo(jline(description));
        }
    }
}
