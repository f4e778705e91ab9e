try:
    from circ import VALUE
except ImportError as e:
    print("circular:", str(e).rsplit(" (", 1)[0])  # without the file's path
from . import second
print("circ.first sees second:", second.NAME)
