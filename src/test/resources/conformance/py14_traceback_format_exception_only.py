# T27: traceback.format_exception_only
import traceback
class MyError(Exception):
    pass
try:
    [].pop()
except IndexError as e:
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
try:
    raise MyError()
except MyError as e:
    print(traceback.format_exception_only(e))
try:
    raise KeyError('k')
except KeyError as e:
    e.add_note("a note")
    print(traceback.format_exception_only(type(e), e))
print(traceback.format_exception_only(None))
print(traceback.format_exception_only(ValueError, ValueError("bad value")))
