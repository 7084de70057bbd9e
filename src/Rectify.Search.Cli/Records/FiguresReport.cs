using System.Globalization;
using System.Text;

namespace Rectify.Search.Cli.Records;

/// <summary>
/// The figures as people read them, rendered from run records only: docs/figures.md (every figure of every record, with
/// its command, commit, machine and date) and the README's headline table (one line per set, rectify beside its peer),
/// spliced between <see cref="Begin"/> and <see cref="End"/>.
/// </summary>
public static class FiguresReport
{
    public const string Begin = "<!-- figures:begin (rendered by rectify report from docs/records; do not edit) -->";
    public const string End = "<!-- figures:end -->";

    /// <summary>Every record in <paramref name="directory"/>, by set name.</summary>
    public static IReadOnlyList<RunRecord> Load(string directory) =>
        Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).Select(RunRecord.Read).OrderBy(r => r.Set, StringComparer.Ordinal).ToList();

    /// <summary>The README's table: one line per set, its headline figures beside its peer's, and when and where measured.</summary>
    public static string Headlines(IReadOnlyList<RunRecord> records)
    {
        var sb = new StringBuilder();
        sb.Append("| set | rectify | peer | measured |\n|---|---|---|---|\n");
        foreach (var r in records)
        {
            var headlines = r.Figures.Where(f => f.Headline).ToList();
            if (headlines.Count == 0)
                continue;
            var ours = string.Join("; ", headlines.Select(f => $"{f.Name} **{Value(f.Value, f.Unit)}**"));
            var peers = headlines.Where(f => f.Peer is not null).Select(f => $"{Value(f.Peer!.Value, f.Unit)} ({f.PeerName})").ToList();
            sb.Append(CultureInfo.InvariantCulture, $"| {r.Title} | {ours} | {(peers.Count == 0 ? "—" : string.Join("; ", peers))} | {r.Date}, [{r.Set}](docs/figures.md#{r.Set}) |\n");
        }
        return sb.ToString();
    }

    /// <summary>docs/figures.md: every record in full.</summary>
    public static string Document(IReadOnlyList<RunRecord> records)
    {
        var sb = new StringBuilder();
        sb.Append("# Figures\n\nRendered by `rectify report` from the run records in [records/](records/); each record is written by the\n");
        sb.Append("command shown (`--record docs/records`), on the machine named. Do not edit: run the command again.\n");
        foreach (var r in records)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n<a id=\"{r.Set}\"></a>\n## {r.Title}\n\n`{r.Command}`  \ncommit {r.Commit} · {r.Machine} · {r.Date}\n\n");
            sb.Append("| figure | rectify | peer |\n|---|---|---|\n");
            foreach (var f in r.Figures)
                sb.Append(CultureInfo.InvariantCulture, $"| {f.Name} | {Value(f.Value, f.Unit)} | {(f.Peer is { } p ? $"{Value(p, f.Unit)} ({f.PeerName})" : "—")} |\n");
        }
        return sb.ToString();
    }

    /// <summary><paramref name="text"/> with the lines between the markers replaced by <paramref name="block"/>; null when it has no markers.</summary>
    public static string? Splice(string text, string block)
    {
        var begin = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
            return null;
        return text[..(begin + Begin.Length)] + "\n" + block + text[end..];
    }

    /// <summary>A value in its unit: ratios to three places, milliseconds to one, seconds whole, multiples to two.</summary>
    public static string Value(double value, string unit) => unit switch
    {
        "" => value.ToString("0.000", CultureInfo.InvariantCulture),
        "ms" => value.ToString("0.0", CultureInfo.InvariantCulture) + " ms",
        "s" => value.ToString("0", CultureInfo.InvariantCulture) + " s",
        "×" => value.ToString("0.00", CultureInfo.InvariantCulture) + "×",
        "%" => value.ToString("0.0", CultureInfo.InvariantCulture) + " %",
        _ => value.ToString(value == Math.Floor(value) ? "#,0" : "#,0.0", CultureInfo.InvariantCulture) + " " + unit,
    };
}
