# Complex numbers as students type them (the Python tutorial's numbers section, FFT and
# quadratic-formula exercises): literals, complex(), arithmetic with ints and floats, repr, errors.
z = 1 + 2j
w = complex(3, -4)
print(z, w, 2j, -1j, 0j, 1j * 1j, 1e20j, 1.5e-7j, -0.0 + 1j)
print(repr(complex(1.5, 0)), complex(-0.0, -0.0), complex(0.0, -0.0), complex(2), complex(), complex(1j, 1j))
print(z + w, z - w, z * w, z / w, w / 2, 2 / w, z ** 2, z ** -1, z ** 0.5, 2 ** z, z ** z)
print(z.real, z.imag, z.conjugate(), w.conjugate(), abs(w), abs(3j), type(z.real), (5).imag, (2.5).real)
print(z + 1, 1 + z, z * 2.5, True + z, -z, +z, z == 1 + 2j, z != w, 1 + 0j == 1, 2.5 + 0j == 2.5, 1j == 1)
print(type(z), type(z).__name__, isinstance(z, complex), isinstance(1, complex), complex is type(2j))
print(bool(0j), bool(1e-300j), not 0j, [1 + 0j] == [1], 1j in [1j, 2], hash(1 + 0j) == hash(1), hash(2 + 3j))
print({1: "int", 1 + 0j: "complex"}, {3j, 3j, 1 + 0j, 1}, len({0.5 + 1j, 0.5 + 1j}))
print(str(z), f"{z}", "%s" % (z,), [z, w], (1j,), {"z": -2 - 0.5j})
print(1e300j * 1e300j == complex(float("-inf"), float("nan")) or "overflow gives inf and nan parts")
print(complex(" (1+2j) "), complex("3"), complex("-1.5e3-2J"), complex("j"), complex("-j"), complex("1_000+2_0j"), complex("inf-nanj"))
print(complex(float("inf"), 1), complex(float("nan"), float("-inf")))

# quadratic formula with a negative discriminant, as an exercise writes it
a, b, c = 1, 2, 5
d = (b * b - 4 * a * c) ** 0.5
print(d, (-b + d) / (2 * a), (-b - d) / (2 * a))
print((-8) ** (1 / 3), (-1) ** 0.5, (-2.0) ** 1.5)

# roots of unity: z ** n exact for small whole exponents (repeated squaring, as CPython)
print([round(((1j) ** k).real) for k in range(5)], (1 + 1j) ** 8, (1 + 1j) ** 100, (2 + 0j) ** -2)

import cmath
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(3 + 4j), cmath.sqrt(-4 - 0j), cmath.sqrt(0j))
print(cmath.exp(0), cmath.exp(1 + 0j), cmath.log(1), cmath.log(cmath.e), cmath.log10(100), cmath.log(8, 2))
print(cmath.phase(-1), cmath.phase(1j), cmath.phase(1), cmath.polar(3 + 4j)[0], cmath.rect(2, 0), abs(cmath.rect(1, cmath.pi / 2) - 1j) < 1e-15)
print(cmath.pi, cmath.e, cmath.inf, cmath.infj, cmath.nanj, cmath.isfinite(1 + 1j), cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2))
print(round(cmath.exp(1j * cmath.pi).real, 12), round(cmath.exp(1j * cmath.pi).imag, 12))

# CPython's errors
for f in (lambda: z < w, lambda: z // 2, lambda: z % 2, lambda: 1j > 0, lambda: int(z), lambda: float(z), lambda: round(z),
          lambda: z / 0, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: complex("1+"), lambda: complex("1 + 2j"), lambda: complex("(1+2j"),
          lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex(None), lambda: complex([1]), lambda: (1 + 1j) ** 10000.5,
          lambda: cmath.log(0), lambda: cmath.sqrt("4"), lambda: cmath.log(2, 1), lambda: z.real.imag.foo, lambda: sorted([1j, 2j])):
    try:
        print("no error:", f())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
import numbers; print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), isinstance(1j, numbers.Number))
