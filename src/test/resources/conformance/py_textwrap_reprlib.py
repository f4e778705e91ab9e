# textwrap and reprlib as the Python tutorial's 11.1 "Output Formatting" uses them (finding #110)
import textwrap
import reprlib

doc = """The wrap() method is just like fill() except that it returns
a list of strings instead of one big string with newlines to separate
the wrapped lines."""
print(textwrap.fill(doc, width=40))
print(textwrap.wrap(doc))
print(textwrap.wrap("hello world foo bar", 10), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("a well-known state-of-the-art long-winded ultra-super-hyper-mega word", 12))
print(textwrap.wrap("a well-known state-of-the-art word", 12, break_on_hyphens=False))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("one two three four five six seven", 12, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("one\ttwo\nthree  four", 9), textwrap.wrap("one\ttwo", 30, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("Hello there.  How are you? Fine. ok", 15, fix_sentence_endings=True))
print(textwrap.wrap("  leading and trailing  ", 8), textwrap.wrap("  leading and trailing  ", 8, drop_whitespace=False))
print(textwrap.wrap("an em--dash and -- spaced dashes---here", 9))
print(textwrap.wrap("one two three four five six seven eight", 12, max_lines=2))
print(textwrap.wrap("one two three four five six seven eight", 12, max_lines=2, placeholder='~'))
print(textwrap.shorten("Hello  world!  This is long", width=15))
print(textwrap.shorten("Hello world!", width=12), textwrap.shorten("Hello world!", width=11), textwrap.shorten("Hello world!", 10, placeholder="..."))
print(repr(textwrap.indent("a\nb\n", "> ")), repr(textwrap.indent("a\n\n  \nb", "+ ")), repr(textwrap.indent("a\nb", "# ", lambda line: True)))
print(repr(textwrap.dedent("""\
    def f():
        return 1

    x = f()
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("    a\n  b\n      c\n")), repr(textwrap.dedent("  a\n   \n  b")))
w = textwrap.TextWrapper(width=20, initial_indent="- ")
print(w.wrap("the quick brown fox jumps over the lazy dog"))
w.width = 30
print(w.fill("the quick brown fox jumps over the lazy dog"), w.width, w.placeholder)
for bad in [dict(width=0), dict(width=5, max_lines=1, placeholder=' [........]')]:
    try:
        textwrap.wrap("some text here", **bad)
    except ValueError as e:
        print('ValueError', e)

print(reprlib.repr(set('supercalifragilisticexpialidocious')))
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100))
print(reprlib.repr((1,)), reprlib.repr(()), reprlib.repr([]), reprlib.repr(set()), reprlib.repr(frozenset()), reprlib.repr({}))
print(reprlib.repr(tuple(range(10))), reprlib.repr(frozenset(range(10))), reprlib.repr({i: str(i) for i in range(10)}))
print(reprlib.repr(2 ** 200), reprlib.repr(12345), reprlib.repr(1.5), reprlib.repr(None), reprlib.repr('short'), reprlib.repr("it's" * 10))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
print(reprlib.repr({'b': 1, 'a': 2, 3: 4}), reprlib.repr({(1, 2), (0, 5)}))
class Long:
    def __repr__(self):
        return 'Long(' + 'y' * 50 + ')'
print(reprlib.repr(Long()), reprlib.repr([Long()]))
from collections import deque
print(reprlib.repr(deque(range(20))))
r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
print(r.repr(list(range(5))), r.repr('abcdefghijklmnop'), r.maxlevel, r.maxdict, r.fillvalue)
