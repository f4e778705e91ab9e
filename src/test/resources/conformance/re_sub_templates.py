# re.sub and subn: templates, group references, function replacements, count, and empty matches (3.7+)
import re

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub('a|', '-', 'bac'), re.sub(r'\b', '|', 'hi there'), re.subn('x*', '-', 'abxd'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'), re.sub(r'(\w+)', r'<\g<1>>', 'a b'), re.sub(r'(?P<w>\w+)', r'[\g<w>]', 'a b'), re.sub('(a)', r'\g<0>\g<0>', 'ab'))
print(re.sub('a', r'\n\t\\', 'xa') == 'x\n\t\\', re.sub('a', r'\-\é\.', 'a'), re.sub('(a)', r'\100\0\01x', 'a'), re.sub('(a)', r'\1\0601', 'a'))
print(re.sub('(a)|b', r'[\1]', 'ab'), re.sub('(a)?b', r'<\1>', 'b'), re.sub(r'(a)|(b)', r'\g<1>\g<2>', 'abc'), re.subn(r'(a)|(b)', r'\2\1', 'abc'))
print(re.sub('a', lambda m: m.group().upper(), 'banana'), re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22'), re.sub('a', lambda m: None, 'bab'), re.sub('a', lambda m: '', 'aa'))
print(re.sub('a', 'x', 'aaaa', 2), re.sub('a', 'x', 'aaaa', count=3), re.sub('a', 'x', 'aaa', -1), re.subn('a', 'x', 'aaaa', 2), re.compile('a').sub('x', 'aaa', 1), re.compile('a').subn('x', 'aaa'))
print(re.sub('A', 'x', 'aA', flags=re.I), re.sub('^', '#', 'a\nb', flags=re.M), re.sub('^', '#', 'a\nb', re.M), re.sub('$', '!', 'a\nb\n'), re.sub(r'(?m)$', '!', 'a\nb\n'))
print(re.sub(r'\s+', ' ', '  a \t b\n '), re.sub('(.)', r'\1\1', 'ab\u00e9'), re.sub('', '/', ''), re.sub('x*', '-', ''), re.sub('(?=b)', '^', 'abab'))
p = re.compile(r'(?P<key>\w+)=(?P<value>\w+)')
print(p.sub(r'\g<value>=\g<key>', 'a=1, b=2'), p.subn(lambda m: m['key'].upper(), 'a=1 b=2'), p.sub(r'\g<2>:\g<1>', 'x=y'))
m = p.search('k=v')
print(m.expand(r'\2\1'), m.expand(r'\g<key>!\n'), m.expand('plain'), re.match('(a)|b', 'b').expand(r'[\1]'))
for t in [r'\3', r'\g<3>', r'\g<x>', r'\g<', r'\g<1', r'\g', r'\g<-1>', r'\g<a b>', r'\q', r'\400', 'x\\', r'\g<>', r'\g<1>\2']:
    show(lambda: re.sub('(a)(b)', t, 'ab'))
show(lambda: re.sub('x', r'\3', 'abc'))
show(lambda: re.sub('(a)', r'\g<99999999999>', 'a'))
show(lambda: re.sub('a', 3, 'a'))
show(lambda: re.sub('a', lambda m: 3, 'bab'))
show(lambda: re.sub('a', lambda m: b'x', 'a'))
calls = []
show(lambda: re.sub('a', lambda m: calls.append(m.start()) or 3, 'aba'))
print(calls)
show(lambda: re.sub('a', 'b', 'a', 'x'))
show(lambda: re.sub('a', 'b'))
show(lambda: re.sub(pattern='a', repl='b', string='cat'))
show(lambda: re.compile('a').sub(repl='b', string='cat', count=1))
