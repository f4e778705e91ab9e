from . import first

NAME = "second"
print("circ.second sees the partially run first:", sorted(k for k in vars(first) if not k.startswith("__")))
