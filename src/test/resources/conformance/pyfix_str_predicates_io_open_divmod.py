# str predicates by Unicode's categories as CPython has them; io.open is open; divmod's float message
print('½'.isalnum(), 'Ⅻ'.isalnum(), 'a\u0301'.isidentifier(), '5'.isalnum(), 'x²'.isalnum(), '٣'.isalnum(), '_'.isalnum(), ' '.isalnum())
print('½'.isnumeric(), 'Ⅻ'.isnumeric(), '²'.isdigit(), '²'.isdecimal(), '٣'.isdecimal(), 'Ⅻ'.isdigit(), 'abc'.isnumeric())
print('_x1'.isidentifier(), '1x'.isidentifier(), 'été'.isidentifier(), ''.isidentifier(), 'a-b'.isidentifier(), 'x\u00ad'.isidentifier(), 'ℕ'.isidentifier())
import io
print(io.open is open)
import argparse
print(argparse.Namespace(a=1, **{"b c": 2, "é": 3}))
for e in [lambda: divmod(1, 0.0), lambda: divmod(1.0, 0), lambda: divmod(1, 0), lambda: 1.0 // 0]:
    try:
        e()
    except ZeroDivisionError as x:
        print(x)
print(divmod(7, 2.0), divmod(-7.5, 2))
