# JSONDecodeError keeps what CPython's does: msg, doc, pos, lineno, colno, and the message as its one arg.
import json

for text in ['{"a": 1,\n "b" 2}', '[1, 2', '', '{"k": "v"} extra', '"tab\there"']:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(repr(e.msg), repr(e.doc), e.pos, e.lineno, e.colno, e.args, isinstance(e, ValueError))
        print(str(e), repr(e))

e = json.JSONDecodeError("Bad thing", "ab\ncd", 4)
print(e.msg, repr(e.doc), e.pos, e.lineno, e.colno, e.args, str(e))
for args in [("m",), ("m", "d"), ("m", "d", 1, 2)]:
    try:
        json.JSONDecodeError(*args)
    except TypeError as x:
        print(x)
try:
    raise json.JSONDecodeError("Expecting value", "x = 1", 0)
except ValueError as x:
    print(type(x).__name__, x, x.colno)
