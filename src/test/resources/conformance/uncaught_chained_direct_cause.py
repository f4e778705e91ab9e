# Uncaught, a chained exception shows its cause first, then "The above exception was the direct cause ...".
def load(d):
    try:
        return d["weights"]
    except KeyError as e:
        raise RuntimeError("no weights in the checkpoint") from e
print("start")
load({})
