def grade(s):
    if s >= 90:
        return "A"
    elif s >= 80:
        return "B"
    elif s >= 70:
        return "C"
    else:
        return "F"
print([grade(s) for s in [95, 85, 75, 10]])
x = 5
if x: print("truthy")
if not []: print("empty list is falsy")
if x > 3 and x < 10 or x == 100: print("in range")
print(0 or "default", 3 and 4, None or 0 or [], 1 and 0)
