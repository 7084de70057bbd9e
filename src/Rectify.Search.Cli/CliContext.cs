namespace Rectify.Search.Cli;

/// <summary>Where commands write, and whether a person is watching.</summary>
public sealed record CliContext(TextWriter Output, TextWriter Error, bool Interactive);
