namespace Rectify.Search.Core.Parsing;

/// <summary>
/// The column names of a problem list, for readers of formats that lose a table's cells (a sheet printed to PDF without
/// its rules): the same names the parser reads a table's header by (<see cref="TableLayoutReader"/>).
/// </summary>
public static class TableHeaders
{
    /// <summary>Whether <paramref name="cells"/> name a problem list's columns as a header does, and which is its 序号 column (-1 for none).</summary>
    public static (bool Header, int NumberColumn) Of(IReadOnlyList<string> cells) => TableLayoutReader.HeaderOf(cells);
}
