# logging.exception and exc_info=True print CPython's traceback (frames, source lines, carets) after the record
import logging
logging.disable(logging.NOTSET)  # the suite runs CPython's side in one process: logging_basics.py disabled logging
logging.basicConfig(level=logging.INFO, force=True)
log = logging.getLogger("train")


def risky(x):
    return helper(x) * 2


def helper(x):
    return {"a": 1}[x] + 1


try:
    1 / 0
except ZeroDivisionError:
    log.exception("step %d failed", 3)
try:
    {}["k"]
except KeyError:
    logging.exception("lookup")
try:
    risky("b")
except KeyError as e:
    log.error("nested: %r", e, exc_info=True)
try:
    int("x")
except ValueError:
    log.exception("parse")
try:
    value = int("x")
except ValueError:
    log.exception("parse again")
try:
    raise RuntimeError("boom")
except RuntimeError:
    log.warning("warned", exc_info=True)
logging.error("with info", exc_info=True)
log.exception("outside")
print("goes on")
