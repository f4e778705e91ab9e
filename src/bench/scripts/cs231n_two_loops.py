# CS231n assignment 1's k-NN distances, compute_distances_two_loops as the students write it: a
# NUM_TEST x NUM_TRAIN matrix filled one entry at a time. Runs unchanged in CPython with NumPy
# (scripts/bench-element-writes runs it in both): python3 cs231n_two_loops.py NUM_TEST NUM_TRAIN
import sys
import numpy as np


def compute_distances_two_loops(X, X_train):
    num_test = X.shape[0]
    num_train = X_train.shape[0]
    dists = np.zeros((num_test, num_train))
    for i in range(num_test):
        for j in range(num_train):
            dists[i, j] = np.sqrt(np.sum((X[i] - X_train[j]) ** 2))
    return dists


num_test, num_train = int(sys.argv[1]), int(sys.argv[2])
np.random.seed(0)
X = np.random.randn(num_test, 16)
X_train = np.random.randn(num_train, 16)
d = compute_distances_two_loops(X, X_train)
print(d.shape, round(float(d.sum()), 6))
