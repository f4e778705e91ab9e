def todo():
    pass
class Empty:
    pass
def later():
    ...
print(todo(), Empty.__name__, later(), ...)
