# Source: tester finding #15 (session 10): str.translate/str.maketrans (a Caesar cipher, stripping
# punctuation, the usual student exercises) and range.index/range.count.
import string
print('hello'.translate(str.maketrans('el', 'ip')))
print(str.maketrans({'a': 'b', 'c': None}), str.maketrans('ab', 'cd', 'x'))
print('abc'.translate({97: 'X', 98: None, 99: 100}))
print("Don't panic, it's fine!".translate(str.maketrans('', '', string.punctuation)))
shift = 3
letters = string.ascii_lowercase
caesar = str.maketrans(letters, letters[shift:] + letters[:shift])
print('attack at dawn'.translate(caesar))
print('naïve – ok'.translate({ord('ï'): 'i', ord('–'): '-'}))
for bad in (lambda: str.maketrans('ab', 'c'), lambda: str.maketrans({'ab': 1}), lambda: str.maketrans(1),
            lambda: 'a'.translate({97: 1.5}), lambda: 'a'.translate({97: -1})):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
r = range(0, 20, 3)
print(r.index(9), r.count(9), r.count(10), range(10, 0, -2).index(4), range(5).index(3.0), range(5).count(True))
for bad in (lambda: r.index(10), lambda: range(3).index('a'), lambda: r.index(-3)):
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
