using System.Text;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Import;

public class DocumentDecoderTests
{
    private static readonly ImportLimits s_limits = ImportLimits.Default;

    [Theory]
    [InlineData("## ‚úÖ Completed", "## ✅ Completed")]
    [InlineData("| üî¥ Off track |", "| 🔴 Off track |")]
    [InlineData("Impact √ó Ease", "Impact × Ease")]
    [InlineData("‚ö†Ô∏è Monitoring", "⚠️ Monitoring")]
    [InlineData("Status: \uF8FFüìã Under Review", "Status: 📋 Under Review")]
    [InlineData("| \uF8FFüî¥ Off track |", "| 🔴 Off track |")]
    [InlineData("## âœ… Done (Windows-1252)", "## ✅ Done (Windows-1252)")]
    public void Decode_RepairsUtf8ReadAsMacRomanOrWindows1252(string garbled, string expected)
    {
        var decoded = DocumentDecoder.Decode(Encoding.UTF8.GetBytes(garbled), s_limits);

        Assert.Equal(expected, decoded.Text);
        Assert.Equal(garbled, decoded.Source);
        Assert.Single(decoded.Warnings);
    }

    [Theory]
    [InlineData("Größe, café, naïve, señor, Ærø, déjà vu, 50 €, “quotes” – dash")]
    [InlineData("✅ 🔴 ⚠️ already right")]
    [InlineData("“École” «Über» –über —Ärger ‚Öl‘ …Ñandú")]
    [InlineData("plain ascii")]
    public void Decode_LeavesGenuineTextAlone(string text)
    {
        var decoded = DocumentDecoder.Decode(Encoding.UTF8.GetBytes(text), s_limits);

        Assert.Equal(text, decoded.Text);
        Assert.Empty(decoded.Warnings);
    }

    [Fact]
    public void Decode_StripsTheByteOrderMark_AndKeepsCrlf()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("# T\r\n- [ ] a\r\n")).ToArray();

        var decoded = DocumentDecoder.Decode(bytes, s_limits);

        Assert.Equal("# T\r\n- [ ] a\r\n", decoded.Source);
    }

    [Fact]
    public void Decode_ReadsUtf16WithAByteOrderMark()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("# Título ✅")).ToArray();

        Assert.Equal("# Título ✅", DocumentDecoder.Decode(bytes, s_limits).Text);
    }

    [Fact]
    public void Decode_RefusesAFileOverTheSizeLimit()
    {
        var error = Assert.Throws<ImportException>(() => DocumentDecoder.Decode(new byte[3 * 1024 * 1024], s_limits));

        Assert.Contains("3 MB", error.Message);
        Assert.Contains("2 MB", error.Message);
    }

    [Fact]
    public void Decode_RefusesBinaryData_NamingTheLine()
    {
        var bytes = Encoding.UTF8.GetBytes("# T\nline two\n").Concat(new byte[] { 0x00, 0x01, 0x02 }).ToArray();

        var error = Assert.Throws<ImportException>(() => DocumentDecoder.Decode(bytes, s_limits));

        Assert.Contains("not text", error.Message);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Decode_RefusesTextThatIsNotUtf8_NamingTheLine()
    {
        var bytes = Encoding.Latin1.GetBytes("# T\nok\ncaf\u00e9 in Latin-1\n");

        var error = Assert.Throws<ImportException>(() => DocumentDecoder.Decode(bytes, s_limits));

        Assert.Contains("not UTF-8", error.Message);
        Assert.Equal(3, error.Line);
    }

    [Theory]
    [InlineData("004_8b219cbebdcce178.txt")]
    [InlineData("003_47d9a064beaccfa0.txt")]
    public void Decode_LeavesNoMojibakeInTheCorpus(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestFiles.CorpusDirectory, name));

        var decoded = DocumentDecoder.Decode(bytes, s_limits);

        Assert.DoesNotContain("‚", decoded.Text);
        Assert.DoesNotContain("√", decoded.Text);
        Assert.DoesNotContain("üî", decoded.Text);
        Assert.DoesNotContain('\uF8FF', decoded.Text);
        Assert.Equal(decoded.Source.Count(c => c == '\n'), decoded.Text.Count(c => c == '\n'));
    }

    [Fact]
    public void Decode_TheMacRomanCorpusDocument_GetsItsEmojiBack()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestFiles.CorpusDirectory, "004_8b219cbebdcce178.txt"));

        var text = DocumentDecoder.Decode(bytes, s_limits).Text;

        Assert.Contains("## ✅ Completed (2026-01-13)", text);
        Assert.Contains("**Status:** 📋 Under Review", text);
        Assert.Contains("Impact × Ease", text);
    }
}
