# json.dumps and json.loads as CPython writes and reads: indent, sort_keys, separators, escapes, errors.
import json
data = {"name": "net", "layers": [784, 128, 10], "lr": 0.1, "ok": True, "none": None, "nested": {"b": 2, "a": [1.5, -2e-07]}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, sort_keys=True, indent=4))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=1))
print(json.dumps((1, 2)), json.dumps("caf\u00e9 \"q\" \\ \n\t"), json.dumps("caf\u00e9", ensure_ascii=False))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
print(json.dumps(float("nan")), json.dumps(float("inf")), json.dumps(10**20), json.dumps(1e20), json.dumps(0.1 + 0.2))
print(json.dumps({"a": 1, "b": 2}, separators=(",", ":")))
print(json.dumps(data, indent="\t")[:30])
text = json.dumps(data)
back = json.loads(text)
print(back == data, back["nested"]["a"], type(back["layers"]).__name__)
print(json.loads('[1, 2.0, -3e2, "x\\u00e9\\n", true, false, null, {"k": [ ]}]'))
print(json.loads(' {"a" : {"b": 12345678901234567890}} '))
for bad in ['', '[1, 2', '{"a" 1}', '{a: 1}', '[1,]', '"abc', '[1] x', 'nul']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e)
    except ValueError as e:
        print("ValueError", e)
for bad in [{1, 2}, {(1, 2): 3}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
print(json.dumps({1, 2}, default=sorted))
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError) if False else issubclass(json.JSONDecodeError, ValueError))
