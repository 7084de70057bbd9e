namespace Rectify.Search.Writing;

/// <summary>
/// A list of results as a drafter pastes it into a document: a title, the criteria it was made with, Chinese column
/// headers and one row per result, the last column its citation (《plan》（region，year）问题 n) so that a row pasted
/// elsewhere still says where it comes from.
/// </summary>
/// <param name="Title">检索结果：两高项目</param>
/// <param name="Criteria">One line per criterion: 检索词：两高项目, 范围：其他省份, 导出：前 1000 条，共 1234 条.</param>
/// <param name="Columns">The headers with their widths in characters.</param>
/// <param name="Rows">The cells, as many per row as there are columns.</param>
public sealed record ResultTable(string Title, IReadOnlyList<string> Criteria, IReadOnlyList<ResultColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>The sheet's and the file's name: the title without the characters a file name or a sheet name ([ ]) cannot hold.</summary>
    public string FileStem => FileNames.Safe(Title.Replace('[', '_').Replace(']', '_'));
}

/// <summary>A column of a <see cref="ResultTable"/>: its header and its width in characters (Excel's unit).</summary>
public sealed record ResultColumn(string Header, double Width);
