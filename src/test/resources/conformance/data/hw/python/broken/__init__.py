from .layers import Dense
