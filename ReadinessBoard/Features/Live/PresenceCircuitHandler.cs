using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ReadinessBoard.Features.Live;

/// <summary>
/// Keeps presence true to the circuit: hidden while its connection is down, gone when it closes,
/// and a reload for its live components when the connection comes back.
/// </summary>
public sealed class PresenceCircuitHandler(BoardViewer viewer, PresenceTracker presence) : CircuitHandler
{
    private bool _wasDown;

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        _wasDown = true;
        presence.SetConnected(viewer, false);
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        presence.SetConnected(viewer, true);
        if (!_wasDown)
        {
            return Task.CompletedTask;
        }

        _wasDown = false;
        return viewer.RaiseReconnectedAsync();
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        presence.Leave(viewer);
        return Task.CompletedTask;
    }
}
