# The target of := must be a plain name.
class Box:
    pass
b = Box()
if (b.value := 3) > 2:
    print("never printed")
