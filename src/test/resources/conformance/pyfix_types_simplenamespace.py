# types.SimpleNamespace (repr namespace(...), equality by attributes, no positional arguments in 3.11)
# and the names of the interpreter's own types for isinstance
import types
ns = types.SimpleNamespace(a=1, b='x')
print(ns, repr(ns), ns.a, ns == types.SimpleNamespace(b='x', a=1), ns != types.SimpleNamespace(a=1))
ns.c = [1]; del ns.a; print(ns, vars(ns))
class P(types.SimpleNamespace): pass
print(P(x=2), types.SimpleNamespace())
try: types.SimpleNamespace({'a': 1})
except TypeError as e: print(e)
print(types.FunctionType, types.LambdaType, types.BuiltinFunctionType, types.MethodType, types.ModuleType, types.GeneratorType, types.NoneType)
print(isinstance(lambda: 1, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType), isinstance((x for x in []), types.GeneratorType))
