using ReadinessBoard.Features.Import;
using ReadinessBoard.Features.Import.Readers;

namespace ReadinessBoard.Tests.Features.Import;

/// <summary>
/// The readers of the document's shapes are separate units, registered in one list: a reader that is
/// written but not registered reads nothing, and a reader that keeps state must not carry it from one
/// document to the next.
/// </summary>
public class DocumentReadersTests
{
    private static readonly Type[] s_readerInterfaces =
        [typeof(ITableReader), typeof(IListKindReader), typeof(IListLineReader), typeof(IHeadingReader), typeof(IParagraphReader)];

    private static IEnumerable<object> Registered(DocumentReaders readers) =>
        readers.Tables.Cast<object>().Concat(readers.ListKinds).Concat(readers.ListLines)
            .Concat(readers.ItemHeadings).Concat(readers.SectionHeadings).Concat(readers.Paragraphs);

    [Fact]
    public void EveryReaderOfTheImporter_IsRegistered_ForEachKindOfBlockItReads()
    {
        var readers = DocumentReaders.Create();
        var registered = Registered(readers).ToList();
        var readerTypes = typeof(DocumentReaders).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && s_readerInterfaces.Any(i => i.IsAssignableFrom(t)))
            .ToList();

        Assert.NotEmpty(readerTypes);
        foreach (var type in readerTypes)
        {
            foreach (var kind in s_readerInterfaces.Where(i => i.IsAssignableFrom(type)))
            {
                Assert.True(registered.Any(r => r.GetType() == type && kind.IsInstanceOfType(r) && InListOf(readers, kind, r)),
                    $"{type.Name} reads {kind.Name} blocks but is not in DocumentReaders' list of them");
            }
        }
    }

    [Fact]
    public void EachScan_GetsReadersOfItsOwn()
    {
        var first = DocumentReaders.Create();
        var second = DocumentReaders.Create();

        // The action line reader remembers the last action, the heading check reader the open heading.
        Assert.NotSame(first.ListLines.OfType<ActionLineReader>().Single(), second.ListLines.OfType<ActionLineReader>().Single());
        Assert.NotSame(first.HeadingChecks, second.HeadingChecks);
        Assert.NotSame(first.BoldBullets, second.BoldBullets);
        Assert.Same(first.BoldBullets, first.ListLines.OfType<BoldBulletReader>().Single());
        Assert.Same(first.HeadingChecks, first.SectionHeadings.OfType<HeadingCheckReader>().Single());
    }

    [Fact]
    public void TwoDocumentsParsedOneAfterTheOther_DoNotShareWhatTheReadersRemember()
    {
        var importer = new MarkdownImporter();
        // The first document ends inside an action list; the second starts with a line nested under nothing.
        importer.Parse("# A\n\n## Next steps\n\n1. Rotate the keys\n");
        var second = importer.Parse("# B\n\n## Next steps\n\n- Rotate the keys\n  - the old ones too\n");

        var item = Assert.Single(second.Items);
        Assert.Equal("the old ones too", item.Details);
    }

    private static bool InListOf(DocumentReaders readers, Type kind, object reader) =>
        (kind == typeof(ITableReader) ? readers.Tables.Cast<object>()
            : kind == typeof(IListKindReader) ? readers.ListKinds
            : kind == typeof(IListLineReader) ? readers.ListLines
            : kind == typeof(IHeadingReader) ? readers.ItemHeadings.Concat(readers.SectionHeadings)
            : readers.Paragraphs).Contains(reader);
}
