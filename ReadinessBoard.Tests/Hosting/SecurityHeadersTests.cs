using Microsoft.Extensions.DependencyInjection;
using System.Net;
using ReadinessBoard.Hosting;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Hosting;

public class SecurityHeadersTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/boards/1")]
    [InlineData("/boards/1/document")]
    [InlineData("/import")]
    [InlineData("/boards/999")]
    [InlineData("/health/live")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/favicon.svg")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Pages_HaveNoInlineScript_SoThePolicyCanForbidIt()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var html = await client.GetStringAsync("/boards/1");

        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var scripts = document.QuerySelectorAll("script");
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), $"inline script: {s.OuterHtml}"));
    }

    [Fact]
    public void ThePolicy_AllowsOnlyTheAppsOwnOrigin()
    {
        var directives = SecurityHeaders.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries);

        Assert.Contains("default-src 'self'", directives);
        Assert.Contains("connect-src 'self'", directives);
        Assert.DoesNotContain(directives, d => d.Contains("unsafe-eval", StringComparison.Ordinal) || d.Contains('*', StringComparison.Ordinal));
        Assert.DoesNotContain(directives, d => d.StartsWith("script-src", StringComparison.Ordinal) && d.Contains("unsafe-inline", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ErrorDetails_AreOff_OutsideDevelopment()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetAsync("/boards/999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var circuit = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Components.Server.CircuitOptions>>().Value;
        Assert.False(circuit.DetailedErrors);
    }
}
