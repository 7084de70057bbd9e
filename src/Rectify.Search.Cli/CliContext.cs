namespace Rectify.Search.Cli;

/// <summary>Where commands write, and whether a person is watching.</summary>
public sealed record CliContext(TextWriter Output, TextWriter Error, bool Interactive)
{
    /// <summary>The figures evaluations and benchmarks report, kept as run records when --record names a folder.</summary>
    public Records.FigureRecorder Figures { get; } = new();
}
