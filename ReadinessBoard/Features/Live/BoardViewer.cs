namespace ReadinessBoard.Features.Live;

/// <summary>
/// The person behind one circuit, as others see them in the presence list: their account's name, or
/// a numbered guest before it is known; scoped, so a circuit has one viewer whatever it shows.
/// </summary>
public sealed class BoardViewer(Func<int> nextNumber)
{
    // Numbered on first use, so a prerendered request that never becomes a circuit takes no number.
    private readonly Lazy<int> _number = new(nextNumber);

    public int Number => _number.Value;

    private string? _name;

    public string Name
    {
        get => _name ?? $"Guest {Number}";
        set => _name = value;
    }

    /// <summary>False while the browser's connection is down and Blazor is trying to reconnect.</summary>
    public bool IsConnected { get; internal set; } = true;

    /// <summary>Raised when the connection is back after it went down.</summary>
    public event Func<Task>? Reconnected;

    internal async Task RaiseReconnectedAsync()
    {
        if (Reconnected is { } handlers)
        {
            foreach (var handler in handlers.GetInvocationList().Cast<Func<Task>>())
            {
                await handler();
            }
        }
    }
}

/// <summary>Someone viewing a board, as the presence list shows them.</summary>
public sealed record PresentViewer(int Number, string Name);
