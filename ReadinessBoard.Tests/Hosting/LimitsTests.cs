using Microsoft.Extensions.DependencyInjection;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using ReadinessBoard.Hosting;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Hosting;

public class LimitsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public void Circuits_AreFewAndShortLived_WhenDisconnected()
    {
        var circuit = factory.Services.GetRequiredService<IOptions<CircuitOptions>>().Value;

        Assert.Equal(100, circuit.DisconnectedCircuitMaxRetained);
        Assert.Equal(TimeSpan.FromMinutes(3), circuit.DisconnectedCircuitRetentionPeriod);
        Assert.Equal(10, circuit.MaxBufferedUnacknowledgedRenderBatches);
    }

    [Fact]
    public void DataProtectionKeys_AreKeptInTheDataFolder()
    {
        var protector = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

        var secret = protector.Protect("sign-in");

        Assert.Equal("sign-in", protector.Unprotect(secret));
        var keys = Path.Combine(factory.DataDirectory, "keys");
        Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
    }

    [Fact]
    public async Task OneClient_PastItsCircuitLimit_IsRefused_AndAClosedCircuitFreesItsPlace()
    {
        await using var limited = factory.WithWebHostBuilder(b => b.UseSetting("ReadinessBoard:MaxCircuitsPerClient", "1"));
        using var first = await OpenCircuitConnectionAsync(limited);
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => OpenCircuitConnectionAsync(limited));
        Assert.Contains("429", refused.Message);

        first.Abort();
        var limit = limited.Services.GetRequiredService<CircuitLimit>();
        for (var i = 0; i < 100 && limit.OpenFor("ip:unknown") + limit.OpenFor("ip:127.0.0.1") > 0; i++)
        {
            await Task.Delay(50);
        }

        using var again = await OpenCircuitConnectionAsync(limited);
        Assert.Equal(WebSocketState.Open, again.State);
    }

    private static async Task<WebSocket> OpenCircuitConnectionAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app)
    {
        using var http = app.CreateClient();
        using var negotiate = await http.PostAsync("/_blazor/negotiate?negotiateVersion=1", content: null);
        negotiate.EnsureSuccessStatusCode();
        using var json = System.Text.Json.JsonDocument.Parse(await negotiate.Content.ReadAsStringAsync());
        var token = json.RootElement.GetProperty("connectionToken").GetString();
        var socket = app.Server.CreateWebSocketClient();
        return await socket.ConnectAsync(new Uri(app.Server.BaseAddress, $"/_blazor?id={token}").ToWebSocket(), CancellationToken.None);
    }
}

internal static class UriExtensions
{
    public static Uri ToWebSocket(this Uri uri) => new UriBuilder(uri) { Scheme = uri.Scheme == "https" ? "wss" : "ws" }.Uri;
}
