namespace Rectify.Search.Core.Reporting;

/// <summary>
/// What a careful reader expects of one document: its issuer's region code (GB/T 2260), year of issue (null: the
/// document does not say, and the reader expects it left unknown) and problem count.
/// </summary>
public sealed record DocumentExpectation(string File, string RegionCode, int? Year, int Problems, int Line);
