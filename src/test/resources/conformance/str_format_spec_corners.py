# Format-spec corner cases as CPython 3.11 parses and applies them: '0' before the width with an
# explicit alignment, '#' with precision 0, ',' and '_' checked against the type, '_' groups of
# hex digits, the errors for each kind of value, then a generated mix of specs and values.
import random

tests = [('abc', ' s'), ('abc', '+s'), ('abc', '#s'), ('abc', 'z'), ('abc', '=5'), ('abc', '05'), (5, 'z'), (5, '#c'), (-1, 'c'),
         (10 ** 20, 'c'), (5, ',,'), (5, ',_'), (5, '_,'), (5, 'xx'), (2.5, 'xx'), ('a', 'xx'), (5, ',\x01'), (5, '_c'), (True, '<5s'),
         (True, '>5'), (True, ''), (True, 'd'), (True, '.2f'), (5, '=^5'), (3.0, '#'), (3.0, '#.0'), (3.0, '#.1'), (3.0, '.0'),
         (0.0, '.0'), (-0.0, '.0'), (123.0, '.0'), (1e16, '.3'), (1e16, '#'), (1.5, '#.0f'), (3.0, '#.0e'), (1e19, '#.0g'), (10 ** 20, '_x'),
         (12345678901234567890, '_x'), (12345678901234567890, '_b'), (255, '#_x'), (5, '0=10_'), ('ab', '^06'), (1, '>05'), (-2.5, '<08'),
         (12, '^06'), (5, '.5c'), (65, 'c'), (1e22, ',n'), (3.14, '_n'), (5, 'n'), (123456789, 'n'), (-0.0, 'z.1f'), (-0.001, 'z.1f'),
         (-0.0, 'z'), (5.0, 'z'), (float('nan'), '010'), (float('inf'), '=010,'), (5, 'q'), (5.0, 'q'), ('s', 'q'), (2.5, 's'),
         (10 ** 20, ' 12s'), (2.5, ',x'), (5, '.0s'), ('x', ',s'), (1.7976931348623157e308, '<012.1g')]
for v, spec in tests:
    try:
        print(repr(v), repr(spec), repr(format(v, spec)))
    except (ValueError, OverflowError) as e:
        print(repr(v), repr(spec), type(e).__name__, e)

R = random.Random(19)
values = [0, 1, -1, 42, -1234567, 10 ** 20, 3.14159, -0.0, 0.0, 1e-7, 1e22, 123456.789, 2.5, 0.125, 1 / 3, float('nan'), float('inf'),
          -float('inf'), True, 255, 5e-324, 1.7976931348623157e308, 0.1 + 0.2, 99.995, -2.675, 1e16, 12345678901234567890]
for _ in range(800):
    align = R.choice(['', '', '<', '>', '^', '='])
    spec = ((R.choice(['', '', '*', '0', ' ']) + align) if align else '') + R.choice(['', '', '+', '-', ' ']) + R.choice(['', '', '#']) \
        + R.choice(['', '', '0']) + R.choice(['', '', '5', '12', '1']) + R.choice(['', '', ',', '_']) \
        + R.choice(['', '', '.0', '.1', '.3', '.10', '.20']) + R.choice(['', 'f', 'e', 'g', 'G', '%', 'd', 'x', 'X', 'o', 'b', 'n', 'E', 'F', 's', 'c'])
    v = R.choice(values)
    try:
        print(repr(spec), repr(format(v, spec)), repr(f'{v:{spec}}'))
    except (ValueError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)
