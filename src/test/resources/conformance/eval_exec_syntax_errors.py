# eval()/exec()/compile() of bad code: a SyntaxError naming <string>, its line, offset and text (Z4).
for src, mode in [("x = 1", "eval"), ("def f(:\n  pass", "exec"), ("(1,", "exec"), ("a b", "exec"),
                  ("1; 2", "eval"), ("\n\nfoo(", "exec"), ("x ==== 2", "exec")]:
    try:
        compile(src, "<string>", mode)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e, "|", e.msg, e.filename, e.lineno, e.offset, repr(e.text))
for fn in (eval, exec):
    try:
        fn("1 +* 2")
    except SyntaxError as e:
        print(fn.__name__, e, e.lineno)
try:
    compile("1", "<string>", "run")
except ValueError as e:
    print(e)
e = SyntaxError("bad thing", ("prog.py", 3, 5, "x y\n", 3, 6))
print(str(e), e.args, e.lineno, e.offset, e.filename, repr(e.text), e.msg, e.end_lineno, e.end_offset)
print(str(SyntaxError("just a message")), SyntaxError("m").lineno, SyntaxError().msg)
try:
    eval(5)
except TypeError as e:
    print(e)
try:
    exec("x = 1", [])
except TypeError as e:
    print(e)
