# re's pattern syntax read as CPython's, where Java's regex reads the same text differently
import re

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# anchors: $ before a final newline only, \Z only at the very end, ^ and $ per line under MULTILINE
print(re.findall(r'a$', 'a\na\n'), re.findall(r'a\Z', 'a\n'), re.findall(r'(?m)a$', 'a\na\n'), re.search(r'\Aa', 'ba'))
print(re.findall(r'(?m)^', 'a\nb\n'), re.findall(r'(?m)$', 'a\nb\n'), re.findall(r'$', 'a\n'), re.sub(r'(?m)^', '> ', 'x\ny\n'))
print(re.findall('.', 'a\nb\rc\u2028d'), re.findall('(?s).', 'a\nb'), re.match(r'a.c', 'a\u0085c'))
# \d \w \s are Unicode-aware in str patterns, ASCII with re.A; \b follows \w
print(re.findall(r'\d+', 'x١٢٣y 42 ²'), re.findall(r'\d+', 'x١٢٣y 42', re.A), re.findall(r'\w+', 'naïve café_1 ½ ǅ'), re.findall(r'\w+', 'naïve café', re.ASCII))
print(re.findall(r'\s', 'a\x1cb\x85c\xa0d\u3000e\u200bf'), re.findall(r'\s', 'a\x1cb\xa0c\x0bd', re.A), re.findall(r'\S+', 'a\u2009b'))
print(re.findall(r'\bé\w*', 'xé éa'), re.findall(r'\b\w', 'über straße'), re.match(r'\b', ''), re.match(r'\B', ''), re.findall(r'\B.', 'ab c'))
print(re.findall(r'\w+', 'a\u0301b'), re.findall(r'\w', '‿_'), re.findall(r'[\w-]+', 'a-b c'), re.findall(r'[^\W\d]+', 'ab12cd'))
# character classes: [ and & and ~ are plain members, ] first is a member
print(re.findall(r'[[]', 'a[b'), re.findall(r'[a&&b]', 'a&b'), re.findall(r'[a-c&&[^b]]', 'abc&[^]'), re.findall(r'[]a]', ']a'), re.findall(r'[^]a]', ']ab'))
print(re.findall(r'[\]\\-]', r'a]\-'), re.findall(r'[a\-z]', 'a-bz'), re.findall(r'[-a]', '-a'), re.findall(r'[a-]', '-a'), re.findall(r'[\d-]', '5-z'))
print(re.findall(r'[\b]', 'a\bb'), re.findall(r'[.*+?^${}()|]', 'a.b*c$d{e}'), re.findall(r'[\x41-\x43]', 'ABCD'), re.findall(r'[\101]', 'A'))
# braces: not a quantifier stays literal
print(re.findall(r'a{', 'a{'), re.findall(r'a{,2}', 'aaa'), re.findall(r'a{2,}', 'aaaa a'), re.findall(r'x{1,2', 'x{1,2'), re.findall(r'a{}', 'a{}'))
print(re.findall(r'a{ 1}', 'a{ 1}'), re.findall(r'a{1,2}?', 'aa'), re.findall(r'\{', '{'), re.findall(r'a{0}b', 'ab'), re.fullmatch(r'a{3}', 'aaa'))
# escapes
print(re.findall(r'\x41\u0042\U00000043\N{DIGIT ONE}', 'ABC1'), re.findall(r'\0\07\101', '\0\x07A'), re.findall(r'\t\n\v\f\r\a', '\t\n\v\f\r\a'), re.findall(r'\.\*\#\ \-', '.*# -'))
print(re.findall('\\é', 'é'), re.findall(r'\N{EM DASH}', 'a—b'), re.findall(r'(a)\1', 'aa ab'), re.findall(r'(?P<x>a)(?P=x)', 'aa'))
# flags: inline, global at the start, scoped
print(re.findall(r'(?i)ab', 'AB aB'), re.findall(r'a(?i:b)c', 'aBc ABc abC'), re.findall(r'(?i)a(?-i:b)', 'AB Ab'), re.findall(r'(?x) a b  # comment', 'ab'))
print(re.findall(r'(?s:a.b)|c.d', 'a\nb c\nd'), re.findall(r'(?m:^x)', 'a\nx'), re.findall(r'(?a:\w+) \w+', 'é é é'), re.findall(r'a b', 'ab', re.X), re.findall(r'[ ]', ' ', re.X))
print(re.findall('(?x)a\\ b[ ]c', 'a b c'), re.findall(r'(?x)a # c \n b', 'ab'), re.compile(r'(?i)(?m)x').flags, re.compile(r'(?x)(?s)x').flags, re.compile('(?u)x').flags)
print(re.findall('ǅ', 'ǆǄǅ', re.I), re.findall('[a-z]+', 'ABC', re.I), re.findall('k', 'K\u212a', re.I), re.findall('k', 'K\u212a', re.I | re.A), re.findall('ß', 'SS ß ẞ', re.I))
# atomic groups and possessive quantifiers (3.11)
print(re.match(r'a++b', 'aab'), re.match(r'a++a', 'aaa'), re.match(r'(?>a+)a', 'aaa'), re.match(r'(?>ab|a)b', 'ab'), re.findall(r'\d*+\w', '12a 3'), re.match(r'a?+a', 'a'))
# look-around
print(re.findall(r'(?<=a)b', 'ab cb'), re.findall(r'(?<!a)b', 'ab cb'), re.findall(r'\w+(?=,)', 'a, b,c'), re.findall(r'(?<=ab|cd)x', 'abx cdx ex'), re.findall(r'(?<=(a))b', 'ab'))
# conditional groups
print(re.findall(r'(<)?(\w+)(?(1)>|$)', '<a> b <c'), re.match(r'(?P<q>")?\w+(?(q)")', '"ab"'), re.match(r'(?P<q>")?\w+(?(q)")', 'ab'), re.match(r'(a)?(?(1)b|c)', 'c'))
# alternation and groups
print(re.match(r'a|ab', 'ab'), re.fullmatch(r'a|ab', 'ab'), re.match(r'(a|b)*', 'abab').groups(), re.match(r'(?:(a)|b)+', 'ab').groups(), re.match(r'(a)|(b)', 'b').groups())
print(re.match(r'(?#comment)a', 'a'), re.match(r'a(?#c)*', 'aaa'), re.match(r'()', '').groups(), re.match(r'(a*)*', 'b').groups(), re.match(r'(a*)+', 'b').groups())
# captures of a path that failed later do not count (Java's regex would keep them)
print(re.search(r'(?>(a))b|c', 'ac').groups(), re.search(r'(a)*+b|c', 'ac').groups(), re.search(r'(?=(a))b|a', 'a').groups(), re.search(r'(?<=(a))b|c', 'ac').groups())
print(re.search(r'(?=(\w+)x)|(\d)', '5').groups(), re.findall(r'(?=(\w\w))', 'abcd'), re.sub(r'(?=(\d{3})+$)', ',', '1234567'), re.search(r'(?>(a)+)c|(b)', 'aab').groups())
show(lambda: re.findall(r'\d', '٣', re.ASCII | re.IGNORECASE))
show(lambda: re.search(r'(?i)straße', 'STRASSE'))
show(lambda: re.findall(r'(?<=\bx)y', 'xy axy'))
