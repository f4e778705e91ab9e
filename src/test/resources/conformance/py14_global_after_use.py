# T7: `global x` after x is read in the function: CPython refuses the file before anything runs
x = 5
print("never printed")
def g():
    print(x)
    global x
g()
