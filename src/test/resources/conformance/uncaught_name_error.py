# An uncaught NameError names its type first, as CPython's last traceback line.
total = 0
for i in range(3):
    total += i
print("total", total)
print(undefined_total)
print("never printed")
