package dev.adjoint.lang;

import java.util.List;

/**
 * The patterns of a {@code match} statement's cases (PEP 634). {@link PatternMatcher} matches a
 * subject against one; {@link PatternCheck} refuses, as CPython's compiler does, the patterns that
 * could never work (an irrefutable case before others, a name bound twice).
 */
public sealed interface Pattern {
    Span span();

    /** {@code 1}, {@code -2.5}, {@code "a" "b"}, {@code Color.RED}: equal to the subject (None, True and False: identical). */
    record Value(Expr value, Span span) implements Pattern {}

    /** A bare name: matches anything and binds it. */
    record Capture(String name, Span span) implements Pattern {}

    /** {@code _}: matches anything, binds nothing. */
    record Wildcard(Span span) implements Pattern {}

    /** {@code [a, *rest]} or {@code (a, b)}: a sequence (not a str or bytes) item by item; at most one item a {@link Star}. */
    record Sequence(List<Pattern> items, Span span) implements Pattern {}

    /** {@code *rest} in a sequence pattern (name null for {@code *_}): the items left over, as a list. */
    record Star(String name, Span span) implements Pattern {}

    /** {@code {"k": p, **rest}}: a mapping holding each key, its value matching; rest (or null) the other items as a dict. */
    record Mapping(List<Expr> keys, List<Pattern> values, String rest, Span span) implements Pattern {}

    /** {@code Point(1, y=p)}: an instance of the class, positional patterns taken through {@code __match_args__}. */
    record ClassPattern(Expr cls, List<Pattern> positional, List<String> keywords, List<Pattern> keywordPatterns, Span span) implements Pattern {}

    /** {@code a | b | c}: the first alternative that matches. */
    record Or(List<Pattern> alternatives, Span span) implements Pattern {}

    /** {@code p as name}: p matches, and the subject is bound to name. */
    record As(Pattern pattern, String name, Span span) implements Pattern {}
}
