using Microsoft.Playwright;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Browser;

/// <summary>A browser test: the real app in a process of its own, on a data folder of its own, and the shared Chromium.</summary>
public abstract class AppTest(BrowserFixture browser) : IAsyncLifetime
{
    private readonly TempDirectory _data = new();

    protected IBrowser Browser => browser.Browser;

    protected AppProcess App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await AppProcess.StartAsync(_data.Path);

    /// <summary>Kills the app outright and starts it again on the same data.</summary>
    protected async Task RestartAppAsync()
    {
        await App.DisposeAsync();
        App = await AppProcess.StartAsync(_data.Path);
    }

    /// <summary>
    /// Kills the app outright, runs <paramref name="whileStopped"/>, and starts it again on the same
    /// address and data, so that open pages can find it again.
    /// </summary>
    protected async Task RestartAppOnTheSameAddressAsync(Func<Task> whileStopped)
    {
        var url = App.BaseUrl;
        await App.DisposeAsync();
        await whileStopped();
        App = await AppProcess.StartAsync(_data.Path, url: url);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        _data.Dispose();
    }
}
