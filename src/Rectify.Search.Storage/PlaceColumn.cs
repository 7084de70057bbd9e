using System.Globalization;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Regions;

namespace Rectify.Search.Storage;

/// <summary>
/// Places in one column: <c>code:mentions</c> separated by spaces (410927:3 410926:2). Names and levels are the
/// gazetteer's, read back from the codes.
/// </summary>
internal static class PlaceColumn
{
    public static string Write(IReadOnlyList<Place> places) =>
        string.Join(' ', places.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Code}:{p.Mentions}")));

    public static IReadOnlyList<Place> Read(string? column)
    {
        if (string.IsNullOrEmpty(column))
            return [];
        var g = Gazetteer.Default;
        var places = new List<Place>();
        foreach (var item in column.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = item.IndexOf(':');
            var code = colon < 0 ? item : item[..colon];
            var mentions = colon < 0 ? 1 : int.Parse(item[(colon + 1)..], CultureInfo.InvariantCulture);
            if (g.ByRegionCode(code) is not { } division)
                continue; // a division the gazetteer no longer holds
            places.Add(RegionResolver.ToPlace(g, division, mentions));
        }
        return places;
    }
}
