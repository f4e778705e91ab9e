# an uncaught raise e of an exception caught in another function: CPython's traceback goes on from
# the frames the exception had (the frame raising it again, then where it was caught and raised)
def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError as e:
        error = e
    print("caught in load")
    reraise(error)


def reraise(e):
    raise e


load("x")
