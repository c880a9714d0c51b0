using ReadinessBoard.Features.Import;

namespace ReadinessBoard.Tests.Features.Import;

public class ItemKeysTests
{
    [Theory]
    [InlineData("Enable TLS for NATS", "enable-tls-for-nats")]
    [InlineData("  Rate-limiting: 100 req/min!  ", "rate-limiting-100-req-min")]
    [InlineData("Café résumé", "cafe-resume")]
    [InlineData("✅ 🔒", "")]
    public void Slugify_KeepsLettersAndDigits(string text, string expected) =>
        Assert.Equal(expected, ItemKeys.Slugify(text));

    [Fact]
    public void Next_NumbersRepeatsAndBoundsTheLength()
    {
        var keys = new ItemKeys();

        Assert.Equal("security-tls", keys.Next("Security", "TLS"));
        Assert.Equal("security-tls-2", keys.Next("Security", "TLS"));
        Assert.Equal("item", keys.Next(null, "🔒"));
        Assert.True(keys.Next(null, new string('x', 1000)).Length <= ItemKeys.MaxLength);
    }
}
