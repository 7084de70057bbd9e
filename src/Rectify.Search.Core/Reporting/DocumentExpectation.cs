namespace Rectify.Search.Core.Reporting;

/// <summary>What a careful reader expects of one document: its region code (GB/T 2260), year and problem count.</summary>
public sealed record DocumentExpectation(string File, string RegionCode, int Year, int Problems, int Line);
