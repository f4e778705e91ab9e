# logging: CPython's default format on stderr, levels, named loggers, handlers, formatters.
import io
import logging
import sys

log = logging.getLogger(__name__)
log.info("not shown: no handler and the root's level is WARNING")
log.warning("a warning with no handler anywhere is printed bare")
logging.warning("the module functions configure the root first: %d items", 3)
logging.info("not shown: the root is at WARNING")
logging.basicConfig(level=logging.DEBUG)  # ignored: the root already has a handler
logging.info("still not shown")
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s | %(name)s | %(message)s", force=True)
logging.debug("debug %s %s", "now", "shown")
log.info("epoch %d: loss %.4f", 1, 0.25)
child = logging.getLogger("trainer.loop")
child.error("from a child logger")
print(log.getEffectiveLevel(), logging.getLevelName(logging.INFO), logging.getLevelName(25), log.isEnabledFor(logging.DEBUG))
print(log, logging.getLogger(), logging.getLogger() is logging.root, logging.getLogger("trainer.loop") is child)

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
h.setLevel(logging.WARNING)
quiet = logging.getLogger("quiet")
quiet.propagate = False
quiet.addHandler(h)
quiet.setLevel(logging.INFO)
quiet.info("below the handler's level")
quiet.warning("captured %s", "text")
quiet.critical("and this")
print(repr(buf.getvalue()))
out = logging.getLogger("out")
out.propagate = False
out.addHandler(logging.StreamHandler(sys.stdout))
out.warning("to stdout")
out.setLevel("ERROR")
out.warning("dropped")
print(out.level, out.handlers[0].level, quiet.hasHandlers())
logging.disable(logging.CRITICAL)
logging.critical("disabled")
