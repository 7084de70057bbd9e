using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Drafting;

/// <summary>A problem of an inspection's feedback: its number as printed and its text.</summary>
public sealed record FeedbackProblem(string Label, string Text);

/// <summary>
/// Finds the problems of an inspection's feedback (督察反馈意见, 交办问题清单) in a document the plan reader has read.
/// A feedback has problems and no measures, so its list is found in the first of these shapes that holds one:
/// the problems the plan parser found (a 问题 table, a list with fields); the numbered sections of the text
/// (一、 （一） 1.: the innermost numbered ones, a heading of sections being a category); the 一是…二是… of prose;
/// and failing those, one problem per paragraph of a pasted list.
/// </summary>
public static partial class FeedbackProblems
{
    /// <summary>The feedback's problems, in order; empty when the document holds no text.</summary>
    public static IReadOnlyList<FeedbackProblem> Of(PlanDocument document)
    {
        if (document.Problems.Count > 0)
            return document.Problems.Select(p => new FeedbackProblem(p.Label, p.Text)).ToList();
        var numbered = Leaves(document.Sections).Where(s => s.Ordinal.Length > 0).Select(s => new FeedbackProblem(Label(s.Ordinal), Join(s.Heading, s.Text))).ToList();
        if (numbered.Count > 0)
            return numbered;
        var body = string.Join("\n", Flatten(document.Sections).Select(s => Join(s.Heading, s.Text)));
        var enumerated = Enumerated(body);
        if (enumerated.Count > 0)
            return enumerated;
        var paragraphs = body.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length >= MinimumProblemLength).ToList();
        // A single paragraph is one problem; the first of several is a title or a preamble when it ends without a full stop.
        if (paragraphs.Count > 1 && !EndsSentence(paragraphs[0]))
            paragraphs.RemoveAt(0);
        return paragraphs.Select((p, i) => new FeedbackProblem((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), p)).ToList();
    }

    /// <summary>A paragraph shorter than this (a signature, a date) is not a problem.</summary>
    private const int MinimumProblemLength = 8;

    /// <summary>一是…二是…三是… in prose: each item from its marker to the next, the text before the first left out (a preamble).</summary>
    public static IReadOnlyList<FeedbackProblem> Enumerated(string text)
    {
        var markers = EnumerationMarker().Matches(text).ToList();
        // Only a run that counts up from 一 is an enumeration (a lone 一是 is a word).
        var run = new List<Match>();
        foreach (var m in markers)
        {
            if (Numerals.IndexOf(m.Groups[1].Value, StringComparison.Ordinal) is var n && n == run.Count)
                run.Add(m);
        }
        if (run.Count < 2)
            return [];
        return run.Select((m, i) =>
        {
            var end = i + 1 < run.Count ? run[i + 1].Index : NextBreak(text, m.Index);
            var item = text[(m.Index + m.Length)..end].Trim().TrimEnd('；', ';', '，');
            return new FeedbackProblem(m.Groups[1].Value, item);
        }).Where(p => p.Text.Length > 0).ToList();
    }

    private const string Numerals = "一二三四五六七八九十";

    private static int NextBreak(string text, int from)
    {
        var newline = text.IndexOf('\n', from);
        return newline < 0 ? text.Length : newline;
    }

    private static bool EndsSentence(string paragraph) => paragraph[^1] is '。' or '；' or '.' or ';' or '！' or '？';

    private static IEnumerable<Section> Leaves(IEnumerable<Section> sections) =>
        sections.SelectMany(s => s.Children.Count == 0 ? [s] : Leaves(s.Children));

    private static IEnumerable<Section> Flatten(IEnumerable<Section> sections) =>
        sections.SelectMany(s => s.Children.Count == 0 ? [s] : Flatten(s.Children).Prepend(s));

    /// <summary>The number without its brackets and marks: （二） → 二, 3. → 3.</summary>
    private static string Label(string ordinal) => ordinal.Trim('（', '）', '(', ')', '、', '.', '．', ' ');

    private static string Join(string heading, string text)
    {
        heading = heading.Trim();
        text = text.Trim();
        if (heading.Length == 0)
            return text;
        if (text.Length == 0)
            return Sentence(heading);
        if (text.StartsWith(heading, StringComparison.Ordinal))
            return text;
        return EndsSentence(heading) || heading.EndsWith('：') ? heading + text : heading + "。" + text;
    }

    /// <summary>
    /// A heading that is a whole problem, its full stop given back (the section reader takes the first sentence as the
    /// heading and leaves the 。 out): a sentence (with a comma, or long) ends with one; a short title stays as it is.
    /// </summary>
    private static string Sentence(string heading) =>
        EndsSentence(heading) || !(heading.Contains('，') || heading.Length >= 12) ? heading : heading + "。";

    [GeneratedRegex("([一二三四五六七八九十])是")]
    private static partial Regex EnumerationMarker();
}
