# traceback.TracebackException: from_exception, exc_type, stack, str(), the chained exceptions as TracebackExceptions
# of their own (each once), format(chain=), format_exception_only(), limit=
import traceback

def convert(text):
    try:
        return int(text)
    except ValueError as error:
        raise RuntimeError("cannot convert " + text) from error

try:
    convert("x")
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e)
    saved = e
print(te.exc_type, str(te), len(te.stack), te.stack[0].name, te.__suppress_context__)
print(type(te.__cause__).__name__, te.__cause__.exc_type, te.__context__, te.__cause__.__cause__)
print("".join(te.format()), end="")
print("".join(te.format(chain=False)), end="")
print(list(te.format_exception_only()))
te2 = traceback.TracebackException(type(saved), saved, saved.__traceback__, limit=1)
print("".join(te2.format(chain=False)), end="")
print(te.__notes__, te.exceptions)
