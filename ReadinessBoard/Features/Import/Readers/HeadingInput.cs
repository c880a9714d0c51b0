using Markdig.Syntax;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>A heading as the heading readers see it: its text, its level, and the blocks after it.</summary>
internal sealed class HeadingInput(HeadingBlock heading, string text, ContainerBlock container, int index)
{
    public HeadingBlock Block { get; } = heading;

    /// <summary>The plain text of the heading.</summary>
    public string Text { get; } = text;

    public int Level => Block.Level;

    /// <summary>The line number in the document (1-based).</summary>
    public int Line => Block.Line + 1;

    /// <summary>The blocks the heading stands among, and its index there: what is below it.</summary>
    public ContainerBlock Container { get; } = container;

    public int Index { get; } = index;

    /// <summary>The section the heading opened (set before the section heading readers are asked).</summary>
    public int Section { get; set; } = -1;

    /// <summary>The priority the heading gives everything under it ("### Critical Issues"), if any.</summary>
    public string? Priority { get; set; }
}

/// <summary>
/// A reader of one kind of heading. The scan asks the readers of headings that are items
/// (<see cref="DocumentReaders.ItemHeadings"/>) first; a heading none claims is a section, and the readers of
/// section headings (<see cref="DocumentReaders.SectionHeadings"/>) may make it more: a phase of the plan, a check.
/// </summary>
internal interface IHeadingReader
{
    /// <summary>True when the heading is this reader's.</summary>
    bool TryRead(HeadingInput heading, DocumentScan scan);
}

/// <summary>
/// A reader of one kind of paragraph (a task heading's details, a bold label of a phase or priority list, a
/// phase's goal, an inline priority list). The scan offers each paragraph to the readers in turn
/// (<see cref="DocumentReaders.Paragraphs"/>); the first that claims it reads it.
/// </summary>
internal interface IParagraphReader
{
    /// <summary>True when the paragraph is this reader's.</summary>
    bool TryRead(ParagraphBlock paragraph, DocumentScan scan);
}
