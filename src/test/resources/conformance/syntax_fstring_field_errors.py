# Z12: a syntax error inside an f-string's field says f-string: first, as CPython 3.11's.
for src in ['f"{1 +}"', 'f"{a b}"', 'f"{x!z}"', 'f"{}"', 'f"{)}"', 'f"{lambda x: 1}"', 'f"{yield}"']:
    try:
        compile(src, "<s>", "exec")
        print(src, "compiles")
    except SyntaxError as e:
        print(src, e.msg)
