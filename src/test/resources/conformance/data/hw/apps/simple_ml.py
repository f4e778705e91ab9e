"""An apps/ module of the homework, imported after sys.path.append('./apps')."""
import needle as ndl


def train(n):
    return ndl.add(ndl.Tensor(n), ndl.Tensor(1))
