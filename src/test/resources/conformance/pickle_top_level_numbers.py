# Numbers bound at the top level (the lecture's inputs in adjoint) pickle as the Python numbers they are:
# the "Saving and loading a general checkpoint" recipe's dict of epoch, loss and states (tester Y20).
import pickle
import io

epoch = 5
lr = 0.01
loss = lr * 3 + 1
big = 2 ** 70
flag = True
print(pickle.dumps(epoch), pickle.dumps(lr, protocol=2), pickle.dumps(big))
print(pickle.loads(pickle.dumps({'epoch': epoch, 'lr': lr, 'loss': loss, 'big': big, 'flag': flag})))
buf = io.BytesIO()
pickle.dump([epoch, loss], buf)
buf.seek(0)
back = pickle.load(buf)
print(back, type(back[0]).__name__, type(back[1]).__name__)
