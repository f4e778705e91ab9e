package dev.adjoint.render;

/** Display width of text on a terminal: combining marks (the bar of v̄, the dot of v̇) take no column. */
public final class Text {
    private Text() {}

    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.FORMAT) w++;
            i += Character.charCount(cp);
        }
        return w;
    }

    public static String padRight(String s, int width) {
        return s + " ".repeat(Math.max(0, width - width(s)));
    }

    public static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - width(s))) + s;
    }
}
