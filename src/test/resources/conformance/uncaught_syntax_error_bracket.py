# A program that does not parse prints nothing: SyntaxError names the bracket left open.
print("never printed")
data = [1, 2,
