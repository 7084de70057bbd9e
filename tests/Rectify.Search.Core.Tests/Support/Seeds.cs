using System.Collections.Concurrent;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Tests.Support;

/// <summary>The seed plans and test fixtures, parsed once per test run.</summary>
internal static class Seeds
{
    public const string Xingguo = "000_fd899eb3d1702b98";
    public const string Baojing = "001_5cb408abd5d47804";
    public const string Suixian = "002_57f2b054bec5bb15";
    public const string Jiangxi = "003_89c821903e6b9e73";
    public const string Jincheng = "004_5daf789ba15e6675";

    private static readonly ConcurrentDictionary<string, PlanDocument> Parsed = new();

    public static string PathOf(string documentId) => RepoFiles.Seed(documentId);

    public static string FixturePath(string name) => Path.Combine(RepoFiles.Root, "tests", "Rectify.Search.Core.Tests", "Fixtures", name);

    public static PlanDocument Plan(string documentId) => Parsed.GetOrAdd(documentId, id => PlanFiles.Read(PathOf(id)));

    public static PlanDocument Fixture(string name) => Parsed.GetOrAdd("fixture:" + name, _ => PlanFiles.Read(FixturePath(name)));

    /// <summary>A text written in a test, parsed as the plan file <paramref name="id"/>.txt (not cached).</summary>
    public static PlanDocument ParseText(string text, string id = "t") => Core.Parsing.PlanParser.Parse(text, id, id + ".txt", "h", "utf-8");

    public static Problem Problem(string documentId, string label) => Plan(documentId).Problems.Single(p => p.Label == label);
}
