namespace Rectify.Search.Core.Diagnostics;

/// <summary>
/// Counts calls into the readers of text (decoder, plan parser, deadline, target, department and theme readers)
/// made by the current flow of control while a probe is open, so a test can prove that a read path parses nothing.
/// Free when no probe is open: one read of an async-local.
/// </summary>
public static class ParserProbe
{
    private static readonly AsyncLocal<Dictionary<string, int>?> Current = new();

    /// <summary>Opens a probe for this flow; <paramref name="calls"/> fills with reader name → calls until it is disposed.</summary>
    public static IDisposable Open(out IReadOnlyDictionary<string, int> calls)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var previous = Current.Value;
        Current.Value = counts;
        calls = counts;
        return new Closer(() => Current.Value = previous);
    }

    /// <summary>Called by each reader on entry.</summary>
    public static void Note(string reader)
    {
        if (Current.Value is { } counts)
            counts[reader] = counts.GetValueOrDefault(reader) + 1;
    }

    private sealed class Closer(Action close) : IDisposable
    {
        public void Dispose() => close();
    }
}
