package dev.adjoint.lang;

import java.util.HashMap;
import java.util.Map;

/** The kinds of token; each knows its spelling (if fixed) and its highlighting category. */
public enum TokenType {
    // literals and names
    NUMBER(null, TokenCategory.NUMBER),
    STRING(null, TokenCategory.STRING),
    /** An f-string: its text is the raw content between the quotes, split into parts by the parser. */
    FSTRING(null, TokenCategory.STRING),
    /** A bytes literal b'...': its text holds one char per byte (0..255), escapes already read. */
    BYTES(null, TokenCategory.STRING),
    NAME(null, TokenCategory.NAME),

    // keywords
    TRUE("True", TokenCategory.KEYWORD),
    FALSE("False", TokenCategory.KEYWORD),
    NONE("None", TokenCategory.KEYWORD),
    AND("and", TokenCategory.KEYWORD),
    OR("or", TokenCategory.KEYWORD),
    NOT("not", TokenCategory.KEYWORD),
    IF("if", TokenCategory.KEYWORD),
    ELIF("elif", TokenCategory.KEYWORD),
    ELSE("else", TokenCategory.KEYWORD),
    FOR("for", TokenCategory.KEYWORD),
    IN("in", TokenCategory.KEYWORD),
    WHILE("while", TokenCategory.KEYWORD),
    DEF("def", TokenCategory.KEYWORD),
    RETURN("return", TokenCategory.KEYWORD),
    BREAK("break", TokenCategory.KEYWORD),
    CONTINUE("continue", TokenCategory.KEYWORD),
    WITH("with", TokenCategory.KEYWORD),
    PASS("pass", TokenCategory.KEYWORD),
    IS("is", TokenCategory.KEYWORD),
    LAMBDA("lambda", TokenCategory.KEYWORD),
    DEL("del", TokenCategory.KEYWORD),
    GLOBAL("global", TokenCategory.KEYWORD),
    NONLOCAL("nonlocal", TokenCategory.KEYWORD),
    TRY("try", TokenCategory.KEYWORD),
    EXCEPT("except", TokenCategory.KEYWORD),
    FINALLY("finally", TokenCategory.KEYWORD),
    RAISE("raise", TokenCategory.KEYWORD),
    ASSERT("assert", TokenCategory.KEYWORD),
    CLASS("class", TokenCategory.KEYWORD),
    IMPORT("import", TokenCategory.KEYWORD),
    FROM("from", TokenCategory.KEYWORD),
    AS("as", TokenCategory.KEYWORD),
    YIELD("yield", TokenCategory.KEYWORD),
    ASYNC("async", TokenCategory.KEYWORD),
    AWAIT("await", TokenCategory.KEYWORD),

    // operators
    PLUS("+", TokenCategory.OPERATOR),
    MINUS("-", TokenCategory.OPERATOR),
    STAR("*", TokenCategory.OPERATOR),
    SLASH("/", TokenCategory.OPERATOR),
    SLASH_SLASH("//", TokenCategory.OPERATOR),
    PERCENT("%", TokenCategory.OPERATOR),
    AT("@", TokenCategory.OPERATOR),
    STAR_STAR("**", TokenCategory.OPERATOR),
    CARET("^", TokenCategory.OPERATOR),
    EQUAL_EQUAL("==", TokenCategory.OPERATOR),
    BANG_EQUAL("!=", TokenCategory.OPERATOR),
    LESS("<", TokenCategory.OPERATOR),
    LESS_EQUAL("<=", TokenCategory.OPERATOR),
    GREATER(">", TokenCategory.OPERATOR),
    GREATER_EQUAL(">=", TokenCategory.OPERATOR),
    /** The two-word comparisons, made by the parser from their two keywords. */
    NOT_IN("not in", TokenCategory.OPERATOR),
    IS_NOT("is not", TokenCategory.OPERATOR),
    AMPERSAND("&", TokenCategory.OPERATOR),
    PIPE("|", TokenCategory.OPERATOR),
    TILDE("~", TokenCategory.OPERATOR),
    LEFT_SHIFT("<<", TokenCategory.OPERATOR),
    RIGHT_SHIFT(">>", TokenCategory.OPERATOR),
    ARROW("->", TokenCategory.OPERATOR),
    WALRUS(":=", TokenCategory.OPERATOR),
    ELLIPSIS("...", TokenCategory.OPERATOR),
    EQUAL("=", TokenCategory.OPERATOR),
    PLUS_EQUAL("+=", TokenCategory.OPERATOR),
    MINUS_EQUAL("-=", TokenCategory.OPERATOR),
    STAR_EQUAL("*=", TokenCategory.OPERATOR),
    SLASH_EQUAL("/=", TokenCategory.OPERATOR),
    SLASH_SLASH_EQUAL("//=", TokenCategory.OPERATOR),
    PERCENT_EQUAL("%=", TokenCategory.OPERATOR),
    STAR_STAR_EQUAL("**=", TokenCategory.OPERATOR),
    AT_EQUAL("@=", TokenCategory.OPERATOR),
    CARET_EQUAL("^=", TokenCategory.OPERATOR),
    AMPERSAND_EQUAL("&=", TokenCategory.OPERATOR),
    PIPE_EQUAL("|=", TokenCategory.OPERATOR),
    LEFT_SHIFT_EQUAL("<<=", TokenCategory.OPERATOR),
    RIGHT_SHIFT_EQUAL(">>=", TokenCategory.OPERATOR),

    // punctuation
    COMMA(",", TokenCategory.PUNCTUATION),
    COLON(":", TokenCategory.PUNCTUATION),
    DOT(".", TokenCategory.PUNCTUATION),
    SEMICOLON(";", TokenCategory.PUNCTUATION),
    LEFT_PAREN("(", TokenCategory.PUNCTUATION),
    RIGHT_PAREN(")", TokenCategory.PUNCTUATION),
    LEFT_BRACKET("[", TokenCategory.PUNCTUATION),
    RIGHT_BRACKET("]", TokenCategory.PUNCTUATION),
    LEFT_BRACE("{", TokenCategory.PUNCTUATION),
    RIGHT_BRACE("}", TokenCategory.PUNCTUATION),

    // only for highlighting
    COMMENT(null, TokenCategory.COMMENT),
    ERROR(null, TokenCategory.ERROR),

    // layout, only for the parser
    NEWLINE(null, TokenCategory.LAYOUT),
    INDENT(null, TokenCategory.LAYOUT),
    DEDENT(null, TokenCategory.LAYOUT),
    EOF(null, TokenCategory.LAYOUT);

    private static final Map<String, TokenType> KEYWORDS = new HashMap<>();

    static {
        for (TokenType t : values()) if (t.category == TokenCategory.KEYWORD) KEYWORDS.put(t.spelling, t);
    }

    private final String spelling;
    private final TokenCategory category;

    TokenType(String spelling, TokenCategory category) {
        this.spelling = spelling;
        this.category = category;
    }

    public TokenCategory category() {
        return category;
    }

    /** The fixed text of a keyword, operator or punctuation token; null for the others. */
    public String spelling() {
        return spelling;
    }

    /** For an augmented assignment ({@code +=}): the operator it applies ({@code +}); null for other tokens. */
    public TokenType binaryOfAugmented() {
        return switch (this) {
            case PLUS_EQUAL -> PLUS;
            case MINUS_EQUAL -> MINUS;
            case STAR_EQUAL -> STAR;
            case SLASH_EQUAL -> SLASH;
            case SLASH_SLASH_EQUAL -> SLASH_SLASH;
            case PERCENT_EQUAL -> PERCENT;
            case STAR_STAR_EQUAL -> STAR_STAR;
            case AT_EQUAL -> AT;
            case CARET_EQUAL -> CARET;
            case AMPERSAND_EQUAL -> AMPERSAND;
            case PIPE_EQUAL -> PIPE;
            case LEFT_SHIFT_EQUAL -> LEFT_SHIFT;
            case RIGHT_SHIFT_EQUAL -> RIGHT_SHIFT;
            default -> null;
        };
    }

    /** The keyword spelled by {@code word}, or null when it is an ordinary name. */
    public static TokenType keyword(String word) {
        return KEYWORDS.get(word);
    }
}
