namespace Rectify.Search.Indexing.Searching;

/// <summary>A part of what the user typed.</summary>
/// <param name="Phrase">Typed in double quotes: the words must stand together, in order.</param>
/// <param name="Excluded">Typed with a leading minus: records containing it are left out.</param>
public sealed record QueryPart(string Text, bool Phrase, bool Excluded);
