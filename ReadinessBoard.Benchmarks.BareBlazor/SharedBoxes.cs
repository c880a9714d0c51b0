namespace BareBlazor;

/// <summary>The checkboxes every viewer shares; a change is pushed to every page that shows them.</summary>
public sealed class SharedBoxes(int count)
{
    private readonly bool[] _checked = new bool[count];
    private readonly Lock _lock = new();

    public event Func<Task>? Changed;

    public int Count => count;

    public bool IsChecked(int box)
    {
        lock (_lock)
        {
            return _checked[box];
        }
    }

    public async Task SetAsync(int box, bool value)
    {
        lock (_lock)
        {
            _checked[box] = value;
        }

        if (Changed is { } handlers)
        {
            await Task.WhenAll(handlers.GetInvocationList().Cast<Func<Task>>().Select(h => h()));
        }
    }
}
