namespace Rectify.Search.Core.Model;

/// <summary>
/// A division of GB/T 2260 a document names in its body — where a failing was found or work is done — as opposed to
/// its issuer's region: 台前县 in a 濮阳市 notice. <paramref name="Name"/> is its name under its province
/// (濮阳市台前县); <paramref name="Mentions"/> how often the text names it.
/// </summary>
public sealed record Place(string Code, string Name, RegionLevel Level, int Mentions);
