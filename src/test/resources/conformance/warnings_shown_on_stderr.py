# warnings.warn writes "file:line: Category: message" and the line to stderr, once per place
import warnings


def deprecated_helper():
    warnings.warn("deprecated_helper is deprecated", DeprecationWarning, stacklevel=2)
    return 1


class DataWarning(UserWarning):
    pass


for step in range(3):
    warnings.warn("learning rate is high")  # shown once: the same place every time
deprecated_helper()
warnings.warn(DataWarning("labels are unbalanced"))
warnings.warn("a future change", FutureWarning)
warnings.warn("pending", PendingDeprecationWarning)  # ignored by the default filters
print("stdout keeps its own lines")

warnings.filterwarnings("ignore", message="noisy")
warnings.warn("noisy batch skipped")
warnings.warn("Noisy is matched without case")
warnings.simplefilter("ignore", category=DataWarning)
warnings.warn(DataWarning("hidden"))

warnings.simplefilter("once")
for text in ["a", "b", "a"]:
    warnings.warn("once per text " + text)

warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("now an exception", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", type(e).__name__, e)

warnings.resetwarnings()
warnings.warn("after resetwarnings")
print(warnings.formatwarning("text", UserWarning, "file.py", 7), end="")
print(repr(warnings.formatwarning("text", UserWarning, "file.py", 7, "  x = 1  ")))
