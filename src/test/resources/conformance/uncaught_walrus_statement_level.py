# An unparenthesized := as a statement is invalid syntax: nothing runs.
print("never printed")
x := 5
