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

    [Fact]
    public void Next_GivesTheKeysOfCountingFromTwo_ForAnyMixOfRepeatsAndTitlesEndingInCounters()
    {
        // Titles that collide with each other's counted keys ("Backup" three times, "Backup 2", "Backup 2 2"…).
        string[] titles = ["Backup", "Backup 2", "Backup 3", "Backup 2 2", "Backup 2 3", "Restore", "Restore 2"];
        var random = new Random(20261202);
        for (var round = 0; round < 200; round++)
        {
            var keys = new ItemKeys();
            var reference = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < 60; i++)
            {
                var title = titles[random.Next(titles.Length)];

                Assert.Equal(CountingFromTwo(reference, ItemKeys.Slugify(title)), keys.Next(null, title));
            }
        }

        // The rule as it was first written: try 2, 3, … until the key is free.
        static string CountingFromTwo(HashSet<string> issued, string slug)
        {
            var key = slug;
            for (var count = 2; !issued.Add(key); count++)
            {
                key = $"{slug}-{count}";
            }

            return key;
        }
    }
}
