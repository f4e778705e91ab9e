# complex in format specs, f-strings, str.format and %, as CPython formats it (format_complex_internal); copy and divmod/pow errors
vals = [1.5 + 2j, -1j, 2j, complex(-0.0, 3), 1e20 + 1e-5j, complex(float("inf"), float("nan")), 1234567.891 - 0.5j, 0j]
specs = ["", ".2f", ".3", "g", "e", ">20", "<20", "^20.1f", "+.1f", " g", ",.2f", "#g", "10", "*>18.2e", "G", "n", ".0f"]
for v in vals:
    print([format(v, s) for s in specs])
for s in ["020", "=10", "%", "d", "s", "z.1f"]:
    try:
        print(format(1 + 1j, s))
    except ValueError as e:
        print("ValueError:", e)
print(f"{1.5+2j:.1f}", "{0:.2e} {0!s:>12}".format(1 - 1j), "%s" % (2j,), divmod(1j, 1) if False else "")
import copy
print(copy.deepcopy([1j, 2 + 1j]), copy.copy(3j))
try:
    divmod(1j, 2)
except TypeError as e:
    print(e)
try:
    pow(1j, 2, 3)
except ValueError as e:
    print(e)
