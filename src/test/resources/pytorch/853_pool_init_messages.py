# A pooling layer built without its size: PyTorch's TypeError names the class whose __init__ it is,
# the shared base (_MaxPoolNd, _AdaptiveAvgPoolNd, _AdaptiveMaxPoolNd) or the layer's own (AvgPool1d/2d/3d).
import torch
for cls in (torch.nn.MaxPool1d, torch.nn.MaxPool2d, torch.nn.MaxPool3d, torch.nn.AvgPool1d, torch.nn.AvgPool2d, torch.nn.AvgPool3d,
            torch.nn.AdaptiveAvgPool1d, torch.nn.AdaptiveAvgPool2d, torch.nn.AdaptiveAvgPool3d, torch.nn.AdaptiveMaxPool1d,
            torch.nn.AdaptiveMaxPool2d):
    try:
        cls()
    except TypeError as e:
        print(cls.__name__, "TypeError", e)
