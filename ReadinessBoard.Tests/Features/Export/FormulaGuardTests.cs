using ReadinessBoard.Features.Export;

namespace ReadinessBoard.Tests.Features.Export;

public class FormulaGuardTests
{
    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tx")]
    [InlineData("\rx")]
    public void FormulaLikeText_GetsAnApostropheInCsv(string text)
    {
        Assert.True(FormulaGuard.LooksLikeFormula(text));
        Assert.Equal("'" + text, FormulaGuard.ForCsv(text));
    }

    [Theory]
    [InlineData("Rotate the keys")]
    [InlineData(" =not first")]
    [InlineData("")]
    public void OrdinaryText_IsLeftAlone(string text)
    {
        Assert.False(FormulaGuard.LooksLikeFormula(text));
        Assert.Equal(text, FormulaGuard.ForCsv(text));
        Assert.Equal(text, FormulaGuard.ForXlsx(text));
    }

    [Fact]
    public void XlsxText_EscapesWhatXmlCannotCarry_AndStopsAtExcelsLimit()
    {
        Assert.Equal("a_x0000_b_x001F_c\td", FormulaGuard.ForXlsx("a\u0000b\u001Fc\td"));
        Assert.Equal("_x005F_x00AB_", FormulaGuard.ForXlsx("_x00AB_"));
        Assert.Equal("a\uFFFDb", FormulaGuard.ForXlsx("a\uDC00b"));
        var emoji = new string('x', FormulaGuard.MaxCellLength - 1) + "🚀";
        Assert.Equal(new string('x', FormulaGuard.MaxCellLength - 1), FormulaGuard.ForXlsx(emoji));
        Assert.Equal(FormulaGuard.MaxCellLength, FormulaGuard.ForXlsx(new string('y', 40_000)).Length);
    }
}
