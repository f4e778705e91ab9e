# Source: tester finding #74 (session 10): a block indented by a tab under one indented by spaces is
# CPython's TabError, found before anything runs (so nothing is printed).
print("never printed")
def f(n):
    if n > 0:
	return n
    return 0
print(f(1))
