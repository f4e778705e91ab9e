# "Extending PyTorch" (docs/stable/notes/extending.html, 1.13): LinearFunction with ctx.save_for_backward
# and ctx.needs_input_grad, MulConstant with a non-tensor argument, a Module wrapping the Function,
# gradcheck on double inputs (MyExp, which saves its output, is program 057)
import torch
from torch.autograd import Function, gradcheck
torch.set_default_dtype(torch.float64)

# Inherit from Function
class LinearFunction(Function):

    # Note that both forward and backward are @staticmethods
    @staticmethod
    # bias is an optional argument
    def forward(ctx, input, weight, bias=None):
        ctx.save_for_backward(input, weight, bias)
        output = input.mm(weight.t())
        if bias is not None:
            output += bias.unsqueeze(0).expand_as(output)
        return output

    # This function has only a single output, so it gets only one gradient
    @staticmethod
    def backward(ctx, grad_output):
        # This is a pattern that is very convenient - at the top of backward
        # unpack saved_tensors and initialize all gradients w.r.t. inputs to
        # None. Thanks to the fact that additional trailing Nones are
        # ignored, the return statement is simple even when the function has
        # optional inputs.
        input, weight, bias = ctx.saved_tensors
        grad_input = grad_weight = grad_bias = None

        # These needs_input_grad checks are optional and there only to
        # improve efficiency. If you want to make your code simpler, you can
        # skip them. Returning gradients for inputs that don't require it is
        # not an error.
        if ctx.needs_input_grad[0]:
            grad_input = grad_output.mm(weight)
        if ctx.needs_input_grad[1]:
            grad_weight = grad_output.t().mm(input)
        if bias is not None and ctx.needs_input_grad[2]:
            grad_bias = grad_output.sum(0)

        return grad_input, grad_weight, grad_bias

class MulConstant(Function):
    @staticmethod
    def forward(ctx, tensor, constant):
        # ctx is a context object that can be used to stash information
        # for backward computation
        ctx.constant = constant
        return tensor * constant

    @staticmethod
    def backward(ctx, grad_output):
        # We return as many input gradients as there were arguments.
        # Gradients of non-Tensor arguments to forward must be None.
        return grad_output * ctx.constant, None

linear = LinearFunction.apply

class Linear(torch.nn.Module):
    def __init__(self, input_features, output_features, bias=True):
        super().__init__()
        self.input_features = input_features
        self.output_features = output_features

        # nn.Parameter is a special kind of Tensor, that will get
        # automatically registered as Module's parameter once it's assigned
        # as an attribute. Parameters and buffers need to be registered, or
        # they won't appear in .parameters() (doesn't apply to buffers), and
        # won't be converted when e.g. .cuda() is called. You can use
        # .register_buffer() to register buffers.
        # nn.Parameters require gradients by default.
        self.weight = torch.nn.Parameter(torch.empty(output_features, input_features))
        if bias:
            self.bias = torch.nn.Parameter(torch.empty(output_features))
        else:
            # You should always register all possible parameters, but the
            # optional ones can be None if you want.
            self.register_parameter('bias', None)

        # Not a very smart way to initialize weights
        torch.nn.init.uniform_(self.weight, -0.1, 0.1)
        if self.bias is not None:
            torch.nn.init.uniform_(self.bias, -0.1, 0.1)

    def forward(self, input):
        # See the autograd section for explanation of what happens here.
        return LinearFunction.apply(input, self.weight, self.bias)

    def extra_repr(self):
        # (Optional)Set the extra information about this module. You can test
        # it by printing an object of this class.
        return 'input_features={}, output_features={}, bias={}'.format(
            self.input_features, self.output_features, self.bias is not None
        )

# gradcheck takes a tuple of tensors as input, check if your gradient
# evaluated with these tensors are close enough to numerical
# approximations and returns True if they all verify this condition.
input = (torch.linspace(-1, 1, 20 * 20, dtype=torch.double).reshape(20, 20).requires_grad_(),
         torch.linspace(0, 2, 30 * 20, dtype=torch.double).reshape(30, 20).cos().requires_grad_())
test = gradcheck(linear, input, eps=1e-6, atol=1e-4)
print(test)

X = torch.tensor([[1.0, 2.0, 3.0], [0.5, -1.0, 0.0]], requires_grad=True)
W = torch.tensor([[0.1, 0.2, 0.3], [-0.4, 0.5, -0.6]], requires_grad=True)
B = torch.tensor([0.01, -0.02], requires_grad=True)
out = linear(X, W, B)
print(out)
out.sum().backward()
print(X.grad, W.grad, B.grad, sep="\n")
print(type(out.grad_fn).__name__.startswith("LinearFunction"))

# only W requires grad: needs_input_grad skips the others
X2 = torch.tensor([[1.0, 2.0, 3.0]])
W2 = torch.tensor([[0.1, 0.2, 0.3]], requires_grad=True)
linear(X2, W2).sum().backward()
print(W2.grad, X2.grad)

c = torch.tensor([1.0, -2.0], requires_grad=True)
m = MulConstant.apply(c, 5.5)
print(m)
m.backward(torch.tensor([1.0, 10.0]))
print(c.grad)

torch.manual_seed(0)
layer = Linear(3, 2)
print(layer)
print([name for name, _ in layer.named_parameters()])
print(Linear(3, 2, bias=False))
with torch.no_grad():
    layer.weight.copy_(W)
    layer.bias.copy_(B)
y = layer(X)
y.pow(2).sum().backward()
print(layer.weight.grad)
