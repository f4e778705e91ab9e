# Source: tester finding #13 (session 10): an unknown name in a \N{...} escape is CPython's SyntaxError
# (a unicode error with the escape's position in the string), so the program prints nothing.
print("never printed")
sign = "ok \N{NO SUCH CHARACTER NAME}"
