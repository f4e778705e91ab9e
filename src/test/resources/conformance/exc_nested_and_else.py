results = []
for v in ["1", "x", "3"]:
    try:
        n = int(v)
    except ValueError:
        results.append(None)
        continue
    else:
        results.append(n * 2)
    finally:
        results.append("|")
print(results)
try:
    try:
        raise KeyError("k")
    except IndexError:
        print("wrong handler")
except LookupError as e:
    print("outer caught", repr(e))
