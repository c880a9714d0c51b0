using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import;

/// <summary>What a markdown document becomes, before anything is written.</summary>
public sealed record ParseResult(
    string Title,
    IReadOnlyList<ParsedSection> Sections,
    IReadOnlyList<ParsedItem> Items,
    IReadOnlyList<ImportWarning> Warnings);

/// <summary>A heading; <see cref="ParentIndex"/> points into the same list.</summary>
public sealed record ParsedSection(int Index, int? ParentIndex, string Title, int Level, int Line)
{
    public const string PathSeparator = " > ";
}

public sealed record ParsedItem(
    string Key,
    string Title,
    int? SectionIndex,
    ItemStatus Status,
    string? StatusReason,
    int Depth,
    int Line);

/// <summary>Something the importer noticed and could not take as it is; <see cref="Line"/> is 1-based.</summary>
public sealed record ImportWarning(int Line, string Message);
