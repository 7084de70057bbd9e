namespace Rectify.Search.Core.Reporting;

/// <summary>
/// What a careful reader expects of one document: its issuer's region code (GB/T 2260; null: nothing says who issued
/// it, and the reader expects it left unknown), year of issue (null: the
/// document does not say, and the reader expects it left unknown) and problem count; where the file gives them, its
/// date of issue (<see cref="Date"/>: yyyy-MM-dd or yyyy-MM, <see cref="Unknown"/> when it prints none, null when the
/// file has no such column) and the document it copies (<see cref="CopyOf"/>: a file name, "" for none, null when not given).
/// </summary>
public sealed record DocumentExpectation(string File, string? RegionCode, int? Year, int Problems, int Line)
{
    public const string Unknown = "?";

    public string? Date { get; init; }

    public string? CopyOf { get; init; }
}
