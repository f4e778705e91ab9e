/**
 * PyTorch's layouts and functions where they differ from needle's: {@code torch.nn.Linear} (weight
 * of shape (out, in)), {@code torch.nn.functional} and the losses. Built from autograd ops only.
 * Never reaches into the interpreter.
 */
package dev.adjoint.nn.pytorch;
