# exit(status) ends the program where it is called, with that status; SystemExit can be caught.
try:
    exit(5)
except SystemExit as e:
    print("caught SystemExit", e.args, repr(e))
try:
    quit()
except BaseException as e:
    print(type(e).__name__, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare", e.args)
try:
    exit(1)
except Exception:
    print("never: SystemExit is not an Exception")
except SystemExit:
    print("SystemExit is a BaseException")
print(repr(exit))
for i in range(5):
    if i == 2:
        exit(3)
    print(i)
print("never printed")
