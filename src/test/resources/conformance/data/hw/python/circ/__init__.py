from . import first
VALUE = 1
