"""A module a notebook reloads after editing it: its code runs again in the same namespace."""
try:
    runs += 1
except NameError:
    runs = 1
print("reloaded.py runs, time", runs)


def twice(x):
    return 2 * x
