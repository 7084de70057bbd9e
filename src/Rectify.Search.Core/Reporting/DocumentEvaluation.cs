using System.Globalization;
using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Reporting;

/// <summary>Reads expectation files (the columns of <c>layouts/expect.tsv</c>) and scores parsed documents against them.</summary>
public static partial class DocumentEvaluation
{
    [GeneratedRegex(@"^\d{4}-\d{2}(-\d{2})?$")]
    private static partial Regex IssueDate();

    /// <summary>
    /// Reads lines <c>file&lt;TAB&gt;region code (or ? for unknown)&lt;TAB&gt;year (or ? for unknown)&lt;TAB&gt;problems</c>, optionally
    /// followed by <c>&lt;TAB&gt;date of issue (yyyy-MM-dd, yyyy-MM or ?)&lt;TAB&gt;copy of (a file, or - for none)</c>;
    /// # lines are comments. Errors name the line.
    /// </summary>
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
            if (code != DocumentExpectation.Unknown && (code.Length is not (2 or 4 or 6) || !code.All(char.IsAsciiDigit)))
                throw new FormatException($"{fileName} line {number}: region code \"{code}\" is not a GB/T 2260 code, nor ? (unknown)");
            int? year = null;
            if (cells[2].Trim() != "?")
            {
                if (!int.TryParse(cells[2].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y))
                    throw new FormatException($"{fileName} line {number}: year \"{cells[2].Trim()}\" is not a number, nor ? (unknown)");
                year = y;
            }
            if (!int.TryParse(cells[3].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var problems))
                throw new FormatException($"{fileName} line {number}: problem count \"{cells[3].Trim()}\" is not a number");
            string? date = null, copyOf = null;
            if (cells.Length > 4 && cells[4].Trim() is var d and not "")
            {
                if (d != DocumentExpectation.Unknown && !IssueDate().IsMatch(d))
                    throw new FormatException($"{fileName} line {number}: date of issue \"{d}\" is not yyyy-MM-dd, yyyy-MM, nor ? (unknown)");
                date = d;
            }
            if (cells.Length > 5 && cells[5].Trim() is var c and not "")
                copyOf = c == "-" ? "" : c;
            result.Add(new DocumentExpectation(cells[0].Trim(), code == DocumentExpectation.Unknown ? null : code.PadRight(6, '0'), year, problems, number) { Date = date, CopyOf = copyOf });
        }
        return result;
    }

    /// <summary>The outcome of a document that was read (its copy, if any, found by <see cref="WithCopies"/>).</summary>
    public static DocumentOutcome Of(DocumentExpectation expected, PlanDocument plan) =>
        new(expected, null, plan.Metadata.Region?.Code, plan.Metadata.Year, plan.Problems.Count) { Date = plan.Metadata.Date };

    /// <summary>
    /// The outcomes with the copies among the documents read, as ingestion finds them: each document, in the
    /// expectation file's order, against the fingerprints of those before it (<see cref="DuplicateFinder"/>).
    /// </summary>
    public static IReadOnlyList<DocumentOutcome> WithCopies(IReadOnlyList<(DocumentOutcome Outcome, PlanDocument? Plan)> read)
    {
        var finder = new DuplicateFinder();
        var result = new List<DocumentOutcome>(read.Count);
        foreach (var (outcome, plan) in read)
        {
            if (plan is null || PlanText.Fingerprint(plan) is not { } fingerprint)
            {
                result.Add(outcome);
                continue;
            }
            result.Add(finder.FindOrAdd(outcome.Expected.File, fingerprint) is { } copy
                ? outcome with { CopyOf = copy.DocumentId, CopySimilarity = copy.Similarity }
                : outcome);
        }
        return result;
    }

    /// <summary>The outcome of a document that could not be read.</summary>
    public static DocumentOutcome Failed(DocumentExpectation expected, string reason) => new(expected, reason, null, null, null);
}
