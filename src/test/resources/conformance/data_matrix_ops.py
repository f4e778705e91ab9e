A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
def matmul(X, Y):
    return [[sum(X[i][k] * Y[k][j] for k in range(len(Y))) for j in range(len(Y[0]))] for i in range(len(X))]
def transpose(X):
    return [list(r) for r in zip(*X)]
print(matmul(A, B), transpose(A), [[a + b for a, b in zip(r, s)] for r, s in zip(A, B)])
I = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(I)
