namespace Rectify.Search.Tests.Shared;

/// <summary>Ids of the seed plans.</summary>
public static class SeedIds
{
    public const string Xingguo = "000_fd899eb3d1702b98";
    public const string Baojing = "001_5cb408abd5d47804";
    public const string Suixian = "002_57f2b054bec5bb15";
    public const string Jiangxi = "003_89c821903e6b9e73";
    public const string Jincheng = "004_5daf789ba15e6675";

    /// <summary>Every seed plan, in order.</summary>
    public static IReadOnlyList<string> All { get; } = [Xingguo, Baojing, Suixian, Jiangxi, Jincheng];

    /// <summary>A query string value, percent-encoded.</summary>
    public static string E(string value) => Uri.EscapeDataString(value);
}
