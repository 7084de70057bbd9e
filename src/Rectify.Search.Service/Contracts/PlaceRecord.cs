using System.ComponentModel;

namespace Rectify.Search.Service.Contracts;

/// <summary>A place a plan or problem names, apart from its issuer's region.</summary>
public sealed record PlaceRecord(
    [property: Description("GB/T 2260 code, six digits")] string Code,
    [property: Description("Its name under its province: 濮阳市台前县")] string Name,
    [property: Description("province, city or county")] string Level,
    [property: Description("How often the text names it")] int Mentions);
