# re.error as CPython reports it: the message, its position, and the error's attributes
import re

def err(pattern, flags=0):
    try:
        re.compile(pattern, flags)
        print(repr(pattern), 'compiles')
    except re.error as e:
        print(repr(pattern), '->', e)
    except Exception as e:
        print(repr(pattern), '->', type(e).__name__, e)

for p in ['(a', 'a)', '(?P<n>a', '[a', '[', '[]', '[^]', '*a', 'a**', 'a*?*', 'a{2}{3}', '+', '^*', r'\b+', 'a{3,2}', 'x{4294967295}',
          r'\q', r'\i', r'[\q]', '\\', r'a\\', r'\x4', r'\u12', r'\U0011ffff', r'\N', r'\N{', r'\N{NO SUCH CHAR}', r'\400', r'[\400]', r'[\9]',
          r'\1', r'(a)\2', r'(a\1)', r'(?P<1a>x)', r'(?P<a-b>x)', r'(?P<>x)', r'(?P<a>x)(?P<a>y)', r'(?P=b)', r'(?P<a>x(?P=a))', r'(?Px)',
          r'(?P', r'(?', r'(?<x)', r'(?z)', r'(?i', r'(?-)', r'(?i-i:a)', r'(?-a:x)', r'(?au)', r'(?L)', r'a(?i)', r'(?#abc', r'(?<=a+)b',
          r'(?<!a|bc)d', r'(?<=(?P<x>a))(?P=x)', r'(?(1)a|b)', r'(a)(?(2)a|b)', r'(?(0)a)', r'(?(x)a)', r'(?(-1)a)', r'(a)(?(1)a|b|c)',
          r'[z-a]', r'[\w-z]', r'[a-\w]', 'a\n(', '(?x)\n  (  # open\n', r'(?P<a>)(?P<b>)\3']:
    err(p)
err('a', re.L)
err('a', re.A | re.U)
try:
    re.compile(r'(?i', re.I)
except re.error as e:
    print(repr(e.msg), repr(e.pattern), e.pos, e.lineno, e.colno, e.args)
try:
    re.compile('ab\n(c')
except re.error as e:
    print(repr(e.msg), e.pos, e.lineno, e.colno, str(e))
try:
    re.compile('(?<=a|bc)')
except re.error as e:
    print(repr(e.msg), e.pos, e.lineno, e.colno, str(e), e.pattern)
e = re.error('custom', 'pat', 1)
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, isinstance(e, Exception), re.error.__name__, re.error.__module__)
try:
    re.search('(', 'x')
except Exception as ex:
    print(type(ex).__name__, type(ex).__module__, ex)
for f in [lambda: re.search(3, 'x'), lambda: re.search('x', 3), lambda: re.compile(re.compile('a'), re.I), lambda: re.compile('x').search('x', 'a'),
          lambda: re.match('a', 'a').group(2), lambda: re.match('a', 'a').group('x'), lambda: re.match('a', 'a')[3], lambda: re.match('(?P<x>a)', 'a').start('y'),
          lambda: re.sub('a', 3, 'a'), lambda: re.sub('a', lambda m: 3, 'a'), lambda: re.escape(3)]:
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
