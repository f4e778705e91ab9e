# json beyond dumps/loads (#136): a JSONEncoder subclass with default(), cls=, default=, skipkeys, allow_nan,
# json.dump to a file object, loads hooks (object_hook, object_pairs_hook, parse_float/int/constant), JSONDecoder.
import io
import json
import sys
from decimal import Decimal


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


class RangeEncoder(json.JSONEncoder):
    def default(self, o):
        return list(o)


print(json.dumps({"a": {3, 1, 2}, "z": frozenset([0.0, 1.0])}, cls=SetEncoder), json.dumps({"a": range(3)}, cls=RangeEncoder))
print(json.dumps([1, {2, 3}], default=list), json.dumps({"b": 1, "a": [1, 2]}, sort_keys=True, indent=2), json.dumps({"a": 1, "b": 2}, separators=(",", ":")))
print(json.dumps({"é": "ü€😀"}), json.dumps({"é": "ü€😀"}, ensure_ascii=False), json.dumps({(1, 2): 3, "k": 1}, skipkeys=True), json.dumps([1.5, -0.0, 1e300], indent="\t"))
e = SetEncoder(indent=1, sort_keys=True)
print(e.encode({"b": {2}, "a": None}), e.indent, e.sort_keys, e.item_separator, repr(e.key_separator), e.skipkeys, e.ensure_ascii, e.allow_nan, e.check_circular)
print(json.JSONEncoder().encode([1, "x", None, True]), json.JSONEncoder(separators=(";", "=")).encode({"a": [1, 2]}), isinstance(e, json.JSONEncoder))
buf = io.StringIO()
json.dump({"x": [1, 2, {"y": None}]}, buf, indent=2)
print(buf.getvalue())
json.dump([1, 2], sys.stdout)
print()
print(json.loads('{"a": 1, "b": [1.5, 2]}', object_hook=lambda d: sorted(d.items())), json.loads('[1.1, 2]', parse_float=Decimal), json.loads('[1, 2.5]', parse_int=float))
print(json.loads('{"a": 1, "a": 2, "b": 3}', object_pairs_hook=list), json.loads('[NaN, Infinity, -Infinity]', parse_constant=str), json.loads('{"a": {"b": {}}}', object_hook=len))
d = json.JSONDecoder(object_hook=lambda o: ("obj", o))
print(d.decode('{"k": [1, {"j": 2}]}'), json.JSONDecoder().raw_decode('[1, 2] tail'), json.JSONDecoder().raw_decode('x {"a": 1}', 2))
print(json.loads(b'{"bytes": true}'), json.loads('"\\u00e9\\ud83d\\ude00"'))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps(Point(1, 2), default=vars), json.dumps([Point(1, 2)], default=lambda p: {"x": p.x}))
for bad in [lambda: json.dumps({"a": {1}}), lambda: json.dumps({"a": {1}}, cls=SetEncoder) and json.dumps(object(), cls=SetEncoder), lambda: json.dumps(float("nan"), allow_nan=False),
            lambda: json.dumps({(1, 2): 3}), lambda: json.loads('{"a": 1,}'), lambda: json.loads('[1, 2'), lambda: json.loads('{\n  "a": tru\n}'), lambda: json.loads('{"a" 1}'),
            lambda: json.loads(''), lambda: json.loads('[1] x'), lambda: json.loads(3), lambda: json.JSONEncoder(indent=2, bad=1), lambda: json.loads('"abc')]:
    try:
        print(bad())
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
try:
    json.loads('{"a":\n  [1, 2,, 3]}')
except json.JSONDecodeError as err:
    print(isinstance(err, ValueError), err)
