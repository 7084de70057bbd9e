using System.Globalization;

namespace Rectify.Search.Core.Reporting;

/// <summary>
/// Reads relevance judgment files in the formats of the project's evaluation sets: problems as
/// <c>query&lt;TAB&gt;doc:label=grade …</c>, measures as <c>query&lt;TAB&gt;snippet=grade | snippet=grade …</c>.
/// Lines starting with # are comments; a line the reader cannot read fails naming the file and line.
/// </summary>
public static class RelevanceJudgments
{
    public static IReadOnlyList<JudgedQuery> Read(IEnumerable<string> lines, string fileName, JudgedUnit unit)
    {
        var result = new List<JudgedQuery>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            if (raw.Trim().Length == 0 || raw.TrimStart().StartsWith('#'))
                continue;
            var tab = raw.IndexOf('\t');
            if (tab <= 0)
                throw new FormatException($"{fileName} line {number}: expected a query, a tab and its judgments");
            var query = raw[..tab].Trim();
            var items = unit == JudgedUnit.Problem
                ? raw[(tab + 1)..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
                : raw[(tab + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var judgments = new List<Judgment>();
            foreach (var item in items)
            {
                var eq = item.LastIndexOf('=');
                if (eq <= 0 || !int.TryParse(item[(eq + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var grade) || grade is < 0 or > 3)
                    throw new FormatException($"{fileName} line {number}: \"{item}\" is not key=grade with a grade 0–3");
                var key = item[..eq].Trim();
                if (unit == JudgedUnit.Problem && !key.Contains(':'))
                    throw new FormatException($"{fileName} line {number}: \"{key}\" is not doc:label");
                judgments.Add(new Judgment(unit == JudgedUnit.Measure ? Compact(key) : key, grade));
            }
            if (judgments.Count == 0)
                throw new FormatException($"{fileName} line {number}: the query has no judgments");
            result.Add(new JudgedQuery(query, judgments, number));
        }
        return result;
    }

    /// <summary>Text without white space, as measure snippets are matched.</summary>
    public static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
