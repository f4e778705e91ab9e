#!/usr/bin/env python3
"""CPython's side of the conformance suite (ConformanceTest): runs every PROGRAM.py given after
the output directory as `python3 PROGRAM.py` would (a fresh __main__ namespace with __file__, the program's own
directory as cwd) and writes what it printed to OUTDIR/PROGRAM.out, and what it wrote to stderr
(warnings) to OUTDIR/PROGRAM.err. One process for all programs keeps the suite fast; each runs
with the default warning filters and registries (warnings.catch_warnings puts them back after it). An uncaught exception is written as a last line "<uncaught: Type: message>"
(the last line of its traceback), and its whole traceback (its chained errors' first) to PROGRAM.err after the warnings; exit() or sys.exit(code) as "<exit: status>" with the status
python3 would end with (0 for none, 1 and the message on stderr for a string)."""
import contextlib, io, os, sys, types, warnings

# Modules outside CPython's standard library that programs import (.ci/run installs them when it
# can); on a machine without one, its programs are skipped rather than compared with an ImportError.
THIRD_PARTY = {"tqdm"}

def uncaught(out, err):
    shown = io.StringIO()  # the traceback python3 itself prints (with its "Did you mean" hint)
    kind, error, frames = sys.exc_info()
    error.__traceback__ = frames.tb_next  # without this harness's own frame, as python3 PROGRAM.py shows it
    with contextlib.redirect_stderr(shown):
        sys.excepthook(kind, error, frames.tb_next)
    out.write("<uncaught: " + shown.getvalue().strip().splitlines()[-1] + ">\n")
    err.write(shown.getvalue())


outdir = sys.argv[1]
harness = sys.modules["__main__"]
sys.dont_write_bytecode = True  # a program's own module (import fibo) leaves no __pycache__ among the programs
for path in sys.argv[2:]:
    out, err = io.StringIO(), io.StringIO()
    with open(path, encoding="utf-8") as f:
        source = f.read()
    cwd = os.getcwd()
    full = os.path.abspath(path)  # python3 3.11 names a script's code by its absolute path (warnings show it)
    argv = sys.argv
    try:
        sys.argv = [path]  # as `python3 PROGRAM.py` gives it
        sys.path.insert(0, os.path.dirname(full))  # as python3 PROGRAM.py has it: import finds the modules beside the program
        os.chdir(os.path.dirname(full))
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), warnings.catch_warnings():
            warnings.onceregistry.clear()  # "once" as in a fresh python3
            # a module of its own, in sys.modules as __main__ while it runs, as python3 PROGRAM.py has it
            # (inspect and pydoc find a method's class through it)
            main = types.ModuleType("__main__")
            main.__file__, main.__builtins__ = full, __builtins__
            sys.modules["__main__"] = main
            exec(compile(source, full, "exec"), main.__dict__)
    except SystemExit as e:
        code = e.code
        out.write("<exit: %d>\n" % (0 if code is None else code if isinstance(code, int) else 1))
    except ModuleNotFoundError as e:
        if e.name in THIRD_PARTY:
            out.write("<missing: %s>\n" % e.name)  # ConformanceTest skips the program, saying why
        else:
            uncaught(out, err)
    except BaseException:
        uncaught(out, err)
    finally:
        sys.modules["__main__"] = harness
        for name, module in list(sys.modules.items()):  # a program's own modules: the next program imports them afresh
            if (getattr(module, "__file__", None) or "").startswith(sys.path[0] + os.sep):
                del sys.modules[name]
        del sys.path[0]
        os.chdir(cwd)
        sys.argv = argv
    name = os.path.splitext(os.path.basename(path))[0]
    with open(os.path.join(outdir, name + ".out"), "w", encoding="utf-8") as f:
        f.write(out.getvalue())
    with open(os.path.join(outdir, name + ".err"), "w", encoding="utf-8") as f:
        # tqdm draws its bar on stderr even in a pipe; adjoint draws it only at a terminal, so a
        # tqdm_* program's stderr under CPython is its bar, and adjoint's must stay empty
        f.write("" if name.startswith("tqdm_") else err.getvalue())
