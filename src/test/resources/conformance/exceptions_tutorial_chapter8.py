# the exceptions of the Python tutorial's chapter 8: OSError's family (ConnectionError, TimeoutError, ...), add_note, ExceptionGroup
try:
    print(10 * (1/0))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    '2' + 2
except TypeError as e:
    print(e)
class B(Exception):
    pass
class C(B):
    pass
class D(C):
    pass
for cls in [B, C, D]:
    try:
        raise cls()
    except D:
        print("D")
    except C:
        print("C")
    except B:
        print("B")
try:
    raise Exception('spam', 'eggs')
except Exception as inst:
    print(type(inst))
    print(inst.args)
    print(inst)
    x, y = inst.args
    print('x =', x)
    print('y =', y)
def this_fails():
    x = 1/0
try:
    this_fails()
except ZeroDivisionError as err:
    print('Handling run-time error:', err)
try:
    raise NameError('HiThere')
except NameError:
    print('An exception flew by!')
try:
    try:
        open("database.sqlite")
    except OSError:
        raise RuntimeError("unable to handle error")
except RuntimeError as e:
    print(e, type(e.__context__).__name__)
def func():
    raise ConnectionError
try:
    try:
        func()
    except ConnectionError as exc:
        raise RuntimeError('Failed to open database') from exc
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
def divide(x, y):
    try:
        result = x / y
    except ZeroDivisionError:
        print("division by zero!")
    else:
        print("result is", result)
    finally:
        print("executing finally clause")
divide(2, 1); divide(2, 0)
try:
    divide("2", "1")
except TypeError as e:
    print(e)
def bool_return():
    try:
        return True
    finally:
        return False
print(bool_return())
def f():
    excs = [OSError('error 1'), SystemError('error 2')]
    raise ExceptionGroup('there were problems', excs)
try:
    f()
except Exception as e:
    print(f'caught {type(e)}: e')
try:
    raise TypeError('bad type')
except Exception as e:
    e.add_note('Add some information')
    e.add_note('Add some more information')
    print(e.__notes__)
try:
    raise ExceptionGroup("group", [ValueError(1), TypeError(2)])
except ExceptionGroup as g:
    print(g, g.message, g.exceptions, repr(g), isinstance(g, Exception))
print(issubclass(ConnectionRefusedError, OSError), issubclass(TabError, SyntaxError), TimeoutError.__mro__)
