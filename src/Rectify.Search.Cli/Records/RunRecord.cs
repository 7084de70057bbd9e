using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rectify.Search.Cli.Records;

/// <summary>One figure of a run: its name, value and unit, the peer's value when there is one, and whether it heads the README.</summary>
public sealed record Figure(string Name, double Value, string Unit = "", double? Peer = null, string? PeerName = null, bool Headline = false);

/// <summary>
/// What one evaluation or benchmark measured, kept as a file (docs/records/{set}.json): the set it measured, the exact
/// command, the commit, the machine and the date, and its figures. The README's and docs/figures.md's figures are
/// rendered from these (rectify report), never copied by hand.
/// </summary>
public sealed record RunRecord(string Set, string Title, string Command, string Commit, string Machine, string Date, IReadOnlyList<Figure> Figures)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static RunRecord Read(string path) =>
        JsonSerializer.Deserialize<RunRecord>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path} holds no run record");

    public void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, Set + ".json"), JsonSerializer.Serialize(this, Json) + "\n");
    }
}

/// <summary>The figures commands report during one run of <c>rectify</c>, by set; written as records when --record asks.</summary>
public sealed class FigureRecorder
{
    private readonly Dictionary<string, (string Title, List<Figure> Figures)> _sets = new(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="figures"/> to the set <paramref name="set"/> (a file name: search-paraphrase), titled for people.</summary>
    public void Add(string set, string title, params Figure[] figures)
    {
        if (!_sets.TryGetValue(set, out var entry))
            _sets[set] = entry = (title, []);
        entry.Figures.AddRange(figures);
    }

    public bool Any => _sets.Count > 0;

    /// <summary>The sets as records of this run of <paramref name="args"/>.</summary>
    public IReadOnlyList<RunRecord> Records(string[] args)
    {
        var command = "rectify " + string.Join(" ", args.Where((a, i) => a != "--record" && (i == 0 || args[i - 1] != "--record")).Select(Quote));
        var date = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return _sets.Select(s => new RunRecord(s.Key, s.Value.Title, command, Commit(), Machine(), date, s.Value.Figures)).ToList();
    }

    private static string Quote(string a) => a.Any(char.IsWhiteSpace) ? $"\"{a}\"" : a;

    /// <summary>The commit the program was run from (and "+changes" when the tree differs from it); "unknown" outside a git checkout.</summary>
    private static string Commit()
    {
        var head = Git("rev-parse --short=12 HEAD");
        if (head is null)
            return "unknown";
        // Only what makes the figures counts: the code, its data and the tests' data; not the records and documents written from them.
        return Git("status --porcelain --untracked-files=no -- src tests seeds Directory.Packages.props") is { Length: > 0 } ? head + "+changes" : head;
    }

    private static string? Git(string arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var git = Process.Start(start)!;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>2 cores, 24 GiB, Linux (x64): the machine as the figures depend on it.</summary>
    private static string Machine() =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024):0} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription.Split(' ')[0]} ({System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}), .NET {Environment.Version.ToString(2)}");
}
