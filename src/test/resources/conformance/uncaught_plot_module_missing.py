# tutorials start with imports adjoint lacks: CPython's ModuleNotFoundError (adjoint adds a hint line)
print("before")
try:
    from torchvision import datasets
except ModuleNotFoundError as e:
    print(e)
import matplotlib.pyplot as plt
