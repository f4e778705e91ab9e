from .activations import relu


class Dense:
    pass
