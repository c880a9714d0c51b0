using ReadinessBoard.Features.Checklist;

namespace ReadinessBoard.Tests.Features.Checklist;

public class ItemEditValidatorTests
{
    private readonly ItemEditValidator _validator = new();

    [Theory]
    [InlineData("https://ci.example.com/runs/42")]
    [InlineData("http://wiki.internal/readiness#backups")]
    [InlineData("  https://example.com/with-spaces-around  ")]
    public void Validate_AcceptsWebLinks(string url) =>
        Assert.True(_validator.Validate(new ItemEdit { EvidenceUrl = url }).IsValid);

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("ftp://files.example.com/report")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/relative/path")]
    [InlineData("example.com/no-scheme")]
    [InlineData("https://")]
    public void Validate_RefusesAnyOtherLink_NamingTheProblem(string url)
    {
        var result = _validator.Validate(new ItemEdit { EvidenceUrl = url });

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(ItemEdit.EvidenceUrl), error.PropertyName);
        Assert.Contains("http:// or https://", error.ErrorMessage);
    }

    [Fact]
    public void Validate_RefusesAnOverlongLink() =>
        Assert.False(_validator.Validate(new ItemEdit { EvidenceUrl = "https://example.com/" + new string('a', 2000) }).IsValid);

    [Fact]
    public void Validate_AcceptsEmptyFields() =>
        Assert.True(_validator.Validate(new ItemEdit { Owner = "", EvidenceUrl = " ", Notes = null }).IsValid);

    [Fact]
    public void Validate_LimitsNotesAndOwner()
    {
        var result = _validator.Validate(new ItemEdit { Owner = new string('o', 201), Notes = new string('n', 4001) });

        Assert.Equal([nameof(ItemEdit.Owner), nameof(ItemEdit.Notes)], result.Errors.Select(e => e.PropertyName));
        Assert.True(_validator.Validate(new ItemEdit { Owner = new string('o', 200), Notes = new string('n', 4000) }).IsValid);
    }

    [Theory]
    [InlineData(4.0, 2.0, "The most hours cannot be fewer than the fewest.")]
    [InlineData(null, 2.0, "Give the fewest hours too, or leave both empty.")]
    [InlineData(-1.0, null, "Give the hours as a number from 0 to 10,000.")]
    [InlineData(1.0, 20000.0, "Give the hours as a number from 0 to 10,000.")]
    public void Validate_ChecksTheEstimate(double? min, double? max, string message)
    {
        var result = _validator.Validate(new ItemEdit { EstimateMinHours = min, EstimateMaxHours = max });

        Assert.Equal(message, Assert.Single(result.Errors).ErrorMessage);
    }

    [Theory]
    [InlineData(2.0, null)]
    [InlineData(2.0, 2.0)]
    [InlineData(0.5, 16.0)]
    public void Validate_AcceptsSensibleEstimates(double? min, double? max) =>
        Assert.True(_validator.Validate(new ItemEdit { EstimateMinHours = min, EstimateMaxHours = max }).IsValid);
}
