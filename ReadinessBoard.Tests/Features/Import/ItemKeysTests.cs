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

    [Fact]
    public void Next_NeverIssuesAKeyTwice_EvenWhenATitleEndsInACounter()
    {
        var keys = new ItemKeys();

        var issued = new[] { "Backup", "Backup", "Backup 2", "Backup 2" }.Select(t => keys.Next("Data", t)).ToList();

        Assert.Equal(["data-backup", "data-backup-2", "data-backup-2-2", "data-backup-2-3"], issued);
    }
}
