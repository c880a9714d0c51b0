// The app's own browser code. Loaded as a file so that the content security policy can forbid inline script.
window.readinessBoard = {
  // The text of a box as UTF-8 bytes, which the server reads as a stream in chunks: a pasted document
  // never has to fit in one message of the live connection.
  textOf: (element) => new TextEncoder().encode(element?.value ?? ''),
};
