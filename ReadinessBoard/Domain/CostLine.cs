namespace ReadinessBoard.Domain;

public enum CostPeriod
{
    None,
    Month,
    OneTime,
    Unit,
}

/// <summary>A row of a cost table.</summary>
public class CostLine
{
    public int Id { get; set; }
    public int BoardId { get; set; }
    /// <summary>The heading of the table the row came from.</summary>
    public string TableName { get; set; } = "";
    public required string Name { get; set; }
    /// <summary>Total rows are shown but never added into a rollup again.</summary>
    public bool IsTotal { get; set; }
    public int SourceLine { get; set; }
    public int Position { get; set; }
    public List<CostAmount> Amounts { get; set; } = [];
}

/// <summary>One money cell of a cost row, as a range.</summary>
public class CostAmount
{
    public int Id { get; set; }
    public int CostLineId { get; set; }
    public required string Column { get; set; }
    public double Min { get; set; }
    public double Max { get; set; }
    public CostPeriod Period { get; set; }
}
