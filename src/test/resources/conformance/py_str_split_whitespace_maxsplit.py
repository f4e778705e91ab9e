# Source: tester finding #147 (session 11): split(None, maxsplit) keeps the rest as it is, trailing whitespace too (CPython's split_whitespace).
print('a b  '.split(None, 1), 'a b c '.split(maxsplit=1), '  a b '.rsplit(None, 1))
for s in ['', '   ', 'a', ' a ', 'a b c', '  a  b  c  ', 'a\tb\nc ', '\u3000x\u3000y\u3000']:
    for m in [-1, 0, 1, 2, 5]:
        print(repr(s), m, s.split(None, m), s.rsplit(None, m), s.split(maxsplit=m), s.rsplit(maxsplit=m))
