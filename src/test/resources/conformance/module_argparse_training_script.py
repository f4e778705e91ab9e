# argparse as a training script uses it: add_argument with type/default/action/choices/help/nargs,
# parse_args of a list and of sys.argv, --help and CPython's usage and errors (the last one ends the program: exit 2).
import argparse
import io
import sys

def run(p, argv):
    """parse_args with sys.stdout and sys.stderr caught, as a test harness would."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        result = p.parse_args(argv)
    except SystemExit as e:
        result = "exit %s" % e.code
    finally:
        sys.stdout, sys.stderr = saved
    return result, out.getvalue(), err.getvalue()


parser = argparse.ArgumentParser(description="Train a small MLP on MNIST.")
parser.add_argument("--lr", type=float, default=0.1, help="learning rate (default: %(default)s)")
parser.add_argument("--epochs", "-e", type=int, default=3, help="number of passes over the data")
parser.add_argument("--optimizer", choices=["sgd", "adam"], default="sgd", help="which optimizer")
parser.add_argument("-v", "--verbose", action="store_true", help="print every step")
parser.add_argument("--layers", type=int, nargs="+", default=[128, 64], metavar="N", help="hidden layer sizes")
parser.add_argument("--tag", action="append", help="a label for the run; may be repeated")
parser.add_argument("-q", action="count", default=0)
parser.add_argument("data", nargs="?", default="mnist", help="dataset name")
print(parser.prog)
args = parser.parse_args([])
print(args, args.lr, args.data)
print(parser.parse_args(["--lr", "0.01", "-e", "5", "--optimizer=adam", "-vqq", "--layers", "256", "128", "--tag", "a", "--tag", "b", "cifar"]))
print(parser.parse_args(["--ep", "7", "-e9", "--lr=1e-3", "--", "-x"]), vars(parser.parse_args(["-q"])))
print(parser.parse_known_args(["--lr", "2", "--unknown", "x", "data2"]))
sys.argv = ["train.py", "--lr", "0.5", "--verbose"]
args = parser.parse_args()
print(args.lr, args.verbose, args.epochs, type(args).__name__, "lr" in args, args == argparse.Namespace(**vars(args)))
print(parser.format_usage(), end="")
print(parser.format_help())
for argv in [["--lr", "abc"], ["--optimizer", "rmsprop"], ["--epochs"], ["--bogus"], ["--layers"], ["a", "b"], ["--lr", "1", "--lr"], ["-h"]]:
    result, out, err = run(parser, argv)
    print(argv, result)
    print(err, end="")
    print(out[:60])

p2 = argparse.ArgumentParser(prog="tool", epilog="See the README.")
p2.add_argument("src")
p2.add_argument("dst", nargs="*")
p2.add_argument("--mode", required=True, choices=("fast", "slow"))
p2.add_argument("--a-very-long-option-name", dest="long", help="a help text long enough that it has to be wrapped onto a second line by the formatter")
print(p2.format_help())
for argv in [[], ["x"], ["x", "--mode", "fast", "y", "z"], ["x", "--mode", "fast", "--a-very", "1"]]:
    result, out, err = run(p2, argv)
    print(result, err, end="")

p3 = argparse.ArgumentParser(prog="many")
for i in range(12):
    p3.add_argument("--option-%d" % i, type=int, metavar="VALUE")
p3.add_argument("inputs", nargs="+")
print(p3.format_usage(), end="")


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("%r is not a positive int" % text)
    return value


p4 = argparse.ArgumentParser(prog="p4", add_help=False)
p4.add_argument("--n", type=positive, default="5")
p4.add_argument("--ver", action="version", version="%(prog)s 1.0")
p4.set_defaults(extra=42)
print(p4.parse_args([]), p4.parse_args(["--n", "3"]), p4.get_default("extra"))
for argv in [["--n", "-2"], ["--n", "x"], ["--ver"]]:
    print(run(p4, argv))
print(repr(argparse.Namespace(a=1, b="x")), argparse.SUPPRESS)
parser.parse_args(["--optimizer", "adagrad"])
