# yield belongs in a function: at the top of a script it is a SyntaxError before anything runs.
print("never printed")
yield 1
