/**
 * Facts about the files a user names (what kind of file a path is), shared by every place that
 * opens one. Never opens or reads a file itself.
 */
package dev.adjoint.files;
