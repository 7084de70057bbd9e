namespace Rectify.Search.Service.Requests;

/// <summary>Messages more than one request gives.</summary>
public static class RequestMessages
{
    /// <summary>A query that the analyzer reduces to nothing, with no filter to fall back on.</summary>
    public static RequestError NothingToSearch { get; } =
        new(RequestField.Query, "holds nothing to search for (only punctuation, symbols or stop words); give words or a filter.");

    /// <summary>Checks a query's length against what the searcher reads.</summary>
    public static void CheckLength(string? q, List<RequestError> errors)
    {
        if (q is { Length: > Indexing.Searching.UserQuery.MaxLength })
            errors.Add(new(RequestField.Query, $"is {q.Length:N0} characters long; at most {Indexing.Searching.UserQuery.MaxLength:N0} are searched."));
    }

    /// <summary>Reads a region level, adding an error when it is none of province, city and county.</summary>
    public static Core.Model.RegionLevel? Level(string? level, List<RequestError> errors)
    {
        if (level is null)
            return null;
        if (Core.Model.WireNames.Parse<Core.Model.RegionLevel>(level) is { } parsed)
            return parsed;
        errors.Add(new(RequestField.Level, $"must be province, city or county, not '{level}'."));
        return null;
    }

    /// <summary>Reads departments by id (agriculture) or name (农业农村), as ids; adds an error naming those the vocabulary lacks.</summary>
    public static List<string> Departments(IEnumerable<string?>? departments, List<RequestError> errors)
    {
        var given = departments?.Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => d!.Trim()).ToList() ?? [];
        var known = Core.Enrichment.Departments.DepartmentVocabulary.Default.Departments;
        string? IdOf(string d) => known.FirstOrDefault(k => k.Id == d || k.Name == d || string.Equals(k.NameEn, d, StringComparison.OrdinalIgnoreCase))?.Id;
        if (given.Where(d => IdOf(d) is null).ToList() is { Count: > 0 } unknown)
            errors.Add(new(RequestField.Department, $"names no department of the vocabulary: {string.Join(", ", unknown.Select(d => $"'{d}'"))}; the department facet of a search lists them."));
        return given.Select(d => IdOf(d) ?? d).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The divisions' codes by their names under their provinces (河南省濮阳市台前县), made once.</summary>
    private static readonly Lazy<ILookup<string, string>> CodesByFullName = new(() =>
    {
        var g = Core.Regions.Gazetteer.Default;
        return g.All.Select(d => Core.Regions.RegionResolver.ToRegion(g, d)).ToLookup(Core.Regions.RegionResolver.FullName, r => r.Code, StringComparer.Ordinal);
    });

    /// <summary>
    /// Reads places by GB/T 2260 code (410927), by a division's name (台前县, 濮阳市: every division of that name) or
    /// by its name under its province (河南省濮阳市台前县), as codes; adds an error naming those the divisions lack.
    /// </summary>
    public static List<string> Places(IEnumerable<string?>? places, List<RequestError> errors)
    {
        var given = places?.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).ToList() ?? [];
        var g = Core.Regions.Gazetteer.Default;
        List<string> CodesOf(string p)
        {
            if (p.Length == 6 && p.All(char.IsAsciiDigit))
                return g.ByRegionCode(p) is { } d ? [Core.Regions.RegionResolver.ToRegion(g, d).Code] : [];
            var byName = g.ByName(p).Where(x => x.Full && !Core.Regions.Gazetteer.IsPlaceholder(x.Division)).Select(x => Core.Regions.RegionResolver.ToRegion(g, x.Division).Code);
            // A name under its province, as the place facet gives it (河南省濮阳市台前县), is one division.
            return byName.Concat(CodesByFullName.Value[p]).Distinct(StringComparer.Ordinal).ToList();
        }
        if (given.Where(p => CodesOf(p).Count == 0).ToList() is { Count: > 0 } unknown)
            errors.Add(new(RequestField.Place, $"names no province, city or county of GB/T 2260: {string.Join(", ", unknown.Select(p => $"'{p}'"))}; give a six-digit code (410927), a full name (台前县) or one under its province (河南省濮阳市台前县), as the place facet lists them."));
        return given.SelectMany(CodesOf).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Reads themes by id or by name (Chinese or English), as ids; adds an error naming those the taxonomy lacks.</summary>
    public static List<string> Themes(IEnumerable<string?>? themes, List<RequestError> errors)
    {
        var given = themes?.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).ToList() ?? [];
        var taxonomy = Core.Enrichment.Themes.ThemeTaxonomy.Default;
        if (given.Where(t => taxonomy.Find(t) is null).ToList() is { Count: > 0 } unknown)
            errors.Add(new(RequestField.Theme, $"names no theme of the taxonomy: {string.Join(", ", unknown.Select(t => $"'{t}'"))}; GET /api/themes lists the themes' ids and names."));
        return given.Select(t => taxonomy.Find(t)?.Id ?? t).Distinct(StringComparer.Ordinal).ToList();
    }
}
