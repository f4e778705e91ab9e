# The schedulers' arguments as tutorials write them: StepLR(opt, 1.0) (a float step_size, PyTorch's
# official tutorial; 1.13 uses it in Python's arithmetic unchecked), float milestones (a Counter), ints
# where floats are usual, and the errors of step_size 0 or a string; ReduceLROnPlateau.step() without
# its metric. Recorded from torch 1.13.
import torch
import torch.nn as nn
from torch.optim import lr_scheduler as L
torch.set_default_dtype(torch.float64)
def mk():
    m = nn.Linear(2, 1)
    return torch.optim.SGD(m.parameters(), lr=0.1, momentum=0.9)
def run(name, f, n=4):
    try:
        opt = mk()
        s = f(opt)
        out = []
        for i in range(n):
            opt.step(); s.step()
            out.append(opt.param_groups[0]['lr'])
        print(name, out, s.last_epoch)
    except Exception as e:
        print(name, type(e).__name__, e)
run("step float", lambda o: L.StepLR(o, 1.0))
run("step float2", lambda o: L.StepLR(o, 2.0, gamma=0.5))
run("step float2.5", lambda o: L.StepLR(o, 2.5, gamma=0.5))
run("step int gamma", lambda o: L.StepLR(o, 2, gamma=1))
run("step kw", lambda o: L.StepLR(o, step_size=2))
run("multistep float", lambda o: L.MultiStepLR(o, [1.0, 3.0], 0.5))
run("multistep tuple", lambda o: L.MultiStepLR(o, (1, 3), 0.5))
run("multistep unsorted repeated", lambda o: L.MultiStepLR(o, [3, 1, 3], 0.5))
run("exp int", lambda o: L.ExponentialLR(o, 1))
run("cos float", lambda o: L.CosineAnnealingLR(o, 3.0))
run("cos int etamin", lambda o: L.CosineAnnealingLR(o, T_max=3, eta_min=0.01))
run("const float total", lambda o: L.ConstantLR(o, 0.5, 2.0))
run("linear float total", lambda o: L.LinearLR(o, 0.5, 1.0, 2.0))
run("linear int", lambda o: L.LinearLR(o, start_factor=1, end_factor=0, total_iters=2))
run("poly float", lambda o: L.PolynomialLR(o, 2.0, 2))
run("cyclic", lambda o: L.CyclicLR(o, 0.01, 0.1, step_size_up=2.0))
run("onecycle float total", lambda o: L.OneCycleLR(o, 0.1, total_steps=10.0))
run("onecycle", lambda o: L.OneCycleLR(o, 0.1, epochs=2, steps_per_epoch=5))
run("warm float", lambda o: L.CosineAnnealingWarmRestarts(o, 2.0))
run("warm", lambda o: L.CosineAnnealingWarmRestarts(o, 2, 2))
run("lambda", lambda o: L.LambdaLR(o, lambda e: 0.5 ** e))
run("mult", lambda o: L.MultiplicativeLR(o, lambda e: 0.5))
run("plateau", lambda o: L.ReduceLROnPlateau(o))
run("step zero", lambda o: L.StepLR(o, 0))
run("step str", lambda o: L.StepLR(o, "2"))
opt = mk()
s = L.StepLR(opt, 2.0, gamma=0.5)
opt.step()
s.step(5)
print(opt.param_groups[0]['lr'], s.get_last_lr(), s.step_size)
print(s.state_dict())
s2 = L.MultiStepLR(opt, [2.0, 4, 4], 0.5)
print(s2.milestones)
s2.step(4)
print(opt.param_groups[0]['lr'])
print(s2.state_dict()['milestones'])
s3 = L.MultiStepLR(mk(), [1])
s3.load_state_dict(s2.state_dict())
print(s3.milestones, s3.last_epoch)
