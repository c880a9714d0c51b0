// The reconnect dialog (Features/Live/ReconnectModal.razor): Blazor sets its classes; this adds
// what Blazor leaves to a custom dialog.
(() => {
    const modal = document.getElementById("components-reconnect-modal");
    if (!modal) {
        return;
    }

    // The server answered but no longer knows this circuit (it restarted): a fresh page shows the
    // current state, where the old one could only show the rejection forever.
    const reloadIfRejected = () => {
        if (modal.classList.contains("components-reconnect-rejected")) {
            location.reload();
        }
    };
    new MutationObserver(reloadIfRejected).observe(modal, { attributes: true, attributeFilter: ["class"] });

    const retry = modal.querySelector("[data-reconnect-retry]");
    retry?.addEventListener("click", async () => {
        retry.disabled = true;
        try {
            // false: the server is back but the circuit is gone.
            if (!(await Blazor.reconnect())) {
                location.reload();
            }
        } catch {
            // Still unreachable: the dialog stays, and so does the button.
        } finally {
            retry.disabled = false;
        }
    });
})();
