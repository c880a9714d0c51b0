// The app's own browser code. Loaded as a file so that the content security policy can forbid inline script.
window.readinessBoard = {
  // The text of a box as UTF-8 bytes, which the server reads as a stream in chunks: a pasted document
  // never has to fit in one message of the live connection.
  textOf: (element) => new TextEncoder().encode(element?.value ?? ''),
};

// A button with data-copy-from="id" copies that field's text (an invitation link) and says so on itself.
document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest('[data-copy-from]') : null;
  const field = button && document.getElementById(button.dataset.copyFrom);
  if (!field) return;
  field.select();
  try {
    await navigator.clipboard.writeText(field.value);
    button.textContent = 'Copied';
  } catch {
    // Without clipboard access (an insecure origin), the text stays selected for the person to copy.
    button.textContent = 'Selected: copy it';
  }
});
