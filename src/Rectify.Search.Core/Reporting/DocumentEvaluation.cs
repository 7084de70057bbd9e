using System.Globalization;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Reporting;

/// <summary>Reads expectation files (the columns of <c>layouts/expect.tsv</c>) and scores parsed documents against them.</summary>
public static class DocumentEvaluation
{
    /// <summary>Reads lines <c>file&lt;TAB&gt;region code&lt;TAB&gt;year (or ? for unknown)&lt;TAB&gt;problems</c>; # lines are comments. Errors name the line.</summary>
    public static IReadOnlyList<DocumentExpectation> ReadExpectations(IEnumerable<string> lines, string fileName)
    {
        var result = new List<DocumentExpectation>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var cells = line.Split('\t');
            if (cells.Length < 4)
                throw new FormatException($"{fileName} line {number}: expected 4 tab-separated columns (file, region code, year, problems), found {cells.Length}");
            var code = cells[1].Trim();
            if (code.Length is not (2 or 4 or 6) || !code.All(char.IsAsciiDigit))
                throw new FormatException($"{fileName} line {number}: region code \"{code}\" is not a GB/T 2260 code");
            int? year = null;
            if (cells[2].Trim() != "?")
            {
                if (!int.TryParse(cells[2].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y))
                    throw new FormatException($"{fileName} line {number}: year \"{cells[2].Trim()}\" is not a number, nor ? (unknown)");
                year = y;
            }
            if (!int.TryParse(cells[3].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var problems))
                throw new FormatException($"{fileName} line {number}: problem count \"{cells[3].Trim()}\" is not a number");
            result.Add(new DocumentExpectation(cells[0].Trim(), code.PadRight(6, '0'), year, problems, number));
        }
        return result;
    }

    /// <summary>The outcome of a document that was read.</summary>
    public static DocumentOutcome Of(DocumentExpectation expected, PlanDocument plan) =>
        new(expected, null, plan.Metadata.Region?.Code, plan.Metadata.Year, plan.Problems.Count);

    /// <summary>The outcome of a document that could not be read.</summary>
    public static DocumentOutcome Failed(DocumentExpectation expected, string reason) => new(expected, reason, null, null, null);
}
