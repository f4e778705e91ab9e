# := may not rebind a comprehension's own loop variable (a SyntaxError before anything runs).
print("never printed")
values = [i := i * 2 for i in range(3)]
