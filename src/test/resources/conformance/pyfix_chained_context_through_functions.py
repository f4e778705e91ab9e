# Uncaught, an error raised while handling another shows the first one's traceback (down to the
# function that caught it), CPython's sentence, then its own traceback.
def parse(text):
    return int(text)


def load(lines):
    values = []
    for line in lines:
        try:
            values.append(parse(line))
        except ValueError:
            values.append(lookup[line])
    return values


lookup = {"one": 1}
print(load(["1", "one"]))
print(load(["2", "two"]))
