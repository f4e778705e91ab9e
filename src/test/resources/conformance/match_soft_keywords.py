# match and case stay ordinary names outside a match statement (soft keywords).
match = 3
print(match)
match += 1
print(match)
case = [1, 2]
print(case[0])


def match(x, y=0):
    return x + y


print(match(1), match(2, y=3))
match = {"a": 1}
print(match["a"])
match: int = 5
print(match)
_ = "underscore"
print(_)

# a match statement whose subject is a call of a function named match
def match(v):
    return v * 2


match match(2):
    case 4:
        print("four")

# case as a name inside a case block
match [1]:
    case [case]:
        print("case is", case)


class C:
    match = 1
    case = 2


print(C.match, C.case)
