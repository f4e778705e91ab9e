# A capture pattern matches anything, so a case after it could never run: CPython refuses the
# program before anything runs (a SyntaxError naming the capture).
print("never printed")


def kind(v):
    match v:
        case [x, y]:
            return "pair"
        case other:
            return "anything"
        case None:
            return "none"
